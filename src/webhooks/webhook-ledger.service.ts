import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import { getWebhook } from "./webhook.service.ts";
import type { DeliveryStatus } from "./webhook.ts";
import { type DeliveryRecord, listDeliveries, requeueDeliveries } from "./webhook-delivery.repository.ts";

export interface LedgerQuery {
  status?: DeliveryStatus;
  eventType?: string;
  since?: number;
  until?: number;
  limit?: number;
  offset?: number;
}

export const DEFAULT_PAGE = 20;

/** A subscription's deliveries with every attempt, newest first (the subscription must be the project's). */
export async function webhookDeliveries(
  deps: Deps,
  projectId: string,
  webhookId: string,
  query: LedgerQuery,
): Promise<{ total: number; deliveries: DeliveryRecord[] }> {
  await getWebhook(deps, projectId, webhookId);
  return listDeliveries(deps.db, webhookId, {
    ...query,
    limit: query.limit ?? DEFAULT_PAGE,
    offset: query.offset ?? 0,
  });
}

/** Sends one delivery again, from a fresh retry schedule. */
export async function redeliverOne(
  deps: Deps,
  projectId: string,
  webhookId: string,
  deliveryId: string,
): Promise<void> {
  await getWebhook(deps, projectId, webhookId);
  const queued = await requeueDeliveries(deps.db, webhookId, deps.clock.now(), { deliveryId });
  if (queued === 0) throw new AppError("RESOURCE_NOT_FOUND", `delivery not found: ${deliveryId}`);
  deps.webhookOutbox.notifyQueued();
}

/** Sends again every failed delivery created since `since`; returns how many. */
export async function redeliverFailedSince(
  deps: Deps,
  projectId: string,
  webhookId: string,
  since: number,
): Promise<number> {
  await getWebhook(deps, projectId, webhookId);
  const queued = await requeueDeliveries(deps.db, webhookId, deps.clock.now(), { failedSince: since });
  if (queued > 0) deps.webhookOutbox.notifyQueued();
  return queued;
}
