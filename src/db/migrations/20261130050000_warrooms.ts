// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

// WarRooms (docs/warrooms.md): one per incident (unique incident_num), numbered from their own counter.
// Multi-valued fields are kept twice: as JSON on the row (for display, in the order sent) and one row per
// value in warroom_facets, so the list filters on them are plain indexed SQL on both engines.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("warrooms")
    .addColumn("war_room_num", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("incident_num", "text", (c) => c.notNull().references("incidents.incident_num"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("admin", "text", (c) => c.notNull())
    .addColumn("enterprise_project_id", "text", (c) => c.notNull())
    .addColumn("circular_level", "text", (c) => c.notNull())
    .addColumn("regions", "text", (c) => c.notNull())
    .addColumn("applications", "text", (c) => c.notNull())
    .addColumn("schedule_group", "text", (c) => c.notNull())
    .addColumn("participants", "text", (c) => c.notNull())
    .addColumn("notification_type", "text")
    .addColumn("notification_modes", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("auto_started", "integer", (c) => c.notNull())
    .addColumn("creator", "text", (c) => c.notNull())
    .addColumn("recover_time", "bigint")
    .addColumn("close_time", "bigint")
    .addColumn("create_time", "bigint", (c) => c.notNull())
    .addColumn("update_time", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("warrooms_incident_idx")
    .on("warrooms")
    .columns(["incident_num"])
    .unique()
    .execute();
  await db.schema
    .createIndex("warrooms_project_create_idx")
    .on("warrooms")
    .columns(["project_id", "create_time", "war_room_num"])
    .execute();

  await db.schema
    .createTable("warroom_facets")
    .addColumn("war_room_num", "text", (c) => c.notNull().references("warrooms.war_room_num"))
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("warroom_facets_pk", ["war_room_num", "kind", "value"])
    .execute();
  await db.schema
    .createIndex("warroom_facets_value_idx")
    .on("warroom_facets")
    .columns(["project_id", "kind", "value"])
    .execute();

  await db.insertInto("counters").values({ name: "warroom_number", value: 0 }).execute();
  await db.schema
    .alterTable("project_settings")
    .addColumn("warroom_auto_start_levels", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("project_settings").dropColumn("warroom_auto_start_levels").execute();
  await db.deleteFrom("counters").where("name", "=", "warroom_number").execute();
  await db.schema.dropTable("warroom_facets").execute();
  await db.schema.dropTable("warrooms").execute();
}
