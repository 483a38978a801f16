// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

// Migrations never import application code: the schema is written out here as it was on this date.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("projects")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("principal", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("revoked_at", "bigint")
    .execute();
  await db.schema
    .createIndex("tokens_project_idx")
    .on("tokens")
    .columns(["project_id", "created_at"])
    .execute();

  await db.schema
    .createTable("directory_users")
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("directory_users_pk", ["project_id", "id"])
    .execute();

  await db.schema
    .createTable("applications")
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("applications_pk", ["project_id", "id"])
    .execute();

  await db.schema
    .createTable("catalogue_entries")
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("name_zh", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("catalogue_entries_pk", ["project_id", "field", "key"])
    .execute();

  await db.schema
    .createTable("counters")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "bigint", (c) => c.notNull())
    .execute();
  await db.insertInto("counters").values({ name: "incident_number", value: 0 }).execute();

  await db.schema
    .createTable("incidents")
    .addColumn("incident_num", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("region", "text")
    .addColumn("enterprise_project", "text")
    .addColumn("current_cloud_service", "text")
    .addColumn("incident_level", "text", (c) => c.notNull())
    .addColumn("is_service_interrupt", "integer", (c) => c.notNull())
    .addColumn("start_time", "bigint")
    .addColumn("fault_recovery_time", "bigint")
    .addColumn("fault_delineation_time", "bigint")
    .addColumn("incident_ownership", "text")
    .addColumn("incident_type", "text", (c) => c.notNull())
    .addColumn("incident_title", "text", (c) => c.notNull())
    .addColumn("incident_description", "text")
    .addColumn("incident_source", "text", (c) => c.notNull())
    .addColumn("incident_assignee", "text")
    .addColumn("assignee_scene", "text")
    .addColumn("assignee_role", "text")
    .addColumn("warroom_id", "text")
    .addColumn("handle_time", "bigint")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("creator", "text", (c) => c.notNull())
    .addColumn("create_time", "bigint", (c) => c.notNull())
    .addColumn("update_time", "bigint", (c) => c.notNull())
    .execute();
  // Listing walks (project, create_time, number); the number breaks ties so the order is total.
  await db.schema
    .createIndex("incidents_project_created_idx")
    .on("incidents")
    .columns(["project_id", "create_time", "incident_num"])
    .execute();

  await db.schema
    .createTable("incident_histories")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("incident_num", "text", (c) => c.notNull().references("incidents.incident_num"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("action_name_zh", "text", (c) => c.notNull())
    .addColumn("action_name_en", "text", (c) => c.notNull())
    .addColumn("operator", "text", (c) => c.notNull())
    .addColumn("status_before", "text")
    .addColumn("status_after", "text", (c) => c.notNull())
    .addColumn("comment", "text")
    .addColumn("details", "text")
    .addColumn("create_time", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("incident_histories_incident_seq_idx")
    .on("incident_histories")
    .columns(["incident_num", "seq"])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "incident_histories",
    "incidents",
    "counters",
    "catalogue_entries",
    "applications",
    "directory_users",
    "tokens",
    "projects",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
