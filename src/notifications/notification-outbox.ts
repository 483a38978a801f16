import type { Db } from "../db/database.ts";
import { changeVersionsOf } from "../incidents/change-versions.ts";
import type { PublishedChange } from "../incidents/incident-events.ts";
import type { DetailNameCache } from "../incidents/incident-names.ts";
import type { IncidentEventBus, IncidentTx } from "../incidents/incident-transaction.ts";
import { findWarRoomMembers } from "../warrooms/warroom.repository.ts";
import { listUserMethods, type SealedWebhook } from "../webhooks/webhook.repository.ts";
import { insertDeliveries } from "../webhooks/webhook-delivery.repository.ts";
import type { WebhookOutbox } from "../webhooks/webhook-outbox.ts";
import { deliveryRow } from "../webhooks/webhook-outbox.ts";
import { webhookPayload, webhookTypesOf } from "../webhooks/webhook-payload.ts";
import { listRules } from "./notification.repository.ts";
import { type NotificationRule, peopleToTell } from "./notification.ts";

interface ProjectPeople {
  rules: NotificationRule[];
  /** Enabled contact methods by user. */
  methods: Map<string, SealedWebhook[]>;
}

/**
 * The people's side of the outbox: subscribed to the incident event bus beside the webhook outbox, it finds
 * the users a change's rules name (assignee, WarRoom members, application subscribers) and writes one
 * delivery per enabled contact method of each, in the change's own transaction — the same delivery rows,
 * dispatcher, retries and ledger as subscriptions, so a rolled-back change tells nobody.
 *
 * WarRoom members are looked up just before the commit: a WarRoom start publishes its event before the
 * WarRoom row is written. Rules and methods are cached per project against the `webhooks_version` counter.
 */
export class NotificationOutbox {
  #version = Number.NaN;
  #projects = new Map<string, ProjectPeople>();

  constructor(
    bus: IncidentEventBus,
    private readonly detailNames: DetailNameCache,
    private readonly webhooks: WebhookOutbox,
  ) {
    bus.subscribe((change, tx) => this.#write(change, tx));
  }

  async #people(trx: Db, projectId: string, version: number): Promise<ProjectPeople> {
    if (version !== this.#version) {
      this.#version = version;
      this.#projects = new Map();
    }
    let people = this.#projects.get(projectId);
    if (!people) {
      const methods = new Map<string, SealedWebhook[]>();
      for (const method of await listUserMethods(trx, projectId, null)) {
        const userId = method.webhook.userId ?? "";
        methods.set(userId, [...(methods.get(userId) ?? []), method]);
      }
      const rules = (await listRules(trx, projectId)).filter((rule) => methods.has(rule.userId));
      people = { rules, methods };
      this.#projects.set(projectId, people);
    }
    return people;
  }

  async #write(change: PublishedChange, tx: IncidentTx): Promise<void> {
    const { after } = change;
    const versions = await changeVersionsOf(tx);
    const { rules, methods } = await this.#people(tx.trx, after.projectId, versions.webhooks);
    if (rules.length === 0) return;
    const types = webhookTypesOf(change);
    const [type] = types;
    if (type === undefined) return;
    const send = async () => {
      const people = await peopleToTell(rules, {
        types,
        created: change.event.type === "created",
        assignee: after.assignee,
        application: after.currentCloudService,
        members: () => findWarRoomMembers(tx.trx, after.projectId, after.number),
      });
      const targets = [...people].flatMap((userId) => methods.get(userId) ?? []);
      if (targets.length === 0) return;
      const names = await this.detailNames.namesOf(tx.trx, versions.directory, after);
      const payload = webhookPayload(type, change, names);
      const rows = targets.map(({ webhook }) =>
        deliveryRow(webhook.id, after.projectId, type, after.number, payload, change.event.at),
      );
      await insertDeliveries(tx.trx, rows);
      tx.afterCommit(() => this.webhooks.notifyQueued());
    };
    if (rules.some((rule) => rule.audience === "warroom_member")) tx.beforeCommit(send);
    else await send();
  }
}
