import { randomUUID } from "node:crypto";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import { refusedMailto } from "./email-sender.ts";
import {
  deleteWebhook,
  findSealedWebhook,
  insertWebhook,
  listWebhooks,
  updateWebhook,
  type WebhookChanges,
} from "./webhook.repository.ts";
import {
  type ChatLanguage,
  generateWebhookSecret,
  type Webhook,
  type WebhookEventType,
  type WebhookFilters,
  type WebhookKind,
} from "./webhook.ts";
import { refusedWebhookUrl } from "./webhook-address.ts";

export interface NewWebhook {
  url: string;
  kind?: WebhookKind;
  language?: ChatLanguage;
  /** A Feishu or DingTalk bot's signing secret (`null` on update: remove it). */
  vendorSecret?: string | null;
  events?: WebhookEventType[];
  description?: string;
  filters?: Partial<WebhookFilters>;
}

export interface WebhookUpdate extends Partial<Omit<NewWebhook, "kind">> {
  enabled?: boolean;
}

const sealVendorSecret = (deps: Deps, secret: string | null | undefined) =>
  secret === undefined || secret === null || secret === "" ? null : deps.secretBox.seal(secret);

/** The longest a rotated-out secret may keep signing. */
export const MAX_OVERLAP_HOURS = 7 * 24;
export const DEFAULT_OVERLAP_HOURS = 24;

const notFound = (id: string) => new AppError("RESOURCE_NOT_FOUND", `webhook not found: ${id}`);

export function checkedUrl(deps: Deps, url: string, kind: WebhookKind): string {
  const refused =
    kind === "email" ? refusedMailto(url) : refusedWebhookUrl(url, deps.config.webhooks.allowPrivate);
  if (refused) throw invalidParameter("url", refused);
  if (kind === "email" && !deps.config.webhooks.smtpUrl)
    throw invalidParameter("kind", "e-mail needs an SMTP server: set INCIDENTD_SMTP_URL");
  return url;
}

const listColumn = (list: readonly string[] | null | undefined) =>
  list === undefined || list === null || list.length === 0 ? null : JSON.stringify([...new Set(list)]);

/** Creates a subscription; its secret is returned once and stored sealed with the master key. */
export async function createWebhook(
  deps: Deps,
  projectId: string,
  input: NewWebhook,
): Promise<{ webhook: Webhook; secret: string }> {
  const secret = generateWebhookSecret();
  const now = deps.clock.now();
  const id = `wh_${randomUUID().replaceAll("-", "")}`;
  await insertWebhook(deps.db, {
    id,
    project_id: projectId,
    url: checkedUrl(deps, input.url, input.kind ?? "standard"),
    kind: input.kind ?? "standard",
    language: input.language ?? "en",
    vendor_secret_sealed: sealVendorSecret(deps, input.vendorSecret),
    description: input.description ?? "",
    events: listColumn(input.events),
    levels: listColumn(input.filters?.levels),
    applications: listColumn(input.filters?.applications),
    secret_sealed: deps.secretBox.seal(secret),
    previous_secret_sealed: null,
    previous_secret_until: null,
    enabled: 1,
    disabled_reason: null,
    failing_since: null,
    user_id: null,
    created_at: now,
    updated_at: now,
  });
  return { webhook: await getWebhook(deps, projectId, id), secret };
}

export function listProjectWebhooks(deps: Deps, projectId: string): Promise<Webhook[]> {
  return listWebhooks(deps.db, projectId);
}

export async function getWebhook(deps: Deps, projectId: string, id: string): Promise<Webhook> {
  const found = await findSealedWebhook(deps.db, projectId, id);
  if (!found) throw notFound(id);
  return found.webhook;
}

/** Changes what the request names; enabling clears the reason incidentd disabled it for. */
export async function changeWebhook(
  deps: Deps,
  projectId: string,
  id: string,
  update: WebhookUpdate,
): Promise<Webhook> {
  const { kind } = await getWebhook(deps, projectId, id); // never a user's contact method
  const changes: WebhookChanges = {};
  if (update.url !== undefined) changes.url = checkedUrl(deps, update.url, kind);
  if (update.description !== undefined) changes.description = update.description;
  if (update.language !== undefined) changes.language = update.language;
  if (update.vendorSecret !== undefined)
    changes.vendor_secret_sealed = sealVendorSecret(deps, update.vendorSecret);
  if (update.events !== undefined) changes.events = listColumn(update.events);
  if (update.filters?.levels !== undefined) changes.levels = listColumn(update.filters.levels);
  if (update.filters?.applications !== undefined)
    changes.applications = listColumn(update.filters.applications);
  if (update.enabled !== undefined) {
    changes.enabled = update.enabled ? 1 : 0;
    changes.disabled_reason = null;
    if (update.enabled) changes.failing_since = null;
  }
  if (!(await updateWebhook(deps.db, projectId, id, changes, deps.clock.now()))) throw notFound(id);
  return getWebhook(deps, projectId, id);
}

export async function removeWebhook(deps: Deps, projectId: string, id: string): Promise<void> {
  await getWebhook(deps, projectId, id); // never a user's contact method
  if (!(await deleteWebhook(deps.db, projectId, id))) throw notFound(id);
}

/**
 * A new secret; the current one keeps signing (beside the new one) for `overlapHours`, so receivers can
 * switch without losing a delivery. 0 retires it at once.
 */
export async function rotateWebhookSecret(
  deps: Deps,
  projectId: string,
  id: string,
  overlapHours = DEFAULT_OVERLAP_HOURS,
): Promise<{ webhook: Webhook; secret: string }> {
  const found = await findSealedWebhook(deps.db, projectId, id);
  if (!found) throw notFound(id);
  const secret = generateWebhookSecret();
  const now = deps.clock.now();
  await updateWebhook(
    deps.db,
    projectId,
    id,
    {
      secret_sealed: deps.secretBox.seal(secret),
      previous_secret_sealed: overlapHours > 0 ? found.secretSealed : null,
      previous_secret_until: overlapHours > 0 ? now + overlapHours * 3_600_000 : null,
    },
    now,
  );
  return { webhook: await getWebhook(deps, projectId, id), secret };
}
