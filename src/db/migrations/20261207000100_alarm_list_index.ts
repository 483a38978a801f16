// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/** The alarm list (GET /incidentd/v1/alarms) reads a project's alarms latest change first, a page at a time. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("alarms_project_update_idx")
    .on("alarms")
    .columns(["project_id", "update_time", "alarm_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("alarms_project_update_idx").execute();
}
