// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/**
 * The console's dashboard asks for one project's open incidents by level and status
 * (`GET /incidentd/v1/analytics/open-incidents`), the metrics gauge for every project's. The partial index
 * of open incidents now leads by the project, so the project's question reads only its own open entries
 * and the gauge still reads no more than the open ones (never the closed million).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("incidents_open_project_level_status_idx")
    .on("incidents")
    .columns(["project_id", "incident_level", "status"])
    .where("status", "<>", "INCIDENT_STATUS_COMPLETED")
    .execute();
  await db.schema.dropIndex("incidents_open_level_status_idx").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("incidents_open_level_status_idx")
    .on("incidents")
    .columns(["incident_level", "status"])
    .where("status", "<>", "INCIDENT_STATUS_COMPLETED")
    .execute();
  await db.schema.dropIndex("incidents_open_project_level_status_idx").execute();
}
