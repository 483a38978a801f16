// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import { type Kysely, sql } from "kysely";

/**
 * Sets each project's number of incidents, kept in `counters` as `incident_total:<project>`, from its rows.
 * createIncident raises it in the transaction that creates an incident, so an unfiltered list total costs
 * one row read instead of a count over a million index entries (docs/search.md).
 */
export async function backfillIncidentTotals(db: Kysely<any>): Promise<void> {
  await sql`
    INSERT INTO counters (name, value)
    SELECT 'incident_total:' || project_id, count(*) FROM incidents GROUP BY project_id
    ON CONFLICT (name) DO UPDATE SET value = excluded.value
  `.execute(db);
}

/** Counting fast at a million incidents: the per-project totals, and a covering index for filtered ones. */
export async function up(db: Kysely<any>): Promise<void> {
  // The commonest filtered total, status and level together (an on-call console's "open incidents of
  // level X"), then reads only the matching index entries, never the rows.
  await db.schema
    .createIndex("incidents_project_level_status_idx")
    .on("incidents")
    .columns(["project_id", "incident_level", "status"])
    .execute();
  await backfillIncidentTotals(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("incidents_project_level_status_idx").execute();
  await db
    .deleteFrom("counters")
    .where("name", ">=", "incident_total:")
    .where("name", "<", "incident_total;")
    .execute();
}
