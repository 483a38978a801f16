import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { Bucket, Grouping } from "./analytics.ts";
import { figuresOfList } from "./percentiles.ts";

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

/**
 * The figures of every bucket (and group): one arm per bucket, joined by UNION ALL, each a range scan of
 * the covering index incident_facts_created_idx that groups only its own bucket's rows (a join of the
 * buckets' list to the facts sorted the whole range at once by bucket and group). The database counts;
 * each duration leaves it as one list per group, whose mean, p50 and p90 percentiles.ts computes with the
 * engines' own arithmetic (each avg or percentile aggregate cost the database as much as a count).
 * At most 368 arms (366 days and two clipped ends), within SQLite's 500 arms per compound SELECT.
 */
export async function aggregateFacts(
  reads: Executor,
  projectId: string,
  buckets: readonly Bucket[],
  groupBy: Grouping | null,
): Promise<FactsAggregate[]> {
  if (buckets.length === 0) return [];
  const { numberList, aggregating } = sqlCapabilitiesOf(reads);
  const mtta = sql<number | null>`f.first_accepted_at - f.created_at`;
  const mttr = sql<number | null>`coalesce(f.resolved_at, f.closed_at) - f.created_at`;
  const group: RawBuilder<string | null> = groupBy
    ? sql<string | null>`f.${sql.ref(GROUP_COLUMN[groupBy])}`
    : sql<null>`null`;
  const arms = buckets.map(
    (b, i) => sql`SELECT ${sql.lit(i)} AS bucket, ${group} AS grp,
      count(*) AS created,
      count(f.resolved_at) AS resolved,
      count(f.closed_at) AS closed,
      sum(CASE WHEN f.first_accepted_at IS NULL AND f.closed_at IS NOT NULL THEN 1 ELSE 0 END) AS mtta_never,
      ${numberList(mtta)} AS mtta_list,
      ${numberList(mttr)} AS mttr_list
    FROM incident_facts f
    WHERE f.project_id = ${projectId} AND f.created_at >= ${b.start} AND f.created_at < ${b.end}
    ${groupBy ? sql`GROUP BY ${group}` : sql``}`,
  );
  const { rows } = await aggregating(reads, (db) =>
    sql<Record<string, unknown>>`${sql.join(arms, sql` UNION ALL `)}`.execute(db),
  );
  return rows.flatMap((r) => {
    const created = Number(r.created);
    // Without group_by an arm answers one row even for an empty bucket; the service fills those itself.
    if (created === 0) return [];
    const mtta = figuresOfList(r.mtta_list as string | null);
    const mttr = figuresOfList(r.mttr_list as string | null);
    const never = Number(r.mtta_never);
    return [
      {
        bucket: Number(r.bucket),
        group: r.grp === null || r.grp === undefined ? null : String(r.grp),
        created,
        // first_accepted_at - created_at is null exactly when first_accepted_at is (created_at never is).
        accepted: mtta.count,
        resolved: Number(r.resolved),
        closed: Number(r.closed),
        mttaMean: mtta.mean,
        mttaP50: mtta.p50,
        mttaP90: mtta.p90,
        // Not accepted and not closed: every incident is accepted, never accepted (closed without) or this.
        mttaCensored: created - mtta.count - never,
        mttaNever: never,
        mttrMeasured: mttr.count,
        mttrMean: mttr.mean,
        mttrP50: mttr.p50,
        mttrP90: mttr.p90,
      },
    ];
  });
}
