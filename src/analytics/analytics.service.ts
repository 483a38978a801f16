import type { Credential } from "../auth/credential.ts";
import { expensiveReadsOf } from "../db/expensive-reads.ts";
import type { Deps } from "../deps.ts";
import { countOpenIncidents } from "../metrics/metrics.repository.ts";
import { aggregateFacts, type FactsAggregate } from "./analytics.repository.ts";
import {
  type AnalyticsQuery,
  type AnalyticsRow,
  analyticsQueryOf,
  bucketsOf,
  isoIn,
  type RawAnalyticsQuery,
} from "./analytics.ts";

export interface IncidentAnalytics {
  from: string;
  to: string;
  tz: string;
  interval: AnalyticsQuery["interval"];
  group_by: AnalyticsQuery["groupBy"];
  rows: AnalyticsRow[];
}

/** Incidents without a value (null) first, then by code point (the same on every engine and locale). */
const byGroup = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

const ms = (value: number | null) => (value === null ? null : Math.round(value));

function rowOf(
  bucket: { label: string; start: string; end: string },
  a: FactsAggregate | undefined,
): AnalyticsRow {
  const created = a?.created ?? 0;
  const accepted = a?.accepted ?? 0;
  const closed = a?.closed ?? 0;
  const mttrMeasured = a?.mttrMeasured ?? 0;
  return {
    bucket: bucket.label,
    start: bucket.start,
    end: bucket.end,
    group: a?.group ?? null,
    created,
    accepted,
    resolved: a?.resolved ?? 0,
    closed,
    open: created - closed,
    mtta: {
      measured: accepted,
      mean_ms: ms(a?.mttaMean ?? null),
      p50_ms: ms(a?.mttaP50 ?? null),
      p90_ms: ms(a?.mttaP90 ?? null),
      censored: a?.mttaCensored ?? 0,
      never: a?.mttaNever ?? 0,
    },
    mttr: {
      measured: mttrMeasured,
      mean_ms: ms(a?.mttrMean ?? null),
      p50_ms: ms(a?.mttrP50 ?? null),
      p90_ms: ms(a?.mttrP90 ?? null),
      censored: created - mttrMeasured,
    },
  };
}

/**
 * The caller's project's incident figures per calendar bucket (and group), docs/analytics.md: every bucket
 * without group_by (empty ones with zeros), the (bucket, group) pairs that have incidents with it.
 */
export async function incidentAnalytics(
  deps: Deps,
  caller: Credential,
  raw: RawAnalyticsQuery,
): Promise<IncidentAnalytics> {
  const query = analyticsQueryOf(raw);
  const buckets = bucketsOf(query);
  const aggregates = await aggregateFacts(
    expensiveReadsOf(deps.db),
    caller.projectId,
    buckets,
    query.groupBy,
  );
  const named = buckets.map((b) => ({ label: b.label, start: b.startIso, end: b.endIso }));
  let rows: AnalyticsRow[];
  if (query.groupBy === null) {
    const byBucket = new Map(aggregates.map((a) => [a.bucket, a]));
    rows = named.map((b, i) => rowOf(b, byBucket.get(i)));
  } else {
    const sorted = [...aggregates].sort((x, y) => x.bucket - y.bucket || byGroup(x.group, y.group));
    rows = sorted.map((a) => rowOf(named[a.bucket] as (typeof named)[number], a));
  }
  return {
    from: isoIn(query.from, query.tz),
    to: isoIn(query.to, query.tz),
    tz: query.tz,
    interval: query.interval,
    group_by: query.groupBy,
    rows,
  };
}

export interface OpenIncidents {
  total: number;
  rows: Array<{ level: string; status: string; count: number }>;
}

const byCodePoint = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

/** The caller's project's open incidents now, by level and status (the source of the metrics' gauge). */
export async function openIncidents(deps: Deps, caller: Credential): Promise<OpenIncidents> {
  const rows = await countOpenIncidents(deps.db, caller.projectId);
  rows.sort((a, b) => byCodePoint(a.level, b.level) || byCodePoint(a.status, b.status));
  return { total: rows.reduce((sum, r) => sum + r.count, 0), rows };
}
