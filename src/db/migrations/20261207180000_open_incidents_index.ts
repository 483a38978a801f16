// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/**
 * The metrics' open-incident gauge (docs/observability.md) counts open incidents by level and status on
 * every scrape: a partial index holding only the incidents that are not completed makes that one GROUP BY
 * read as many index entries as there are open incidents, never the closed million.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("incidents_open_level_status_idx")
    .on("incidents")
    .columns(["incident_level", "status"])
    .where("status", "<>", "INCIDENT_STATUS_COMPLETED")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("incidents_open_level_status_idx").execute();
}
