import type { Selectable } from "kysely";
import type { Db } from "../db/database.ts";
import type { Executor } from "../db/prepared.ts";
import { prepared, preparedInsert } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { WebhookAttemptTable, WebhookDeliveryTable } from "./webhook.table.ts";
import type { DeliveryStatus } from "./webhook.ts";

/** A delivery a dispatcher holds: what to send, where and with which secrets. */
export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  projectId: string;
  eventType: string;
  payload: string;
  attempts: number;
  createdAt: number;
}

export interface DeliveryAttempt {
  attemptedAt: number;
  url: string;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

export interface DeliveryRecord {
  id: string;
  webhookId: string;
  eventType: string;
  incidentNum: string | null;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: number | null;
  createdAt: number;
  lastAttemptAt: number | null;
  lastStatusCode: number | null;
  lastError: string | null;
  attemptLog: DeliveryAttempt[];
}

/** Writes the outbox rows of one change (in the change's transaction). */
const insertDelivery = preparedInsert("webhook_deliveries");

export async function insertDeliveries(trx: Executor, rows: WebhookDeliveryTable[]): Promise<void> {
  for (const row of rows) await insertDelivery(trx, row);
}

/**
 * Claims up to `limit` due deliveries of enabled subscriptions for `owner`: each is moved `leaseMs` into
 * the future, so no other dispatcher takes it meanwhile, and a dispatcher that dies holding it leaves it
 * due again once the lease has run out. PostgreSQL skips rows another dispatcher is claiming.
 */
export async function claimDueDeliveries(
  db: Db,
  owner: string,
  now: number,
  leaseMs: number,
  limit: number,
): Promise<ClaimedDelivery[]> {
  return db.transaction().execute(async (trx) => {
    const due = await sqlCapabilitiesOf(trx)
      .claimUnlocked(
        trx
          .selectFrom("webhook_deliveries")
          .select(["id", "webhook_id", "project_id", "event_type", "payload", "attempts", "created_at"])
          .where("status", "=", "pending")
          .where("next_attempt_at", "<=", now)
          .where("webhook_id", "in", (eb) => eb.selectFrom("webhooks").select("id").where("enabled", "=", 1))
          .orderBy("next_attempt_at")
          .limit(limit),
      )
      .execute();
    if (due.length === 0) return [];
    await trx
      .updateTable("webhook_deliveries")
      .set({ next_attempt_at: now + leaseMs, lease_owner: owner })
      .where(
        "id",
        "in",
        due.map((d) => d.id),
      )
      .execute();
    return due.map((d) => ({
      id: d.id,
      webhookId: d.webhook_id,
      projectId: d.project_id,
      eventType: d.event_type,
      payload: d.payload,
      attempts: Number(d.attempts),
      createdAt: Number(d.created_at),
    }));
  });
}

export interface AttemptOutcome {
  deliveryId: string;
  attemptId: string;
  attempt: DeliveryAttempt;
  /** The delivery's state after the attempt; `nextAttemptAt` for a pending one. */
  status: DeliveryStatus;
  nextAttemptAt: number;
}

const insertAttempt = preparedInsert("webhook_attempts");

const settleDelivery = prepared(
  9,
  (
    db,
    status: string,
    nextAttemptAt: number,
    attemptedAt: number,
    statusCode: number | null,
    error: string | null,
    id: string,
    owner: string,
    pending: string,
    leaseOwner: null,
  ) =>
    db
      .updateTable("webhook_deliveries")
      .set((eb) => ({
        status,
        attempts: eb("attempts", "+", 1),
        next_attempt_at: nextAttemptAt,
        lease_owner: leaseOwner,
        last_attempt_at: attemptedAt,
        last_status_code: statusCode,
        last_error: error,
      }))
      .where("id", "=", id)
      .where("lease_owner", "=", owner)
      .where("status", "=", pending),
);

/**
 * Records a batch of attempts in the ledger and each delivery's new state, where `owner` still holds the
 * claim (a redelivery or a disabled subscription may have changed it meanwhile: the attempt is still
 * recorded).
 */
export async function recordAttempts(
  trx: Executor,
  owner: string,
  outcomes: AttemptOutcome[],
): Promise<void> {
  for (const outcome of outcomes) {
    const { attempt } = outcome;
    await insertAttempt(trx, {
      id: outcome.attemptId,
      delivery_id: outcome.deliveryId,
      attempted_at: attempt.attemptedAt,
      url: attempt.url,
      status_code: attempt.statusCode,
      latency_ms: attempt.latencyMs,
      response_excerpt: attempt.responseExcerpt,
      error: attempt.error,
    });
    await settleDelivery(
      trx,
      outcome.status,
      outcome.nextAttemptAt,
      attempt.attemptedAt,
      attempt.statusCode,
      attempt.error,
      outcome.deliveryId,
      owner,
      "pending",
      null,
    );
  }
}

/** Frees every claim (SQLite at start: they are a killed predecessor's); returns how many. */
export async function releaseAllClaims(db: Executor, now: number): Promise<number> {
  const result = await db
    .updateTable("webhook_deliveries")
    .set({ next_attempt_at: now, lease_owner: null })
    .where("status", "=", "pending")
    .where("lease_owner", "is not", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Ends a subscription's pending deliveries (it was disabled by incidentd). */
export async function failPendingDeliveries(trx: Executor, webhookId: string, reason: string): Promise<void> {
  await trx
    .updateTable("webhook_deliveries")
    .set({ status: "failed", lease_owner: null, last_error: reason })
    .where("webhook_id", "=", webhookId)
    .where("status", "=", "pending")
    .execute();
}

export interface DeliveryQuery {
  status?: DeliveryStatus;
  eventType?: string;
  since?: number;
  until?: number;
  limit: number;
  offset: number;
}

function toRecord(row: Selectable<WebhookDeliveryTable>, attempts: DeliveryAttempt[]): DeliveryRecord {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    eventType: row.event_type,
    incidentNum: row.incident_num,
    status: row.status as DeliveryStatus,
    attempts: Number(row.attempts),
    nextAttemptAt: row.status === "pending" ? Number(row.next_attempt_at) : null,
    createdAt: Number(row.created_at),
    lastAttemptAt: row.last_attempt_at === null ? null : Number(row.last_attempt_at),
    lastStatusCode: row.last_status_code === null ? null : Number(row.last_status_code),
    lastError: row.last_error,
    attemptLog: attempts,
  };
}

const toAttempt = (row: Selectable<WebhookAttemptTable>): DeliveryAttempt => ({
  attemptedAt: Number(row.attempted_at),
  url: row.url,
  statusCode: row.status_code === null ? null : Number(row.status_code),
  latencyMs: Number(row.latency_ms),
  responseExcerpt: row.response_excerpt,
  error: row.error,
});

/** A subscription's deliveries, newest first, each with its attempts (oldest first). */
export async function listDeliveries(
  db: Executor,
  webhookId: string,
  query: DeliveryQuery,
): Promise<{ total: number; deliveries: DeliveryRecord[] }> {
  let filtered = db.selectFrom("webhook_deliveries").where("webhook_id", "=", webhookId);
  if (query.status) filtered = filtered.where("status", "=", query.status);
  if (query.eventType) filtered = filtered.where("event_type", "=", query.eventType);
  if (query.since !== undefined) filtered = filtered.where("created_at", ">=", query.since);
  if (query.until !== undefined) filtered = filtered.where("created_at", "<", query.until);
  const counted = await filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const rows = await filtered
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const attempts =
    rows.length === 0
      ? []
      : await db
          .selectFrom("webhook_attempts")
          .selectAll()
          .where(
            "delivery_id",
            "in",
            rows.map((r) => r.id),
          )
          .orderBy("attempted_at")
          .orderBy("id")
          .execute();
  const byDelivery = new Map<string, DeliveryAttempt[]>();
  for (const a of attempts) {
    const list = byDelivery.get(a.delivery_id) ?? [];
    list.push(toAttempt(a));
    byDelivery.set(a.delivery_id, list);
  }
  return {
    total: Number(counted?.n ?? 0),
    deliveries: rows.map((r) => toRecord(r, byDelivery.get(r.id) ?? [])),
  };
}

/**
 * Queues deliveries again from their first attempt (same `webhook-id`, so a receiver can tell a repeat):
 * one (`deliveryId`) or every failed one created since `since`. Returns how many were queued.
 */
export async function requeueDeliveries(
  db: Executor,
  webhookId: string,
  now: number,
  which: { deliveryId: string } | { failedSince: number },
): Promise<number> {
  let update = db
    .updateTable("webhook_deliveries")
    .set({ status: "pending", attempts: 0, next_attempt_at: now, lease_owner: null })
    .where("webhook_id", "=", webhookId);
  update =
    "deliveryId" in which
      ? update.where("id", "=", which.deliveryId)
      : update.where("status", "=", "failed").where("created_at", ">=", which.failedSince);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
