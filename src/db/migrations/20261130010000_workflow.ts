// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  // The workflow node an incident is at (the status alone cannot tell handling from pause approval).
  await db.schema
    .alterTable("incidents")
    .addColumn("node", "text", (c) => c.notNull().defaultTo("unaccepted"))
    .execute();
  // JSON of an open pause or level-change request: requester, parameters, approvals so far.
  await db.schema.alterTable("incidents").addColumn("pending", "text").execute();
  await db.schema.alterTable("incidents").addColumn("last_operator", "text").execute();

  await db.schema
    .createTable("project_settings")
    .addColumn("project_id", "text", (c) => c.primaryKey().references("projects.id"))
    .addColumn("strict_roles", "integer", (c) => c.notNull())
    .addColumn("approvers", "text", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("project_settings").execute();
  await db.schema.alterTable("incidents").dropColumn("last_operator").execute();
  await db.schema.alterTable("incidents").dropColumn("pending").execute();
  await db.schema.alterTable("incidents").dropColumn("node").execute();
}
