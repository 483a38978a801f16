import type { Selectable } from "kysely";
import type { Db } from "../db/database.ts";
import type { Executor } from "../db/prepared.ts";
import type { WebhookTable } from "./webhook.table.ts";
import { isWebhookEventType, isWebhookKind, type Webhook } from "./webhook.ts";

/** Raised in the transaction of every change to a subscription; each node's outbox cache compares it. */
export const WEBHOOKS_VERSION_COUNTER = "webhooks_version";

const parseList = (raw: string | null): string[] | null =>
  raw === null ? null : (JSON.parse(raw) as string[]);

function toWebhook(row: Selectable<WebhookTable>): Webhook {
  return {
    id: row.id,
    projectId: row.project_id,
    userId: row.user_id ?? null,
    url: row.url,
    kind: isWebhookKind(row.kind) ? row.kind : "standard",
    language: row.language === "zh" ? "zh" : "en",
    hasVendorSecret: row.vendor_secret_sealed !== null,
    description: row.description,
    events: parseList(row.events)?.filter(isWebhookEventType) ?? null,
    filters: { levels: parseList(row.levels), applications: parseList(row.applications) },
    enabled: Number(row.enabled) === 1,
    disabledReason: row.disabled_reason,
    failingSince: row.failing_since === null ? null : Number(row.failing_since),
    previousSecretUntil: row.previous_secret_until === null ? null : Number(row.previous_secret_until),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/** A subscription with its sealed secrets (for the outbox and the dispatcher, never for the API). */
export interface SealedWebhook {
  webhook: Webhook;
  secretSealed: string;
  previousSecretSealed: string | null;
  vendorSecretSealed: string | null;
}

const toSealed = (row: Selectable<WebhookTable>): SealedWebhook => ({
  webhook: toWebhook(row),
  secretSealed: row.secret_sealed,
  previousSecretSealed: row.previous_secret_sealed,
  vendorSecretSealed: row.vendor_secret_sealed,
});

export async function raiseVersion(db: Executor): Promise<void> {
  await db
    .updateTable("counters")
    .set((eb) => ({ value: eb("value", "+", 1) }))
    .where("name", "=", WEBHOOKS_VERSION_COUNTER)
    .execute();
}

export async function readWebhooksVersion(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("counters")
    .select("value")
    .where("name", "=", WEBHOOKS_VERSION_COUNTER)
    .executeTakeFirst();
  return Number(row?.value ?? -1);
}

export async function insertWebhook(db: Db, row: WebhookTable): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("webhooks").values(row).execute();
    await raiseVersion(trx);
  });
}

export async function listWebhooks(db: Executor, projectId: string): Promise<Webhook[]> {
  const rows = await db
    .selectFrom("webhooks")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("user_id", "is", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toWebhook);
}

/** The project's enabled subscriptions with their sealed secrets (the outbox's cache fills from it). */
export async function listEnabledSealedWebhooks(db: Executor, projectId: string): Promise<SealedWebhook[]> {
  const rows = await db
    .selectFrom("webhooks")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("user_id", "is", null)
    .where("enabled", "=", 1)
    .execute();
  return rows.map(toSealed);
}

/** The contact methods of one directory user (`userId`), or of every user of the project (null; enabled only). */
export async function listUserMethods(
  db: Executor,
  projectId: string,
  userId: string | null,
): Promise<SealedWebhook[]> {
  let query = db.selectFrom("webhooks").selectAll().where("project_id", "=", projectId);
  query =
    userId === null
      ? query.where("user_id", "is not", null).where("enabled", "=", 1)
      : query.where("user_id", "=", userId);
  const rows = await query.orderBy("created_at").orderBy("id").execute();
  return rows.map(toSealed);
}

export async function findSealedWebhook(
  db: Executor,
  projectId: string,
  id: string,
): Promise<SealedWebhook | undefined> {
  const row = await db
    .selectFrom("webhooks")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("id", "=", id)
    .where("user_id", "is", null)
    .executeTakeFirst();
  return row ? toSealed(row) : undefined;
}

export async function findSealedWebhooksByIds(
  db: Executor,
  ids: readonly string[],
): Promise<SealedWebhook[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("webhooks").selectAll().where("id", "in", ids).execute();
  return rows.map(toSealed);
}

export type WebhookChanges = Partial<
  Pick<
    WebhookTable,
    | "url"
    | "kind"
    | "language"
    | "vendor_secret_sealed"
    | "description"
    | "events"
    | "levels"
    | "applications"
    | "enabled"
    | "disabled_reason"
    | "failing_since"
    | "secret_sealed"
    | "previous_secret_sealed"
    | "previous_secret_until"
  >
>;

/**
 * Changes a subscription and raises the version the outbox caches are checked against. Disabling it also
 * ends its pending deliveries as failed (they can be redelivered once it is enabled again).
 */
export async function updateWebhook(
  db: Db,
  projectId: string,
  id: string,
  changes: WebhookChanges,
  now: number,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("webhooks")
      .set({ ...changes, updated_at: now })
      .where("project_id", "=", projectId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    if (changes.enabled === 0) {
      await trx
        .updateTable("webhook_deliveries")
        .set({ status: "failed", lease_owner: null, last_error: "the subscription was disabled" })
        .where("webhook_id", "=", id)
        .where("status", "=", "pending")
        .execute();
    }
    await raiseVersion(trx);
    return true;
  });
}

/**
 * After a batch of attempts: subscriptions with a success end their failing streak; the others start one
 * if they had none. Returns when each failing subscription's streak began. Not cached by the outbox, so
 * the version is not raised.
 */
export async function updateFailingStreaks(
  trx: Executor,
  succeeded: string[],
  failed: string[],
  now: number,
): Promise<Map<string, number>> {
  if (succeeded.length > 0)
    await trx
      .updateTable("webhooks")
      .set({ failing_since: null })
      .where("id", "in", succeeded)
      .where("failing_since", "is not", null)
      .execute();
  if (failed.length === 0) return new Map();
  await trx
    .updateTable("webhooks")
    .set({ failing_since: now })
    .where("id", "in", failed)
    .where("failing_since", "is", null)
    .execute();
  const rows = await trx
    .selectFrom("webhooks")
    .select(["id", "failing_since"])
    .where("id", "in", failed)
    .execute();
  return new Map(rows.map((r) => [r.id, Number(r.failing_since ?? now)]));
}

export async function deleteWebhook(db: Db, projectId: string, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const owned = await trx
      .selectFrom("webhooks")
      .select("id")
      .where("project_id", "=", projectId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!owned) return false;
    // Children first: SQLite enforces the cascade only with foreign keys switched on.
    await trx
      .deleteFrom("webhook_attempts")
      .where("delivery_id", "in", (eb) =>
        eb.selectFrom("webhook_deliveries").select("id").where("webhook_id", "=", id),
      )
      .execute();
    await trx.deleteFrom("webhook_deliveries").where("webhook_id", "=", id).execute();
    await trx.deleteFrom("webhooks").where("id", "=", id).execute();
    await raiseVersion(trx);
    return true;
  });
}
