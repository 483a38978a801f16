// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/** On-call scenes as documents (roles, rotations, overrides, escalation) and the escalation timers. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("oncall_scenes")
    .addColumn("project_id", "text", (c) => c.notNull())
    .addColumn("scene_id", "text", (c) => c.notNull())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("oncall_scenes_pk", ["project_id", "scene_id"])
    .execute();
  // One pending escalation per unaccepted incident: its next step, when it is due, and the node holding it.
  await db.schema
    .createTable("escalation_timers")
    .addColumn("project_id", "text", (c) => c.notNull())
    .addColumn("incident_num", "text", (c) => c.notNull())
    .addColumn("scene_id", "text", (c) => c.notNull())
    .addColumn("step", "integer", (c) => c.notNull())
    .addColumn("round", "integer", (c) => c.notNull())
    .addColumn("due_at", "bigint", (c) => c.notNull())
    .addColumn("lease_owner", "text")
    .addColumn("lease_until", "bigint")
    .addPrimaryKeyConstraint("escalation_timers_pk", ["project_id", "incident_num"])
    .execute();
  await db.schema.createIndex("escalation_timers_due_idx").on("escalation_timers").column("due_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("escalation_timers").execute();
  await db.schema.dropTable("oncall_scenes").execute();
}
