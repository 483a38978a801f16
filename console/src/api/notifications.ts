import { type Answer, api, type Body, call } from "./client.ts";

/**
 * Every event type a subscription can ask for (docs/notifications.md, Event types); tsc fails when the
 * server's schema has one this list lacks, or lacks one it has.
 */
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
  "alarm.auto_process_requested",
  "alarm.created",
  "alarm.cleared",
] as const satisfies readonly WebhookEvent[];
export const EVENT_TYPES_COMPLETE: Complete<WebhookEvent, (typeof EVENT_TYPES)[number]> = true;
/** A person's rules hear incident changes only: alarm intake has no incident. */
export const PERSON_EVENT_TYPES = EVENT_TYPES.filter(
  (t): t is PersonEvent => t !== "alarm.created" && t !== "alarm.cleared",
);
export const CHAT_KINDS = ["feishu", "dingtalk", "wecom", "slack"] as const satisfies readonly ChatKind[];
export const LANGUAGES = ["en", "zh"] as const satisfies readonly Language[];
export type ChatKind = NonNullable<ContactMethodsInput["chat"]>["kind"];
export type Language = NonNullable<NonNullable<ContactMethodsInput["email"]>["language"]>;
export const AUDIENCES = ["assignee", "warroom_member", "application"] as const;
export type Audience = (typeof AUDIENCES)[number];

const METHODS = "/incidentd/v1/users/{user_id}/notification-methods";
const RULES = "/incidentd/v1/users/{user_id}/notification-rules";
const WEBHOOK = "/incidentd/v1/webhooks/{webhook_id}";

export type ContactMethod = Answer<typeof METHODS, "get">["methods"][number];
export type ContactMethodsInput = Body<typeof METHODS, "put">;
export type NotificationRule = Answer<typeof RULES, "get">["rules"][number];
export type RuleInput = Body<typeof RULES, "put">["rules"][number];
export type Webhook = Answer<"/incidentd/v1/webhooks", "get">["webhooks"][number];
export type NewWebhook = Body<"/incidentd/v1/webhooks", "post">;
export type Delivery = Answer<"/incidentd/v1/webhooks/{webhook_id}/deliveries", "get">["deliveries"][number];
export type Attempt = Delivery["attempt_log"][number];
export type WebhookEvent = NonNullable<NewWebhook["events"]>[number];
export type PersonEvent = RuleInput["events"][number];
type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;

const user = (userId: string) => ({ params: { path: { user_id: userId } } });
const webhook = (id: string) => ({ params: { path: { webhook_id: id } } });

export const methodsQuery = (userId: string) => ({
  queryKey: ["notifications", "methods", userId],
  queryFn: () => call(api.GET(METHODS, user(userId))),
});

export const rulesQuery = (userId: string) => ({
  queryKey: ["notifications", "rules", userId],
  queryFn: () => call(api.GET(RULES, user(userId))),
});

export const setMethods = (userId: string, input: ContactMethodsInput) =>
  call(api.PUT(METHODS, { ...user(userId), body: input }));

export const setRules = (userId: string, rules: RuleInput[]) =>
  call(api.PUT(RULES, { ...user(userId), body: { rules } }));

export const webhooksQuery = {
  queryKey: ["webhooks"],
  queryFn: () => call(api.GET("/incidentd/v1/webhooks")),
};

export const deliveriesQuery = (webhookId: string, page: { offset: number; limit: number }) => ({
  queryKey: ["webhooks", webhookId, "deliveries", page],
  queryFn: () =>
    call(
      api.GET("/incidentd/v1/webhooks/{webhook_id}/deliveries", {
        params: { path: { webhook_id: webhookId }, query: page },
      }),
    ),
});

export const createWebhook = (input: NewWebhook) => call(api.POST("/incidentd/v1/webhooks", { body: input }));

export const setWebhookEnabled = (id: string, enabled: boolean) =>
  call(api.PATCH(WEBHOOK, { ...webhook(id), body: { enabled } }));

export const deleteWebhook = (id: string) => call(api.DELETE(WEBHOOK, webhook(id)));

export const redeliver = (webhookId: string, deliveryId: string) =>
  call(
    api.POST("/incidentd/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver", {
      params: { path: { webhook_id: webhookId, delivery_id: deliveryId } },
    }),
  );
