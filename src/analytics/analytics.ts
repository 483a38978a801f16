import { DateTime, IANAZone } from "luxon";
import { invalidParameter } from "../errors.ts";
import { csvValue, neutraliseFormula } from "../incident-list/export-lines.ts";

/** The analytics API's vocabulary and pure rules (docs/analytics.md): the query, its buckets, the CSV. */

export const INTERVALS = ["day", "week", "month"] as const;
export type Interval = (typeof INTERVALS)[number];
export const GROUPINGS = ["level", "application", "source", "assignee"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** The longest range per interval, in days of 24 hours (one year of days; five years of weeks or months). */
export const MAX_RANGE_DAYS: Record<Interval, number> = { day: 366, week: 1830, month: 1830 };
const DAY_MS = 86_400_000;

export interface AnalyticsQuery {
  /** The range [from, to), epoch ms. */
  from: number;
  to: number;
  /** IANA time zone the calendar buckets are cut in. */
  tz: string;
  interval: Interval;
  groupBy: Grouping | null;
}

export interface RawAnalyticsQuery {
  from: string;
  to: string;
  tz?: string;
  interval?: Interval;
  group_by?: Grouping;
}

/** An instant: ISO 8601 with an offset (or Z) as given; a date or local time without one is in `tz`. */
function instantIn(value: string, tz: string, field: string): number {
  const t = DateTime.fromISO(value, { zone: tz });
  if (!t.isValid)
    throw invalidParameter(
      field,
      "must be an ISO-8601 date or date-time, e.g. 2026-03-01 (midnight in tz) or 2026-03-01T00:00:00+01:00",
    );
  return t.toMillis();
}

/** Checks and resolves a query; a bad value is INVALID_PARAMETER naming its field. */
export function analyticsQueryOf(raw: RawAnalyticsQuery): AnalyticsQuery {
  const tz = raw.tz ?? "UTC";
  // Newer ICU (Node 22) also takes a UTC offset such as +02:00 as a zone; an offset is not a calendar
  // with its DST rules, so it is refused on every Node version alike (IANA names start with a letter).
  if (!/^[A-Za-z]/.test(tz) || !IANAZone.isValidZone(tz))
    throw invalidParameter("tz", "must be an IANA time zone name, e.g. Europe/Berlin or UTC");
  const interval = raw.interval ?? "day";
  const from = instantIn(raw.from, tz, "from");
  const to = instantIn(raw.to, tz, "to");
  if (to <= from) throw invalidParameter("to", "must be after from");
  const max = MAX_RANGE_DAYS[interval];
  if (to - from > max * DAY_MS)
    throw invalidParameter("to", `must be at most ${max} days after from with interval=${interval}`);
  return { from, to, tz, interval, groupBy: raw.group_by ?? null };
}

export interface Bucket {
  /** The calendar period's name in tz: 2026-03-29 (day), 2026-W13 (ISO week), 2026-03 (month). */
  label: string;
  /** The period clipped to the range, epoch ms, [start, end). */
  start: number;
  end: number;
  /** The same instants in ISO 8601 with tz's offset at each. */
  startIso: string;
  endIso: string;
}

const LABEL: Record<Interval, string> = { day: "yyyy-MM-dd", week: "kkkk-'W'WW", month: "yyyy-MM" };
const ISO = { suppressMilliseconds: true } as const;

/** An instant in ISO 8601 with tz's offset then. */
export function isoIn(t: number, tz: string): string {
  return DateTime.fromMillis(t, { zone: tz }).toISO(ISO) as string;
}

/** The calendar days, ISO weeks (Monday first) or months of tz meeting the range, clipped to it. */
export function bucketsOf(query: AnalyticsQuery): Bucket[] {
  const buckets: Bucket[] = [];
  const from = DateTime.fromMillis(query.from, { zone: query.tz });
  const to = DateTime.fromMillis(query.to, { zone: query.tz });
  let cursor = from.startOf(query.interval);
  let cursorIso =
    cursor.toMillis() < query.from ? (from.toISO(ISO) as string) : (cursor.toISO(ISO) as string);
  while (cursor.toMillis() < query.to) {
    const next = cursor.plus({ [`${query.interval}s`]: 1 });
    const end = Math.min(next.toMillis(), query.to);
    const endIso = (end === query.to ? to : next).toISO(ISO) as string;
    buckets.push({
      label: cursor.toFormat(LABEL[query.interval]),
      start: Math.max(cursor.toMillis(), query.from),
      end,
      startIso: cursorIso,
      endIso,
    });
    cursor = next;
    cursorIso = endIso;
  }
  return buckets;
}

/** A duration's figures over the incidents of one bucket and group. */
export interface DurationFigures {
  /** Incidents whose duration is known (it ended). */
  measured: number;
  /** Mean, p50 and p90 of the measured durations in ms (rounded to the ms); null when none. */
  mean_ms: number | null;
  p50_ms: number | null;
  p90_ms: number | null;
  /** Still open and not yet there: right-censored, in no mean or percentile. */
  censored: number;
}

export interface AnalyticsRow {
  bucket: string;
  /** ISO 8601 in tz, with its offset. */
  start: string;
  end: string;
  /** The group's value (null: no group_by, or incidents without one, such as no assignee). */
  group: string | null;
  created: number;
  accepted: number;
  resolved: number;
  closed: number;
  /** created − closed: not closed yet. */
  open: number;
  mtta: DurationFigures & { never: number };
  mttr: DurationFigures;
}

export const CSV_COLUMNS = [
  "bucket",
  "start",
  "end",
  "group",
  "created",
  "accepted",
  "resolved",
  "closed",
  "open",
  ...["measured", "mean_ms", "p50_ms", "p90_ms", "censored", "never"].map((c) => `mtta_${c}`),
  ...["measured", "mean_ms", "p50_ms", "p90_ms", "censored"].map((c) => `mttr_${c}`),
] as const;

/**
 * RFC 4180 cells, empty for null; a group value is someone's id or name, so one a spreadsheet would run as
 * a formula gets a leading ' (as the incident export's default, docs/search.md).
 */
const cell = (value: string | number | null) =>
  value === null ? "" : csvValue(typeof value === "string" ? neutraliseFormula(value) : String(value));

/** The rows as CSV with a header row, CRLF line ends (RFC 4180). */
export function csvOf(rows: readonly AnalyticsRow[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const r of rows) {
    const { mtta, mttr } = r;
    lines.push(
      [
        r.bucket,
        r.start,
        r.end,
        r.group,
        r.created,
        r.accepted,
        r.resolved,
        r.closed,
        r.open,
        mtta.measured,
        mtta.mean_ms,
        mtta.p50_ms,
        mtta.p90_ms,
        mtta.censored,
        mtta.never,
        mttr.measured,
        mttr.mean_ms,
        mttr.p50_ms,
        mttr.p90_ms,
        mttr.censored,
      ]
        .map(cell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
