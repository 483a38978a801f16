import { Type } from "@sinclair/typebox";
import { IntegerOrNull, Str } from "../http/wire-types.ts";
import {
  CHAT_LANGUAGES,
  DELIVERY_STATUSES,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_KINDS,
  type Webhook,
} from "./webhook.ts";
import type { DeliveryRecord } from "./webhook-delivery.repository.ts";

const EventTypeSchema = Type.Union(
  WEBHOOK_EVENT_TYPES.map((t) => Type.Literal(t)),
  { "x-expected": `one of ${WEBHOOK_EVENT_TYPES.join(", ")}` },
);

const NullableString = Type.Unsafe<string | null>({ type: "string", nullable: true });

const FiltersSchema = Type.Object(
  {
    levels: Type.Optional(
      Type.Array(Str(16, { minLength: 1 }), {
        maxItems: 10,
        description: "Only incidents of these levels (level_10 … level_50); absent or empty = every level.",
      }),
    ),
    applications: Type.Optional(
      Type.Array(Str(64, { minLength: 1 }), {
        maxItems: 100,
        description: "Only incidents of these applications (current_cloud_service); absent or empty = all.",
      }),
    ),
  },
  { additionalProperties: false },
);

const Url = Str(2048, { minLength: 1, description: "http or https; where deliveries are POSTed." });
const Events = Type.Array(EventTypeSchema, {
  maxItems: WEBHOOK_EVENT_TYPES.length,
  description: "The event types to deliver (docs/notifications.md); absent or empty = every type.",
});
const Description = Str(200);
const Kind = Type.Union(
  WEBHOOK_KINDS.map((k) => Type.Literal(k)),
  {
    "x-expected": `one of ${WEBHOOK_KINDS.join(", ")}`,
    description:
      "standard (default): Standard Webhooks JSON, signed; feishu, dingtalk, wecom, slack: the chat bot's own message format (docs/notifications.md).",
  },
);
const Language = Type.Union(
  CHAT_LANGUAGES.map((l) => Type.Literal(l)),
  { "x-expected": "zh or en", description: "The language of chat messages (default en)." },
);
const SigningSecret = Str(200, {
  description: 'A Feishu or DingTalk bot\'s signing secret ("加签"); stored encrypted, never shown.',
});

export const NewWebhookBody = Type.Object(
  {
    url: Url,
    kind: Type.Optional(Kind),
    language: Type.Optional(Language),
    signing_secret: Type.Optional(SigningSecret),
    events: Type.Optional(Events),
    description: Type.Optional(Description),
    filters: Type.Optional(FiltersSchema),
  },
  { additionalProperties: false },
);

export const WebhookUpdateBody = Type.Object(
  {
    url: Type.Optional(Url),
    language: Type.Optional(Language),
    signing_secret: Type.Optional(
      Type.Union([SigningSecret, Type.Null()], { "x-expected": "a string, or null to remove it" }),
    ),
    events: Type.Optional(Events),
    description: Type.Optional(Description),
    filters: Type.Optional(FiltersSchema),
    enabled: Type.Optional(Type.Boolean({ description: "false stops deliveries; pending ones fail." })),
  },
  { additionalProperties: false },
);

export const RotateSecretBody = Type.Object(
  {
    overlap_hours: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 168,
        description: "How long the old secret still signs beside the new one (default 24; 0 = not at all).",
      }),
    ),
  },
  { additionalProperties: false },
);

export const WebhookParam = Type.Object({ webhook_id: Str(64, { minLength: 1 }) });
export const DeliveryParam = Type.Object({
  webhook_id: Str(64, { minLength: 1 }),
  delivery_id: Str(64, { minLength: 1 }),
});

export const WebhookSchema = Type.Object({
  id: Type.String(),
  url: Type.String(),
  kind: Type.String(),
  language: Type.String(),
  has_signing_secret: Type.Boolean(),
  description: Type.String(),
  events: Type.Array(Type.String(), { description: "Empty: every event type." }),
  filters: Type.Object({ levels: Type.Array(Type.String()), applications: Type.Array(Type.String()) }),
  enabled: Type.Boolean(),
  disabled_reason: NullableString,
  failing_since: IntegerOrNull,
  previous_secret_until: IntegerOrNull,
  created_at: Type.Integer(),
  updated_at: Type.Integer(),
});

export const WebhookWithSecretSchema = Type.Intersect([
  WebhookSchema,
  Type.Object({
    secret: Type.String({
      description: "whsec_ and base64: shown only in this response (signs kind standard's deliveries).",
    }),
  }),
]);

export function toWebhookView(webhook: Webhook) {
  return {
    id: webhook.id,
    url: webhook.url,
    kind: webhook.kind,
    language: webhook.language,
    has_signing_secret: webhook.hasVendorSecret,
    description: webhook.description,
    events: webhook.events ?? [],
    filters: { levels: webhook.filters.levels ?? [], applications: webhook.filters.applications ?? [] },
    enabled: webhook.enabled,
    disabled_reason: webhook.disabledReason,
    failing_since: webhook.failingSince,
    previous_secret_until: webhook.previousSecretUntil,
    created_at: webhook.createdAt,
    updated_at: webhook.updatedAt,
  };
}

export const DeliveriesQuery = Type.Object({
  status: Type.Optional(
    Type.Union(
      DELIVERY_STATUSES.map((s) => Type.Literal(s)),
      { "x-expected": `one of ${DELIVERY_STATUSES.join(", ")}` },
    ),
  ),
  event: Type.Optional(EventTypeSchema),
  since: Type.Optional(Type.Integer({ minimum: 0, description: "Created at or after, epoch ms." })),
  until: Type.Optional(Type.Integer({ minimum: 0, description: "Created before, epoch ms." })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: "Default 20." })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
});

const AttemptSchema = Type.Object({
  attempted_at: Type.Integer(),
  url: Type.String(),
  status_code: IntegerOrNull,
  latency_ms: Type.Integer(),
  response_excerpt: NullableString,
  error: NullableString,
});

export const DeliverySchema = Type.Object({
  id: Type.String({ description: "The webhook-id header." }),
  event_type: Type.String(),
  incident_num: NullableString,
  status: Type.String({ description: "pending, delivered or failed." }),
  attempts: Type.Integer({ description: "Attempts since it was (re)queued." }),
  next_attempt_at: IntegerOrNull,
  created_at: Type.Integer(),
  last_attempt_at: IntegerOrNull,
  last_status_code: IntegerOrNull,
  last_error: NullableString,
  attempt_log: Type.Array(AttemptSchema, { description: "Every attempt, oldest first." }),
});

export function toDeliveryView(d: DeliveryRecord) {
  return {
    id: d.id,
    event_type: d.eventType,
    incident_num: d.incidentNum,
    status: d.status,
    attempts: d.attempts,
    next_attempt_at: d.nextAttemptAt,
    created_at: d.createdAt,
    last_attempt_at: d.lastAttemptAt,
    last_status_code: d.lastStatusCode,
    last_error: d.lastError,
    attempt_log: d.attemptLog.map((a) => ({
      attempted_at: a.attemptedAt,
      url: a.url,
      status_code: a.statusCode,
      latency_ms: a.latencyMs,
      response_excerpt: a.responseExcerpt,
      error: a.error,
    })),
  };
}
