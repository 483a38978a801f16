import { createHmac, randomBytes } from "node:crypto";

/** The event types a subscription may ask for (docs/notifications.md has the table). */
export const WEBHOOK_EVENT_TYPES = [
  "incident.created",
  "incident.updated",
  "incident.assigned",
  "incident.level_changed",
  "incident.resolved",
  "incident.closed",
  "warroom.started",
  "warroom.updated",
  "warroom.closed",
  "alarm.linked",
  "alarm.recovered",
  "alarm.created",
  "alarm.cleared",
  "alarm.auto_process_requested",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** What a subscription's URL expects: Standard Webhooks, a chat bot's own message format, or e-mail (mailto:). */
export const WEBHOOK_KINDS = ["standard", "feishu", "dingtalk", "wecom", "slack", "email"] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];
export const CHAT_LANGUAGES = ["zh", "en"] as const;
export type ChatLanguage = (typeof CHAT_LANGUAGES)[number];

export function isWebhookKind(value: string): value is WebhookKind {
  return (WEBHOOK_KINDS as readonly string[]).includes(value);
}

/** Which changes a subscription wants: null = all of that kind. */
export interface WebhookFilters {
  levels: string[] | null;
  applications: string[] | null;
}

/** A project's subscription to incident changes (its secret is never part of it). */
export interface Webhook {
  id: string;
  projectId: string;
  /** null: a project's subscription; set: one of that directory user's contact methods. */
  userId: string | null;
  url: string;
  kind: WebhookKind;
  language: ChatLanguage;
  /** Whether a Feishu or DingTalk signing secret is set (the secret itself is never shown). */
  hasVendorSecret: boolean;
  description: string;
  events: WebhookEventType[] | null;
  filters: WebhookFilters;
  enabled: boolean;
  disabledReason: string | null;
  failingSince: number | null;
  /** Until when the secret before the last rotation still signs (null: none does). */
  previousSecretUntil: number | null;
  createdAt: number;
  updatedAt: number;
}

/** The secrets that sign a delivery now: the current one, and the previous one during an overlap. */
export interface WebhookSecrets {
  current: string;
  previous: string | null;
}

/** A Standard Webhooks secret: `whsec_` and the base64 of 24 random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

function secretKey(secret: string): Buffer {
  return Buffer.from(secret.replace(/^whsec_/, ""), "base64");
}

/**
 * The `webhook-signature` header of Standard Webhooks: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`
 * under the decoded secret, one per secret, separated by spaces (a receiver accepts any that verifies).
 */
export function signWebhook(secrets: readonly string[], id: string, timestampSeconds: number, body: string) {
  return secrets
    .map((secret) => {
      const mac = createHmac("sha256", secretKey(secret)).update(`${id}.${timestampSeconds}.${body}`);
      return `v1,${mac.digest("base64")}`;
    })
    .join(" ");
}

/**
 * Does a change of these types (most specific first), incident level and application reach the
 * subscription? Alarm events have no incident level (null): a subscription filtering by level skips them.
 */
export function webhookWants(
  webhook: Pick<Webhook, "events" | "filters">,
  types: readonly WebhookEventType[],
  level: string | null,
  application: string | null,
): boolean {
  const { events, filters } = webhook;
  if (events !== null && !types.some((type) => events.includes(type))) return false;
  if (filters.levels !== null && (level === null || !filters.levels.includes(level))) return false;
  if (filters.applications !== null && (application === null || !filters.applications.includes(application)))
    return false;
  return true;
}

/**
 * The wait after each failed attempt (attempt 1 is at once): about 27.5 hours from the first to the last
 * of 8 attempts, like the schedule Standard Webhooks' authors use. Each wait is lengthened by up to 20%
 * at random (jitter), so receivers coming back are not hit by every sender at the same instant.
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];
export const JITTER = 0.2;

/** When to try again after failed attempt number `attempts` (1-based), or null: give up. */
export function nextAttemptAt(
  now: number,
  attempts: number,
  random: () => number = Math.random,
): number | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  if (delay === undefined) return null;
  return now + Math.round(delay * (1 + JITTER * random()));
}

/** A delivery's state in the ledger. */
export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
