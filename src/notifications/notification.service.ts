import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { applicationNameOf } from "../directory/directory.repository.ts";
import { AppError, invalidParameter } from "../errors.ts";
import type { WebhookEventType } from "../webhooks/webhook.ts";
import {
  deleteApplicationRule,
  listRules,
  replaceUserRules,
  upsertApplicationRule,
} from "./notification.repository.ts";
import type { Audience, NotificationRule } from "./notification.ts";
import { notifiableUser } from "./notification-access.ts";

/** A rule as a caller states it (the user is the path's). */
export interface RuleInput {
  audience: Audience;
  applicationId?: string;
  events: WebhookEventType[];
}

async function requireApplication(deps: Deps, projectId: string, applicationId: string, field: string) {
  if ((await applicationNameOf(deps.db, projectId, applicationId)) === null)
    throw invalidParameter(field, `unknown application ${applicationId}: add it to the directory first`);
}

/** Replaces every rule of the user (application subscriptions included) with these. */
export async function setNotificationRules(
  deps: Deps,
  caller: Credential,
  userId: string,
  inputs: RuleInput[],
): Promise<NotificationRule[]> {
  await notifiableUser(deps, caller, userId);
  const seen = new Set<string>();
  const rules: NotificationRule[] = [];
  for (const [i, input] of inputs.entries()) {
    const field = `rules[${i}]`;
    const applicationId = input.audience === "application" ? (input.applicationId ?? null) : null;
    if (input.audience === "application" && applicationId === null)
      throw invalidParameter(`${field}.application_id`, "an application rule names its application");
    if (input.audience !== "application" && input.applicationId !== undefined)
      throw invalidParameter(`${field}.application_id`, `only an application rule names one`);
    if (applicationId !== null)
      await requireApplication(deps, caller.projectId, applicationId, `${field}.application_id`);
    const key = `${input.audience}/${applicationId ?? ""}`;
    if (seen.has(key)) throw invalidParameter(field, `a second rule for ${key}: merge their events`);
    seen.add(key);
    rules.push({ userId, audience: input.audience, applicationId, events: input.events });
  }
  await replaceUserRules(deps.db, caller.projectId, userId, rules, deps.clock.now());
  return listRules(deps.db, caller.projectId, { userId });
}

export async function notificationRules(deps: Deps, caller: Credential, userId: string) {
  await notifiableUser(deps, caller, userId);
  return listRules(deps.db, caller.projectId, { userId });
}

/** Subscribes the user to the application's incidents (or changes the events of their subscription). */
export async function subscribeToApplication(
  deps: Deps,
  caller: Credential,
  applicationId: string,
  userId: string,
  events: WebhookEventType[],
): Promise<NotificationRule> {
  await notifiableUser(deps, caller, userId);
  if ((await applicationNameOf(deps.db, caller.projectId, applicationId)) === null)
    throw new AppError("RESOURCE_NOT_FOUND", `application not found: ${applicationId}`);
  const rule: NotificationRule = { userId, audience: "application", applicationId, events };
  await upsertApplicationRule(deps.db, caller.projectId, rule, deps.clock.now());
  return rule;
}

export async function applicationSubscribers(deps: Deps, projectId: string, applicationId: string) {
  if ((await applicationNameOf(deps.db, projectId, applicationId)) === null)
    throw new AppError("RESOURCE_NOT_FOUND", `application not found: ${applicationId}`);
  return listRules(deps.db, projectId, { applicationId });
}

export async function unsubscribeFromApplication(
  deps: Deps,
  caller: Credential,
  applicationId: string,
  userId: string,
): Promise<void> {
  await notifiableUser(deps, caller, userId);
  if (!(await deleteApplicationRule(deps.db, caller.projectId, userId, applicationId)))
    throw new AppError("RESOURCE_NOT_FOUND", `user ${userId} is not subscribed to ${applicationId}`);
}
