import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { Bucket, Grouping } from "./analytics.ts";

/** One (bucket, group) of the facts of the incidents created in the bucket, as the database sums it. */
export interface FactsAggregate {
  bucket: number;
  group: string | null;
  created: number;
  accepted: number;
  resolved: number;
  closed: number;
  mttaMean: number | null;
  mttaP50: number | null;
  mttaP90: number | null;
  /** Not accepted and not closed: censored. */
  mttaCensored: number;
  /** Closed without ever being accepted (the creator accepted a rejection). */
  mttaNever: number;
  mttrMeasured: number;
  mttrMean: number | null;
  mttrP50: number | null;
  mttrP90: number | null;
}

const GROUP_COLUMN: Record<Grouping, string> = {
  level: "level",
  application: "application",
  source: "source",
  assignee: "assignee",
};

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * The figures of every bucket (and group) in one pass over the range of create times: the buckets are a
 * VALUES list joined to the covering index incident_facts_created_idx, so only the range is read (a
 * range scan per bucket) and the database computes counts, means and percentiles.
 */
export async function aggregateFacts(
  reads: Executor,
  projectId: string,
  buckets: readonly Bucket[],
  groupBy: Grouping | null,
): Promise<FactsAggregate[]> {
  if (buckets.length === 0) return [];
  const { percentile, aggregating } = sqlCapabilitiesOf(reads);
  const values = sql.join(
    buckets.map((b, i) => sql`(cast(${i} as integer), cast(${b.start} as bigint), cast(${b.end} as bigint))`),
  );
  const mtta = sql<number | null>`f.first_accepted_at - f.created_at`;
  const mttr = sql<number | null>`coalesce(f.resolved_at, f.closed_at) - f.created_at`;
  const group: RawBuilder<string | null> = groupBy
    ? sql<string | null>`f.${sql.ref(GROUP_COLUMN[groupBy])}`
    : sql<null>`null`;
  const { rows } = await aggregating(reads, (db) =>
    sql<Record<string, unknown>>`
    WITH b (i, lo, hi) AS (VALUES ${values})
    SELECT b.i AS bucket, ${group} AS grp,
      count(*) AS created,
      count(f.first_accepted_at) AS accepted,
      count(f.resolved_at) AS resolved,
      count(f.closed_at) AS closed,
      avg(${mtta}) AS mtta_mean,
      ${percentile(mtta, 0.5)} AS mtta_p50,
      ${percentile(mtta, 0.9)} AS mtta_p90,
      sum(CASE WHEN f.first_accepted_at IS NULL AND f.closed_at IS NULL THEN 1 ELSE 0 END) AS mtta_censored,
      sum(CASE WHEN f.first_accepted_at IS NULL AND f.closed_at IS NOT NULL THEN 1 ELSE 0 END) AS mtta_never,
      count(${mttr}) AS mttr_measured,
      avg(${mttr}) AS mttr_mean,
      ${percentile(mttr, 0.5)} AS mttr_p50,
      ${percentile(mttr, 0.9)} AS mttr_p90
    FROM b JOIN incident_facts f
      ON f.project_id = ${projectId} AND f.created_at >= b.lo AND f.created_at < b.hi
    GROUP BY b.i${groupBy ? sql`, ${group}` : sql``}`.execute(db),
  );
  return rows.map((r) => ({
    bucket: Number(r.bucket),
    group: r.grp === null || r.grp === undefined ? null : String(r.grp),
    created: Number(r.created),
    accepted: Number(r.accepted),
    resolved: Number(r.resolved),
    closed: Number(r.closed),
    mttaMean: num(r.mtta_mean),
    mttaP50: num(r.mtta_p50),
    mttaP90: num(r.mtta_p90),
    mttaCensored: Number(r.mtta_censored),
    mttaNever: Number(r.mtta_never),
    mttrMeasured: Number(r.mttr_measured),
    mttrMean: num(r.mttr_mean),
    mttrP50: num(r.mttr_p50),
    mttrP90: num(r.mttr_p90),
  }));
}
