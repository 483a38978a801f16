import { randomUUID } from "node:crypto";
import type { Db } from "../db/database.ts";
import type { Executor } from "../db/prepared.ts";
import { raiseVersion } from "../webhooks/webhook.repository.ts";
import { isWebhookEventType } from "../webhooks/webhook.ts";
import type { NotificationRuleTable } from "./notification.table.ts";
import { isAudience, type NotificationRule } from "./notification.ts";

// Rules are cached by every node's notification outbox beside the subscriptions: each change to them raises
// the same `webhooks_version` counter, in its transaction.

function toRule(row: NotificationRuleTable): NotificationRule {
  return {
    userId: row.user_id,
    audience: isAudience(row.audience) ? row.audience : "assignee",
    applicationId: row.application_id === "" ? null : row.application_id,
    events: (JSON.parse(row.events) as string[]).filter(isWebhookEventType),
  };
}

function toRow(projectId: string, rule: NotificationRule, now: number): NotificationRuleTable {
  return {
    id: `nr_${randomUUID().replaceAll("-", "")}`,
    project_id: projectId,
    user_id: rule.userId,
    audience: rule.audience,
    application_id: rule.applicationId ?? "",
    events: JSON.stringify([...new Set(rule.events)]),
    created_at: now,
    updated_at: now,
  };
}

/** The project's rules: of one user, of one application's subscribers, or all (the outbox's cache). */
export async function listRules(
  db: Executor,
  projectId: string,
  of: { userId?: string; applicationId?: string } = {},
): Promise<NotificationRule[]> {
  let query = db.selectFrom("notification_rules").selectAll().where("project_id", "=", projectId);
  if (of.userId !== undefined) query = query.where("user_id", "=", of.userId);
  if (of.applicationId !== undefined)
    query = query.where("audience", "=", "application").where("application_id", "=", of.applicationId);
  const rows = await query.orderBy("user_id").orderBy("audience").orderBy("application_id").execute();
  return rows.map(toRule);
}

/** Replaces every rule of the user with these (one per audience and application). */
export async function replaceUserRules(
  db: Db,
  projectId: string,
  userId: string,
  rules: readonly NotificationRule[],
  now: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("notification_rules")
      .where("project_id", "=", projectId)
      .where("user_id", "=", userId)
      .execute();
    if (rules.length > 0)
      await trx
        .insertInto("notification_rules")
        .values(rules.map((rule) => toRow(projectId, rule, now)))
        .execute();
    await raiseVersion(trx);
  });
}

/** Adds the user's subscription to an application, or replaces its events. */
export async function upsertApplicationRule(db: Db, projectId: string, rule: NotificationRule, now: number) {
  const row = toRow(projectId, rule, now);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("notification_rules")
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(["project_id", "user_id", "audience", "application_id"])
          .doUpdateSet({ events: row.events, updated_at: now }),
      )
      .execute();
    await raiseVersion(trx);
  });
}

export async function deleteApplicationRule(
  db: Db,
  projectId: string,
  userId: string,
  applicationId: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom("notification_rules")
      .where("project_id", "=", projectId)
      .where("user_id", "=", userId)
      .where("audience", "=", "application")
      .where("application_id", "=", applicationId)
      .executeTakeFirst();
    await raiseVersion(trx);
    return Number(result.numDeletedRows) > 0;
  });
}
