// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/**
 * People's notifications: a user's contact methods are delivery targets in `webhooks` (owned by the user:
 * `user_id`), so they share the outbox, dispatcher, retries and ledger; `notification_rules` say which
 * events reach a user as an incident's assignee, as a WarRoom member or as an application's subscriber.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // null: a project's subscription (the webhooks API); set: one of that directory user's contact methods.
  await db.schema.alterTable("webhooks").addColumn("user_id", "text").execute();
  await db.schema
    .createIndex("webhooks_user_idx")
    .on("webhooks")
    .columns(["project_id", "user_id"])
    .execute();
  await db.schema
    .createTable("notification_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("user_id", "text", (c) => c.notNull())
    // assignee | warroom_member | application
    .addColumn("audience", "text", (c) => c.notNull())
    // The application of an `application` rule; '' for the others (so the unique index holds on both engines).
    .addColumn("application_id", "text", (c) => c.notNull())
    // JSON array of event types (never empty).
    .addColumn("events", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("notification_rules_user_idx")
    .on("notification_rules")
    .columns(["project_id", "user_id", "audience", "application_id"])
    .unique()
    .execute();
  await db.schema
    .createIndex("notification_rules_application_idx")
    .on("notification_rules")
    .columns(["project_id", "application_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("notification_rules").execute();
  await db.schema.dropIndex("webhooks_user_idx").execute();
  await db.schema.alterTable("webhooks").dropColumn("user_id").execute();
}
