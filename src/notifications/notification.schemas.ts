import { Type } from "@sinclair/typebox";
import { IntegerOrNull, Nullable, Str } from "../http/wire-types.ts";
import { CHAT_LANGUAGES } from "../webhooks/webhook.ts";
import { AUDIENCES, type NotificationRule, PERSON_EVENT_TYPES } from "./notification.ts";
import type { ContactMethod } from "./notification-method.service.ts";

const CHAT_KINDS = ["feishu", "dingtalk", "wecom", "slack"] as const;

const Events = Type.Array(
  Type.Union(
    PERSON_EVENT_TYPES.map((t) => Type.Literal(t)),
    { "x-expected": `one of ${PERSON_EVENT_TYPES.join(", ")}` },
  ),
  {
    minItems: 1,
    maxItems: PERSON_EVENT_TYPES.length,
    description: "The event types that reach the user this way (docs/notifications.md).",
  },
);
const Language = Type.Union(
  CHAT_LANGUAGES.map((l) => Type.Literal(l)),
  { "x-expected": "zh or en", description: "The language of the messages (default en)." },
);
const UserId = Str(255, { minLength: 1 });
const ApplicationId = Str(255, { minLength: 1 });

export const UserParam = Type.Object({ user_id: UserId });
export const MethodParam = Type.Object({ user_id: UserId, method_id: Str(64, { minLength: 1 }) });
export const MethodDeliveryParam = Type.Object({
  user_id: UserId,
  method_id: Str(64, { minLength: 1 }),
  delivery_id: Str(64, { minLength: 1 }),
});
export const ApplicationParam = Type.Object({ application_id: ApplicationId });
export const SubscriberParam = Type.Object({ application_id: ApplicationId, user_id: UserId });

const EmailMethod = Type.Object(
  {
    address: Type.Optional(
      Str(254, { minLength: 3, description: "Default: the user's e-mail address in the directory." }),
    ),
    language: Type.Optional(Language),
  },
  { additionalProperties: false },
);
const ChatMethod = Type.Object(
  {
    kind: Type.Union(
      CHAT_KINDS.map((k) => Type.Literal(k)),
      { "x-expected": `one of ${CHAT_KINDS.join(", ")}` },
    ),
    url: Str(2048, { minLength: 1, description: "The bot's incoming-webhook URL (docs/notifications.md)." }),
    signing_secret: Type.Optional(
      Str(200, { description: "Feishu or DingTalk signing secret; never shown." }),
    ),
    language: Type.Optional(Language),
  },
  { additionalProperties: false },
);

export const ContactMethodsBody = Type.Object(
  {
    email: Nullable(EmailMethod, "an e-mail method"),
    chat: Nullable(ChatMethod, "a chat method"),
  },
  { additionalProperties: false },
);

export const ContactMethodSchema = Type.Object({
  id: Type.String({ description: "Names the method's delivery ledger." }),
  kind: Type.String({ description: "email, feishu, dingtalk, wecom or slack." }),
  target: Type.String({ description: "The e-mail address or the bot's URL." }),
  language: Type.String(),
  has_signing_secret: Type.Boolean(),
  enabled: Type.Boolean({ description: "false: incidentd disabled it (see disabled_reason); PUT it again." }),
  disabled_reason: Type.Unsafe<string | null>({ type: "string", nullable: true }),
  failing_since: IntegerOrNull,
});

export function toContactMethodView(method: ContactMethod) {
  return {
    id: method.id,
    kind: method.kind,
    target: method.kind === "email" ? method.url.replace(/^mailto:/, "") : method.url,
    language: method.language,
    has_signing_secret: method.hasVendorSecret,
    enabled: method.enabled,
    disabled_reason: method.disabledReason,
    failing_since: method.failingSince,
  };
}

const RuleInputSchema = Type.Object(
  {
    audience: Type.Union(
      AUDIENCES.map((a) => Type.Literal(a)),
      {
        "x-expected": `one of ${AUDIENCES.join(", ")}`,
        description:
          "assignee: incidents assigned to the user; warroom_member: incidents whose WarRoom the user is in; application: incidents of application_id.",
      },
    ),
    application_id: Type.Optional(ApplicationId),
    events: Events,
  },
  { additionalProperties: false },
);

export const RulesBody = Type.Object(
  {
    rules: Type.Array(RuleInputSchema, {
      maxItems: 100,
      description: "Every rule of the user (replaces them).",
    }),
  },
  { additionalProperties: false },
);

export const RuleSchema = Type.Object({
  user_id: Type.String(),
  audience: Type.String(),
  application_id: Type.Unsafe<string | null>({ type: "string", nullable: true }),
  events: Type.Array(Type.String()),
});

export function toRuleView(rule: NotificationRule) {
  return {
    user_id: rule.userId,
    audience: rule.audience,
    application_id: rule.applicationId,
    events: rule.events,
  };
}

export const SubscriberBody = Type.Object(
  { user_id: UserId, events: Events },
  { additionalProperties: false },
);
