// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never depend on application types.
import type { Kysely } from "kysely";

/** The counter every change to a webhook subscription raises (src/webhooks/webhook-outbox.ts). */
const WEBHOOKS_VERSION = "webhooks_version";

/**
 * Webhook subscriptions, their outbox of deliveries (written in the transaction of the incident change)
 * and the ledger of every attempt to deliver one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("webhooks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
    .addColumn("url", "text", (c) => c.notNull())
    // standard (Standard Webhooks) | feishu | dingtalk | wecom | slack: the body and signing the URL expects.
    .addColumn("kind", "text", (c) => c.notNull())
    // zh | en: the language of chat messages.
    .addColumn("language", "text", (c) => c.notNull())
    // The chat bot's own signing secret (Feishu, DingTalk), sealed with the master key.
    .addColumn("vendor_secret_sealed", "text")
    .addColumn("description", "text", (c) => c.notNull())
    // JSON arrays; null = every event, every level, every application.
    .addColumn("events", "text")
    .addColumn("levels", "text")
    .addColumn("applications", "text")
    // AES-256-GCM under the master key: the secret must be recoverable to sign.
    .addColumn("secret_sealed", "text", (c) => c.notNull())
    .addColumn("previous_secret_sealed", "text")
    .addColumn("previous_secret_until", "bigint")
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("disabled_reason", "text")
    .addColumn("failing_since", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("webhooks_project_idx")
    .on("webhooks")
    .columns(["project_id", "created_at"])
    .execute();
  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("webhook_id", "text", (c) => c.notNull().references("webhooks.id").onDelete("cascade"))
    .addColumn("project_id", "text", (c) => c.notNull())
    .addColumn("event_type", "text", (c) => c.notNull())
    .addColumn("incident_num", "text")
    .addColumn("payload", "text", (c) => c.notNull())
    // pending | delivered | failed
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    // When a pending delivery is next due; a claim moves it past the lease, so a dead node's claim runs out.
    .addColumn("next_attempt_at", "bigint", (c) => c.notNull())
    .addColumn("lease_owner", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_attempt_at", "bigint")
    .addColumn("last_status_code", "integer")
    .addColumn("last_error", "text")
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_due_idx")
    .on("webhook_deliveries")
    .columns(["status", "next_attempt_at"])
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_webhook_idx")
    .on("webhook_deliveries")
    .columns(["webhook_id", "created_at"])
    .execute();
  await db.schema
    .createTable("webhook_attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("delivery_id", "text", (c) =>
      c.notNull().references("webhook_deliveries.id").onDelete("cascade"),
    )
    .addColumn("attempted_at", "bigint", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("status_code", "integer")
    .addColumn("latency_ms", "integer", (c) => c.notNull())
    .addColumn("response_excerpt", "text")
    .addColumn("error", "text")
    .execute();
  await db.schema
    .createIndex("webhook_attempts_delivery_idx")
    .on("webhook_attempts")
    .columns(["delivery_id", "attempted_at"])
    .execute();
  await db.insertInto("counters").values({ name: WEBHOOKS_VERSION, value: 0 }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom("counters").where("name", "=", WEBHOOKS_VERSION).execute();
  await db.schema.dropTable("webhook_attempts").execute();
  await db.schema.dropTable("webhook_deliveries").execute();
  await db.schema.dropTable("webhooks").execute();
}
