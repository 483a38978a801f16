import { apiGet, apiSend } from "./http.ts";

const BASE = "/incidentd/v1";
const enc = encodeURIComponent;

/** Every event type a subscription can ask for (docs/notifications.md, Event types). */
export const EVENT_TYPES = [
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
] as const;
/** A person's rules hear incident changes only: alarm intake has no incident. */
export const PERSON_EVENT_TYPES = EVENT_TYPES.filter((t) => t !== "alarm.created" && t !== "alarm.cleared");
export const CHAT_KINDS = ["feishu", "dingtalk", "wecom", "slack"] as const;
export const LANGUAGES = ["en", "zh"] as const;
export const AUDIENCES = ["assignee", "warroom_member", "application"] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface ContactMethod {
  id: string;
  kind: string;
  target: string;
  language: string;
  has_signing_secret: boolean;
  enabled: boolean;
  disabled_reason: string | null;
  failing_since: number | null;
}

export interface ContactMethodsInput {
  email: { address?: string; language?: string } | null;
  chat: { kind: string; url: string; signing_secret?: string; language?: string } | null;
}

export interface NotificationRule {
  audience: Audience;
  application_id: string | null;
  events: string[];
}

export interface RuleInput {
  audience: Audience;
  application_id?: string;
  events: string[];
}

export const methodsQuery = (userId: string) => ({
  queryKey: ["notifications", "methods", userId],
  queryFn: () => apiGet<{ methods: ContactMethod[] }>(`${BASE}/users/${enc(userId)}/notification-methods`),
});

export const rulesQuery = (userId: string) => ({
  queryKey: ["notifications", "rules", userId],
  queryFn: () => apiGet<{ rules: NotificationRule[] }>(`${BASE}/users/${enc(userId)}/notification-rules`),
});

export const setMethods = (userId: string, input: ContactMethodsInput) =>
  apiSend<{ methods: ContactMethod[] }>("PUT", `${BASE}/users/${enc(userId)}/notification-methods`, input);

export const setRules = (userId: string, rules: RuleInput[]) =>
  apiSend<{ rules: NotificationRule[] }>("PUT", `${BASE}/users/${enc(userId)}/notification-rules`, {
    rules,
  });

export interface Webhook {
  id: string;
  url: string;
  kind: string;
  language: string;
  description: string;
  events: string[];
  enabled: boolean;
  disabled_reason: string | null;
  failing_since: number | null;
  created_at: number;
}

export interface NewWebhook {
  url: string;
  kind?: string;
  description?: string;
  events?: string[];
}

export interface Attempt {
  attempted_at: number;
  url: string;
  status_code: number | null;
  latency_ms: number;
  response_excerpt: string | null;
  error: string | null;
}

export interface Delivery {
  id: string;
  event_type: string;
  incident_num: string | null;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  next_attempt_at: number | null;
  created_at: number;
  last_attempt_at: number | null;
  last_status_code: number | null;
  last_error: string | null;
  attempt_log: Attempt[];
}

export const webhooksQuery = {
  queryKey: ["webhooks"],
  queryFn: () => apiGet<{ webhooks: Webhook[] }>(`${BASE}/webhooks`),
};

export const deliveriesQuery = (webhookId: string, page: { offset: number; limit: number }) => ({
  queryKey: ["webhooks", webhookId, "deliveries", page],
  queryFn: () =>
    apiGet<{ total: number; deliveries: Delivery[] }>(
      `${BASE}/webhooks/${enc(webhookId)}/deliveries?offset=${page.offset}&limit=${page.limit}`,
    ),
});

export const createWebhook = (input: NewWebhook) =>
  apiSend<Webhook & { secret: string }>("POST", `${BASE}/webhooks`, input);

export const setWebhookEnabled = (id: string, enabled: boolean) =>
  apiSend<Webhook>("PATCH", `${BASE}/webhooks/${enc(id)}`, { enabled });

export const deleteWebhook = (id: string) => apiSend<null>("DELETE", `${BASE}/webhooks/${enc(id)}`);

export const redeliver = (webhookId: string, deliveryId: string) =>
  apiSend<null>("POST", `${BASE}/webhooks/${enc(webhookId)}/deliveries/${enc(deliveryId)}/redeliver`);
