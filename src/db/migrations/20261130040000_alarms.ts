// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

// Alarm intake: integrations (keys stored hashed), alarms deduplicated per project, and their links to
// incidents. `rules_pending_since` is the durable hook for transfer rules (docs/alarms.md).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("integrations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("key_hash", "text", (c) => c.notNull().unique())
    .addColumn("key_hint", "text", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("integrations_project_idx")
    .on("integrations")
    .columns(["project_id", "created_at"])
    .execute();

  await db.schema
    .createTable("alarms")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("alarm_id", "text", (c) => c.notNull())
    .addColumn("integration_id", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("name_space", "text")
    .addColumn("region_id", "text")
    .addColumn("application_id", "text")
    .addColumn("resource_name", "text")
    .addColumn("resource_id", "text")
    .addColumn("url", "text")
    .addColumn("alarm_source", "text", (c) => c.notNull())
    .addColumn("additional", "text")
    .addColumn("first_occur_time", "bigint", (c) => c.notNull())
    .addColumn("last_occur_time", "bigint", (c) => c.notNull())
    .addColumn("recovery_time", "bigint")
    .addColumn("converge_count", "integer", (c) => c.notNull())
    .addColumn("episode", "integer", (c) => c.notNull())
    .addColumn("incident_num", "text", (c) => c.references("incidents.incident_num"))
    .addColumn("remarks", "text")
    .addColumn("cleared_by", "text")
    .addColumn("create_time", "bigint", (c) => c.notNull())
    .addColumn("update_time", "bigint", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("rules_pending_since", "bigint")
    .addColumn("rules_claimed_by", "text")
    .addColumn("rules_claimed_until", "bigint")
    .execute();
  // Deduplication: one alarm per (project, reported id); concurrent first reports meet here.
  await db.schema
    .createIndex("alarms_project_alarm_idx")
    .on("alarms")
    .columns(["project_id", "alarm_id"])
    .unique()
    .execute();
  // The rules processor scans only pending alarms, oldest change first.
  await db.schema
    .createIndex("alarms_rules_pending_idx")
    .on("alarms")
    .columns(["rules_pending_since", "id"])
    .where("rules_pending_since", "is not", null)
    .execute();

  await db.schema
    .createTable("alarm_incidents")
    .addColumn("alarm_row_id", "text", (c) => c.notNull().references("alarms.id"))
    .addColumn("incident_num", "text", (c) => c.notNull().references("incidents.incident_num"))
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("episode", "integer", (c) => c.notNull())
    .addColumn("linked_by", "text", (c) => c.notNull())
    .addColumn("create_time", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("alarm_incidents_pk", ["alarm_row_id", "incident_num"])
    .execute();
  await db.schema
    .createIndex("alarm_incidents_incident_idx")
    .on("alarm_incidents")
    .columns(["incident_num"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["alarm_incidents", "alarms", "integrations"]) {
    await db.schema.dropTable(table).execute();
  }
}
