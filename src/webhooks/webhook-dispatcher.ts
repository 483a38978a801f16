import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { FastifyBaseLogger } from "fastify";
import { type Clock, systemClock } from "../clock.ts";
import type { Deps } from "../deps.ts";
import {
  clearFailing,
  findSealedWebhooksByIds,
  markFailing,
  type SealedWebhook,
  updateWebhook,
} from "./webhook.repository.ts";
import { nextAttemptAt, signWebhook } from "./webhook.ts";
import { type ClaimedDelivery, claimDueDeliveries, recordAttempt } from "./webhook-delivery.repository.ts";
import { sendWebhook } from "./webhook-sender.ts";

/** Deliveries one pass claims at once (and sends concurrently). */
export const DISPATCH_BATCH = 32;
/** How long a claim holds a delivery: longer than a batch's sends (10 s each, concurrent) take. */
export const DISPATCH_LEASE_MS = 60_000;
/** How often a dispatcher looks for due deliveries without being woken (retries, other nodes' leftovers). */
export const DISPATCH_POLL_MS = 1000;

export interface DispatcherOptions {
  log: Pick<FastifyBaseLogger, "error" | "warn" | "info">;
  owner?: string;
  pollMs?: number;
  /**
   * The clock of `webhook-timestamp` (the receiver compares it with its own wall clock to refuse replays):
   * the machine's, whatever clock decides when deliveries are due.
   */
  wallClock?: Clock;
  random?: () => number;
}

export interface WebhookDispatcher {
  /** Claims the due deliveries (up to a batch), sends them and records the outcomes; returns how many. */
  runOnce(): Promise<number>;
  wake(): void;
  stop(): Promise<void>;
}

function secretsOf(deps: Deps, sealed: SealedWebhook, now: number): string[] {
  const secrets = [deps.secretBox.open(sealed.secretSealed)];
  const until = sealed.webhook.previousSecretUntil;
  if (sealed.previousSecretSealed !== null && until !== null && until > now)
    secrets.push(deps.secretBox.open(sealed.previousSecretSealed));
  return secrets;
}

async function deliverOne(
  deps: Deps,
  owner: string,
  delivery: ClaimedDelivery,
  sealed: SealedWebhook,
  options: DispatcherOptions,
): Promise<void> {
  const { webhook } = sealed;
  const now = deps.clock.now();
  const wall = options.wallClock ?? systemClock;
  const timestamp = Math.floor(wall.now() / 1000);
  const result = await sendWebhook({
    url: webhook.url,
    body: delivery.payload,
    allowPrivate: deps.config.webhooks.allowPrivate,
    headers: {
      "webhook-id": delivery.id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signWebhook(
        secretsOf(deps, sealed, now),
        delivery.id,
        timestamp,
        delivery.payload,
      ),
    },
  });
  const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const gone = result.statusCode === 410;
  const retryAt = ok || gone ? null : nextAttemptAt(now, delivery.attempts + 1, options.random);
  await deps.db.transaction().execute(async (trx) => {
    await recordAttempt(trx, delivery.id, owner, {
      attemptId: randomUUID(),
      attempt: {
        attemptedAt: now,
        url: webhook.url,
        statusCode: result.statusCode,
        latencyMs: result.latencyMs,
        responseExcerpt: result.excerpt,
        error: result.error,
      },
      status: ok ? "delivered" : retryAt === null ? "failed" : "pending",
      nextAttemptAt: retryAt ?? now,
    });
    if (ok) await clearFailing(trx, webhook.id);
  });
  if (ok) return;
  let reason: string | null = null;
  if (gone) reason = "the receiver answered 410 Gone";
  else {
    const since = await markFailing(deps.db, webhook.id, now);
    const limitMs = deps.config.webhooks.disableAfterHours * 3_600_000;
    if (now - since >= limitMs) {
      const last = result.statusCode === null ? result.error : `HTTP ${result.statusCode}`;
      reason = `every attempt failed for ${deps.config.webhooks.disableAfterHours} h since ${new Date(since).toISOString()} (last: ${last})`;
    }
  }
  if (reason !== null) {
    await updateWebhook(deps.db, webhook.projectId, webhook.id, { enabled: 0, disabled_reason: reason }, now);
    options.log.warn({ webhook_id: webhook.id, project_id: webhook.projectId, reason }, "webhook disabled");
  }
}

/** One dispatcher: claim, send, record. `startWebhookDispatcher` runs it in a loop. */
export function createWebhookDispatcher(deps: Deps, options: DispatcherOptions): WebhookDispatcher {
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const runOnce = async () => {
    const claimed = await claimDueDeliveries(
      deps.db,
      owner,
      deps.clock.now(),
      DISPATCH_LEASE_MS,
      DISPATCH_BATCH,
    );
    if (claimed.length === 0) return 0;
    const webhooks = await findSealedWebhooksByIds(deps.db, [...new Set(claimed.map((d) => d.webhookId))]);
    const byId = new Map(webhooks.map((w) => [w.webhook.id, w]));
    await Promise.all(
      claimed.map(async (delivery) => {
        const sealed = byId.get(delivery.webhookId);
        if (!sealed) return; // deleted meanwhile: its deliveries went with it
        try {
          await deliverOne(deps, owner, delivery, sealed, options);
        } catch (err) {
          options.log.error(
            { err, delivery_id: delivery.id },
            "webhook delivery failed; retried when the claim expires",
          );
        }
      }),
    );
    return claimed.length;
  };
  return { runOnce, wake: () => {}, stop: async () => {} };
}

/**
 * The per-node dispatcher loop: a pass at start, after every commit in this process that queued deliveries,
 * and every `pollMs` (retries coming due, deliveries left by other nodes or a crash once their claim ends).
 */
export function startWebhookDispatcher(deps: Deps, options: DispatcherOptions): WebhookDispatcher {
  const dispatcher = createWebhookDispatcher(deps, options);
  const pollMs = options.pollMs ?? DISPATCH_POLL_MS;
  let stopped = false;
  let again = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const pass = async () => {
    do {
      again = false;
      while (!stopped && (await dispatcher.runOnce()) === DISPATCH_BATCH) {}
    } while (again && !stopped);
  };
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(wake, pollMs);
    timer.unref();
  };
  function wake(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass()
      .catch((err: unknown) => options.log.warn({ err }, "webhook dispatch pass failed; retrying"))
      .finally(() => {
        running = undefined;
        schedule();
      });
  }
  const unsubscribe = deps.webhookOutbox.onQueued(wake);
  wake();
  return {
    runOnce: dispatcher.runOnce,
    wake,
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      await running;
    },
  };
}
