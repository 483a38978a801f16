// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/**
 * iCalendar feeds of on-call shifts: one per user or per scene role, each with its own token (stored as
 * its SHA-256 only, like API tokens). Revoked feeds stay listed with revoked_at.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("oncall_feeds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    // user | role: whose shifts the calendar shows.
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("user_id", "text")
    .addColumn("scene_id", "text")
    .addColumn("role_id", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("revoked_at", "bigint")
    .execute();
  await db.schema.createIndex("oncall_feeds_project_idx").on("oncall_feeds").column("project_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("oncall_feeds").execute();
}
