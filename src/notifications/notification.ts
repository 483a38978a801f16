import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "../webhooks/webhook.ts";

/** Who a rule tells: the incident's assignee, its WarRoom's members, or an application's subscribers. */
export const AUDIENCES = ["assignee", "warroom_member", "application"] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

/** The event types a person's rule may ask for: the incident changes (alarm intake has no incident). */
export const PERSON_EVENT_TYPES = WEBHOOK_EVENT_TYPES.filter(
  (type) => type !== "alarm.created" && type !== "alarm.cleared",
);

/** One rule of one directory user: which events reach them in which audience. */
export interface NotificationRule {
  userId: string;
  audience: Audience;
  /** The application of an `application` rule (the incident's `current_cloud_service`); null otherwise. */
  applicationId: string | null;
  events: WebhookEventType[];
}

/** The facts of a change the rules are matched against. */
export interface ChangeFacts {
  /** The change's event types, most specific first (webhookTypesOf). */
  types: readonly WebhookEventType[];
  /** Whether the change is the incident's creation. */
  created: boolean;
  assignee: string | null;
  application: string | null;
  /** The members (admin and participants) of the incident's WarRooms; asked only if a rule needs them. */
  members: () => Promise<ReadonlySet<string>>;
}

/**
 * The types an audience hears a change as. An incident created with an assignee is, for that assignee, an
 * assignment too: a rule asking for `incident.assigned` hears it (the type delivered stays the first).
 */
function typesFor(rule: NotificationRule, facts: ChangeFacts): readonly WebhookEventType[] {
  if (rule.audience === "assignee" && facts.created && facts.assignee !== null)
    return [...facts.types, "incident.assigned"];
  return facts.types;
}

/** The users to tell about a change: each once, however many of their rules match. */
export async function peopleToTell(
  rules: readonly NotificationRule[],
  facts: ChangeFacts,
): Promise<Set<string>> {
  const people = new Set<string>();
  let members: ReadonlySet<string> | undefined;
  for (const rule of rules) {
    if (people.has(rule.userId)) continue;
    const types = typesFor(rule, facts);
    if (!types.some((type) => rule.events.includes(type))) continue;
    switch (rule.audience) {
      case "assignee":
        if (facts.assignee === rule.userId) people.add(rule.userId);
        break;
      case "application":
        if (facts.application !== null && facts.application === rule.applicationId) people.add(rule.userId);
        break;
      case "warroom_member":
        members ??= await facts.members();
        if (members.has(rule.userId)) people.add(rule.userId);
        break;
    }
  }
  return people;
}
