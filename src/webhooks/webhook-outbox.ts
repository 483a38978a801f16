import { randomUUID } from "node:crypto";
import { findAlarms } from "../alarms/alarm.repository.ts";
import type { Alarm } from "../alarms/alarm.ts";
import type { Db } from "../db/database.ts";
import { changeVersionsOf } from "../incidents/change-versions.ts";
import { readChangeVersions } from "../incidents/incident-counters.repository.ts";
import type { PublishedChange } from "../incidents/incident-events.ts";
import type { DetailNameCache } from "../incidents/incident-names.ts";
import type { IncidentEventBus, IncidentTx } from "../incidents/incident-transaction.ts";
import { listEnabledSealedWebhooks, type SealedWebhook } from "./webhook.repository.ts";
import type { WebhookDeliveryTable } from "./webhook.table.ts";
import { webhookWants } from "./webhook.ts";
import { insertDeliveries } from "./webhook-delivery.repository.ts";
import { type AlarmEventType, alarmPayload, webhookPayload, webhookTypesOf } from "./webhook-payload.ts";

/** A new id for a delivery: also its `webhook-id` header. */
export const newMessageId = () => `msg_${randomUUID().replaceAll("-", "")}`;

export function deliveryRow(
  webhookId: string,
  projectId: string,
  type: string,
  incidentNum: string | null,
  payload: string,
  at: number,
): WebhookDeliveryTable {
  return {
    id: newMessageId(),
    webhook_id: webhookId,
    project_id: projectId,
    event_type: type,
    incident_num: incidentNum,
    payload,
    status: "pending",
    attempts: 0,
    next_attempt_at: at,
    lease_owner: null,
    created_at: at,
    last_attempt_at: null,
    last_status_code: null,
    last_error: null,
  };
}

/**
 * The transactional outbox: subscribed to the incident event bus, it writes one delivery row per
 * matching enabled subscription in the change's own transaction (a rolled-back change has none, a
 * committed one has all), and wakes the dispatchers of this process once the change has committed.
 *
 * Subscriptions are cached per project and checked on every change against the `webhooks_version`
 * counter every subscription change raises in its transaction: one small read per change, so creates
 * keep their pace with subscriptions in place, and a change made by any process or node is seen at once.
 */
export class WebhookOutbox {
  #version = Number.NaN;
  #projects = new Map<string, SealedWebhook[]>();
  readonly #listeners = new Set<() => void>();

  constructor(
    bus: IncidentEventBus,
    private readonly detailNames: DetailNameCache,
  ) {
    bus.subscribe((change, tx) => this.#write(change, tx));
  }

  /** Called after each commit that queued deliveries; returns the unsubscribe function. */
  onQueued(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tells this process's dispatchers that deliveries are due (after a redelivery, say). */
  notifyQueued(): void {
    for (const listener of this.#listeners) listener();
  }

  async #subscriptions(trx: Db, projectId: string, version: number): Promise<SealedWebhook[]> {
    if (version !== this.#version) {
      this.#version = version;
      this.#projects = new Map();
    }
    let list = this.#projects.get(projectId);
    if (!list) {
      list = await listEnabledSealedWebhooks(trx, projectId);
      this.#projects.set(projectId, list);
    }
    return list;
  }

  /**
   * Alarms are written outside the incident writer: their services call this in their own transaction
   * with the alarms that were created or resolved (and call `notifyQueued` after the commit when it
   * returns true).
   */
  async writeAlarmEvents(
    trx: Db,
    projectId: string,
    changes: { created: string[]; cleared: string[] },
    at: number,
  ): Promise<boolean> {
    if (changes.created.length === 0 && changes.cleared.length === 0) return false;
    const versions = await readChangeVersions(trx);
    const subscriptions = await this.#subscriptions(trx, projectId, versions.webhooks);
    if (subscriptions.length === 0) return false;
    const rows: WebhookDeliveryTable[] = [];
    const alarms = await findAlarms(trx, projectId, [...changes.created, ...changes.cleared]);
    const cleared = new Set(changes.cleared);
    for (const alarm of alarms) {
      const type = cleared.has(alarm.alarmId) ? "alarm.cleared" : "alarm.created";
      const wanted = subscriptions.filter(({ webhook }) =>
        webhookWants(webhook, [type], null, alarm.applicationId),
      );
      if (wanted.length === 0) continue;
      const payload = alarmPayload(type, alarm, at);
      for (const { webhook } of wanted)
        rows.push(deliveryRow(webhook.id, projectId, type, alarm.incidentNum, payload, at));
    }
    await insertDeliveries(trx, rows);
    return rows.length > 0;
  }

  /**
   * One alarm event beyond created/cleared (alarm.auto_process_requested), in the caller's transaction;
   * `extra` joins `data.alarm` in the payload. True when a delivery was queued (call `notifyQueued`).
   */
  async writeAlarmEvent(
    trx: Db,
    type: AlarmEventType,
    alarm: Alarm,
    extra: Record<string, unknown>,
    at: number,
  ): Promise<boolean> {
    const versions = await readChangeVersions(trx);
    const subscriptions = await this.#subscriptions(trx, alarm.projectId, versions.webhooks);
    const wanted = subscriptions.filter(({ webhook }) =>
      webhookWants(webhook, [type], null, alarm.applicationId),
    );
    if (wanted.length === 0) return false;
    const payload = alarmPayload(type, alarm, at, extra);
    await insertDeliveries(
      trx,
      wanted.map(({ webhook }) =>
        deliveryRow(webhook.id, alarm.projectId, type, alarm.incidentNum, payload, at),
      ),
    );
    return true;
  }

  async #write(change: PublishedChange, tx: IncidentTx): Promise<void> {
    const { after } = change;
    // The version first: a list read after it is at least as new, never older than what it is cached at.
    const versions = await changeVersionsOf(tx);
    const subscriptions = await this.#subscriptions(tx.trx, after.projectId, versions.webhooks);
    if (subscriptions.length === 0) return;
    const types = webhookTypesOf(change);
    const wanted = subscriptions.filter(({ webhook }) =>
      webhookWants(webhook, types, after.level, after.currentCloudService),
    );
    if (wanted.length === 0) return;
    const [type] = types;
    if (type === undefined) return;
    const names = await this.detailNames.namesOf(tx.trx, versions.directory, after);
    const payload = webhookPayload(type, change, names);
    const rows = wanted.map(({ webhook }) =>
      deliveryRow(webhook.id, after.projectId, type, after.number, payload, change.event.at),
    );
    await insertDeliveries(tx.trx, rows);
    tx.afterCommit(() => this.notifyQueued());
  }
}
