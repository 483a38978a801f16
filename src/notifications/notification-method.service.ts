import { randomUUID } from "node:crypto";
import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import {
  deleteWebhook,
  insertWebhook,
  listUserMethods,
  type SealedWebhook,
  updateWebhook,
} from "../webhooks/webhook.repository.ts";
import { checkedUrl } from "../webhooks/webhook.service.ts";
import {
  type ChatLanguage,
  generateWebhookSecret,
  type Webhook,
  type WebhookKind,
} from "../webhooks/webhook.ts";
import {
  type DeliveryRecord,
  listDeliveries,
  requeueDeliveries,
} from "../webhooks/webhook-delivery.repository.ts";
import { DEFAULT_PAGE, type LedgerQuery } from "../webhooks/webhook-ledger.service.ts";
import { notifiableUser } from "./notification-access.ts";

export type ChatKind = Exclude<WebhookKind, "standard" | "email">;

/** What a user asks to be reached by: e-mail and/or one chat bot; null or absent = not by that. */
export interface ContactMethods {
  email?: { address?: string; language?: ChatLanguage } | null;
  chat?: { kind: ChatKind; url: string; signingSecret?: string; language?: ChatLanguage } | null;
}

/** A user's contact method: a delivery target of the outbox, owned by the user. */
export type ContactMethod = Webhook;

const isEmail = (method: SealedWebhook) => method.webhook.kind === "email";

interface Target {
  kind: WebhookKind;
  url: string;
  language: ChatLanguage;
  vendorSecret: string | null;
}

function targetsOf(deps: Deps, methods: ContactMethods, directoryEmail: string | null) {
  let email: Target | null = null;
  if (methods.email) {
    const address = methods.email.address ?? directoryEmail;
    if (!address)
      throw invalidParameter("email.address", "the user has no e-mail address in the directory: give one");
    const url = checkedUrl(deps, `mailto:${address}`, "email");
    email = { kind: "email", url, language: methods.email.language ?? "en", vendorSecret: null };
  }
  let chat: Target | null = null;
  if (methods.chat) {
    const { kind, url, signingSecret, language } = methods.chat;
    chat = {
      kind,
      url: checkedUrl(deps, url, kind),
      language: language ?? "en",
      vendorSecret: signingSecret ?? null,
    };
  }
  return { email, chat };
}

/**
 * Sets the user's contact methods as given. A method kept keeps its id and ledger (and is enabled again,
 * if incidentd had disabled it); one left out is removed with its ledger.
 */
export async function setContactMethods(
  deps: Deps,
  caller: Credential,
  userId: string,
  methods: ContactMethods,
): Promise<ContactMethod[]> {
  const user = await notifiableUser(deps, caller, userId);
  const { projectId } = caller;
  const wanted = targetsOf(deps, methods, user.email);
  const existing = await listUserMethods(deps.db, projectId, userId);
  const now = deps.clock.now();
  const seal = (secret: string | null) => (secret ? deps.secretBox.seal(secret) : null);
  for (const [target, current] of [
    [wanted.email, existing.find(isEmail)],
    [wanted.chat, existing.find((m) => !isEmail(m))],
  ] as const) {
    if (current && (!target || target.kind !== current.webhook.kind))
      await deleteWebhook(deps.db, projectId, current.webhook.id);
    if (!target) continue;
    const fields = {
      url: target.url,
      language: target.language,
      vendor_secret_sealed: seal(target.vendorSecret),
      enabled: 1,
      disabled_reason: null,
      failing_since: null,
    };
    if (current && target.kind === current.webhook.kind)
      await updateWebhook(deps.db, projectId, current.webhook.id, fields, now);
    else
      await insertWebhook(deps.db, {
        ...fields,
        id: `nm_${randomUUID().replaceAll("-", "")}`,
        project_id: projectId,
        user_id: userId,
        kind: target.kind,
        description: `contact method of user ${userId}`,
        events: null,
        levels: null,
        applications: null,
        // Unused (e-mail and chat bots are not signed the Standard Webhooks way), but the column is required.
        secret_sealed: deps.secretBox.seal(generateWebhookSecret()),
        previous_secret_sealed: null,
        previous_secret_until: null,
        created_at: now,
        updated_at: now,
      });
  }
  return contactMethods(deps, caller, userId);
}

export async function contactMethods(
  deps: Deps,
  caller: Credential,
  userId: string,
): Promise<ContactMethod[]> {
  await notifiableUser(deps, caller, userId);
  return (await listUserMethods(deps.db, caller.projectId, userId)).map((m) => m.webhook);
}

/** The ledger of one of the user's contact methods: deliveries newest first, each with every attempt. */
export async function contactMethodDeliveries(
  deps: Deps,
  caller: Credential,
  userId: string,
  methodId: string,
  query: LedgerQuery,
): Promise<{ total: number; deliveries: DeliveryRecord[] }> {
  await requireMethod(deps, caller, userId, methodId);
  return listDeliveries(deps.db, methodId, {
    ...query,
    limit: query.limit ?? DEFAULT_PAGE,
    offset: query.offset ?? 0,
  });
}

async function requireMethod(deps: Deps, caller: Credential, userId: string, methodId: string) {
  const methods = await contactMethods(deps, caller, userId);
  if (!methods.some((m) => m.id === methodId))
    throw new AppError("RESOURCE_NOT_FOUND", `notification method not found: ${methodId}`);
}

/** Sends one of the method's deliveries again (same id), from a fresh retry schedule. */
export async function redeliverToContactMethod(
  deps: Deps,
  caller: Credential,
  userId: string,
  methodId: string,
  deliveryId: string,
): Promise<void> {
  await requireMethod(deps, caller, userId, methodId);
  const queued = await requeueDeliveries(deps.db, methodId, deps.clock.now(), { deliveryId });
  if (queued === 0) throw new AppError("RESOURCE_NOT_FOUND", `delivery not found: ${deliveryId}`);
  deps.webhookOutbox.notifyQueued();
}
