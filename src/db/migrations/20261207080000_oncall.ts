// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/** On-call scenes as documents (roles, rotations, overrides): one row per project and scene id. */
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
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("oncall_scenes").execute();
}
