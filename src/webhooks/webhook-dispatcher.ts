import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { FastifyBaseLogger } from "fastify";
import { type Clock, systemClock } from "../clock.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { Deps } from "../deps.ts";
import { chatRequest, vendorRefusal } from "./chat-formats.ts";
import { chatMessageOf } from "./chat-message.ts";
import { EmailSender } from "./email-sender.ts";
import {
  findSealedWebhooksByIds,
  type SealedWebhook,
  updateFailingStreaks,
  updateWebhook,
} from "./webhook.repository.ts";
import { nextAttemptAt, signWebhook, type WebhookKind } from "./webhook.ts";
import {
  type AttemptOutcome,
  type ClaimedDelivery,
  claimDueDeliveries,
  recordAttempts,
  releaseAllClaims,
} from "./webhook-delivery.repository.ts";
import { keepAliveAgents, type SendResult, sendWebhook } from "./webhook-sender.ts";

type ChatKind = Exclude<WebhookKind, "standard" | "email">;

/** Deliveries one pass claims at once (and sends concurrently). */
export const DISPATCH_BATCH = 64;
/** How long a claim holds a delivery: longer than a batch's sends (10 s each, concurrent) take. */
export const DISPATCH_LEASE_MS = 60_000;
/** How often a dispatcher looks for due deliveries without being woken (retries, other nodes' leftovers). */
export const DISPATCH_POLL_MS = 1000;
/** A wake waits this long, so the deliveries of many commits go out in one batch (one claim, one record). */
export const DISPATCH_COALESCE_MS = 20;

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

interface Sent {
  delivery: ClaimedDelivery;
  sealed: SealedWebhook;
  result: SendResult;
}

/** A delivery's state after an attempt, as the metrics name the attempt's outcome. */
const DELIVERY_OUTCOMES = { delivered: "delivered", pending: "retrying", failed: "failed" } as const;

const succeeded = (r: SendResult) =>
  r.delivered ?? (r.statusCode !== null && r.statusCode >= 200 && r.statusCode < 300 && r.error === null);

function outcomeOf(sent: Sent, now: number, random?: () => number): AttemptOutcome {
  const { delivery, sealed, result } = sent;
  const ok = succeeded(result);
  const retryAt = ok || result.statusCode === 410 ? null : nextAttemptAt(now, delivery.attempts + 1, random);
  return {
    deliveryId: delivery.id,
    attemptId: randomUUID(),
    attempt: {
      attemptedAt: now,
      url: sealed.webhook.url,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      responseExcerpt: result.excerpt,
      error: result.error,
    },
    status: ok ? "delivered" : retryAt === null ? "failed" : "pending",
    nextAttemptAt: retryAt ?? now,
  };
}

/**
 * Subscriptions to disable after a batch: one the receiver answered 410 Gone for, or one whose every
 * attempt has failed since longer than the configured hours (`failingSince`: its streak's start).
 */
function disablements(deps: Deps, sent: Sent[], failingSince: Map<string, number>, now: number) {
  const reasons = new Map<string, { sealed: SealedWebhook; reason: string }>();
  const hours = deps.config.webhooks.disableAfterHours;
  for (const { sealed, result } of sent) {
    const id = sealed.webhook.id;
    if (reasons.has(id) || succeeded(result)) continue;
    const since = failingSince.get(id);
    if (result.statusCode === 410) reasons.set(id, { sealed, reason: "the receiver answered 410 Gone" });
    else if (since !== undefined && now - since >= hours * 3_600_000) {
      const last = result.statusCode === null ? result.error : `HTTP ${result.statusCode}`;
      const reason = `every attempt failed for ${hours} h since ${new Date(since).toISOString()} (last: ${last})`;
      reasons.set(id, { sealed, reason });
    }
  }
  return [...reasons.values()];
}

/** One dispatcher: claim, send, record. `startWebhookDispatcher` runs it in a loop. */
export function createWebhookDispatcher(
  deps: Deps,
  options: DispatcherOptions,
): WebhookDispatcher & { close(): void } {
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const wall = options.wallClock ?? systemClock;
  const agents = keepAliveAgents();
  const standard = async (delivery: ClaimedDelivery, sealed: SealedWebhook, now: number) => {
    const timestamp = Math.floor(wall.now() / 1000);
    const signature = signWebhook(secretsOf(deps, sealed, now), delivery.id, timestamp, delivery.payload);
    return sendWebhook({
      url: sealed.webhook.url,
      body: delivery.payload,
      allowPrivate: deps.config.webhooks.allowPrivate,
      agents,
      headers: {
        "webhook-id": delivery.id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": signature,
      },
    });
  };
  // A chat bot gets its own message format, made from the stored payload when sent.
  const chat = async (delivery: ClaimedDelivery, sealed: SealedWebhook, kind: ChatKind) => {
    const { webhook, vendorSecretSealed } = sealed;
    const message = chatMessageOf(delivery.payload, webhook.language, deps.config.webhooks.incidentLink);
    const secret = vendorSecretSealed === null ? null : deps.secretBox.open(vendorSecretSealed);
    const request = chatRequest(kind, webhook.url, message, secret, wall.now());
    const result = await sendWebhook({
      url: request.url,
      body: request.body,
      allowPrivate: deps.config.webhooks.allowPrivate,
      agents,
      headers: {},
    });
    const refusal = succeeded(result) ? vendorRefusal(result.excerpt) : null;
    return refusal ? { ...result, error: refusal } : result;
  };
  const email = new EmailSender(deps.config.webhooks.smtpUrl, deps.config.webhooks.smtpFrom);
  const mail = (delivery: ClaimedDelivery, sealed: SealedWebhook) => {
    const { webhook } = sealed;
    const message = chatMessageOf(delivery.payload, webhook.language, deps.config.webhooks.incidentLink);
    return email.send(webhook.url, message);
  };
  const send = async (delivery: ClaimedDelivery, sealed: SealedWebhook, now: number): Promise<Sent> => {
    const { kind } = sealed.webhook;
    const result =
      kind === "standard"
        ? await standard(delivery, sealed, now)
        : kind === "email"
          ? await mail(delivery, sealed)
          : await chat(delivery, sealed, kind);
    return { delivery, sealed, result };
  };
  const runOnce = async () => {
    const now = deps.clock.now();
    const claimed = await claimDueDeliveries(deps.db, owner, now, DISPATCH_LEASE_MS, DISPATCH_BATCH);
    if (claimed.length === 0) return 0;
    const webhooks = await findSealedWebhooksByIds(deps.db, [...new Set(claimed.map((d) => d.webhookId))]);
    const byId = new Map(webhooks.map((w) => [w.webhook.id, w]));
    // A subscription deleted meanwhile took its deliveries with it: nothing to send or record.
    const sent = await Promise.all(
      claimed.flatMap((delivery) => {
        const sealed = byId.get(delivery.webhookId);
        return sealed ? [send(delivery, sealed, now)] : [];
      }),
    );
    // The whole batch is recorded in one transaction (one commit, not one per delivery).
    const outcomes = sent.map((s) => outcomeOf(s, now, options.random));
    const failingSince = await deps.db.transaction().execute(async (trx) => {
      await recordAttempts(trx, owner, outcomes);
      const ok = new Set(sent.filter((s) => succeeded(s.result)).map((s) => s.sealed.webhook.id));
      const failed = new Set(sent.filter((s) => !succeeded(s.result)).map((s) => s.sealed.webhook.id));
      return updateFailingStreaks(
        trx,
        [...ok],
        [...failed].filter((id) => !ok.has(id)),
        now,
      );
    });
    deps.metrics.countDeliveries(outcomes.map((o) => DELIVERY_OUTCOMES[o.status]));
    for (const { sealed, reason } of disablements(deps, sent, failingSince, now)) {
      const { id, projectId } = sealed.webhook;
      await updateWebhook(deps.db, projectId, id, { enabled: 0, disabled_reason: reason }, now);
      options.log.warn({ webhook_id: id, project_id: projectId, reason }, "webhook disabled");
    }
    return claimed.length;
  };
  return {
    runOnce,
    wake: () => {},
    stop: async () => {},
    close: () => {
      email.close();
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

/**
 * The per-node dispatcher loop: a pass at start, shortly after every commit in this process that queued
 * deliveries (wakes within DISPATCH_COALESCE_MS share one pass), and every `pollMs` (retries coming due,
 * deliveries left by other nodes or a crash once their claim ends).
 */
export function startWebhookDispatcher(deps: Deps, options: DispatcherOptions): WebhookDispatcher {
  const dispatcher = createWebhookDispatcher(deps, options);
  const pollMs = options.pollMs ?? DISPATCH_POLL_MS;
  let stopped = false;
  let again = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let soon: NodeJS.Timeout | undefined;

  // PostgreSQL nodes share the deliveries, so a dead node's claims run out their lease; a SQLite file has
  // one process, so claims found at start are a killed predecessor's: sent again at once.
  const released = sqlCapabilitiesOf(deps.db).sharedByNodes
    ? Promise.resolve()
    : releaseAllClaims(deps.db, deps.clock.now()).then((count) => {
        if (count > 0) options.log.info({ count }, "freed webhook deliveries claimed by a previous process");
      });
  const pass = async () => {
    await released;
    do {
      again = false;
      while (!stopped && (await dispatcher.runOnce()) === DISPATCH_BATCH) {}
    } while (again && !stopped);
  };
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, pollMs);
    timer.unref();
  };
  function run(): void {
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
  function wake(): void {
    if (stopped || soon !== undefined) return;
    soon = setTimeout(() => {
      soon = undefined;
      run();
    }, DISPATCH_COALESCE_MS);
    soon.unref();
  }
  const unsubscribe = deps.webhookOutbox.onQueued(wake);
  run();
  return {
    runOnce: dispatcher.runOnce,
    wake,
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      clearTimeout(soon);
      await running;
      dispatcher.close();
    },
  };
}
