import { type ExpressionBuilder, sql } from "kysely";
import { linkAlarm } from "../alarms/alarm.repository.ts";
import type { Alarm } from "../alarms/alarm.ts";
import { settleAlarmRules } from "../alarms/alarm-rules.repository.ts";
import type { Database } from "../db/database.ts";
import { type Executor, prepared } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import {
  insertGroup,
  insertRuleIncident,
  lockAlarmRevision,
  takeOverClosedGroup,
} from "./transfer-rule.repository.ts";

/**
 * The writes that link a firing alarm to its group's incident, in that incident's transaction. Both forms
 * do the same: check that the alarm is still at the evaluated revision, unlinked, in the same episode
 * (locking its row), link it (its row and `alarm_incidents`), and settle the owner's claim at the revision
 * the link makes. PostgreSQL sends them as one statement (a chain of data-modifying `WITH`s), SQLite one
 * by one (sql-capabilities.ts, chainedWrites).
 */
export interface RuleLink {
  alarm: Alarm;
  incidentNum: string;
  /** The processor whose claim is settled (another owner's claim is left alone, as settleAlarmRules does). */
  owner: string;
  linkedBy: string;
  now: number;
}

export interface RuleGroup {
  projectId: string;
  ruleId: string;
  groupKey: string;
}

/** What a link to a new incident found: the alarm moved on ("stale"), the group has an open incident ("taken"). */
export type NewIncidentLink = "linked" | "stale" | "taken";

type Alarms = ExpressionBuilder<Database, "alarms">;

/** The alarm row's side of a link: the guarded update, and the claim settled when it is `owner`'s. */
function linkedAlarmColumns(eb: Alarms, incidentNum: string, owner: string, now: number) {
  const mine = eb("rules_claimed_by", "=", owner);
  return {
    incident_num: incidentNum,
    revision: eb("revision", "+", 1),
    update_time: now,
    rules_pending_since: eb
      .case()
      .when(mine)
      .then(sql<number | null>`null`)
      .else(eb.fn.coalesce("rules_pending_since", eb.val(now)))
      .end(),
    rules_claimed_by: eb
      .case()
      .when(mine)
      .then(sql<string | null>`null`)
      .else(eb.ref("rules_claimed_by"))
      .end(),
    rules_claimed_until: eb
      .case()
      .when(mine)
      .then(sql<number | null>`null`)
      .else(eb.ref("rules_claimed_until"))
      .end(),
  };
}

/** One alarm's link as the chained statements' parameters name it. */
export interface ChainedLink {
  rowId: string;
  revision: number;
  episode: number;
  incidentNum: string;
  owner: string;
  now: number;
  linkedBy: string;
  projectId: string;
}

/**
 * The first two links of both chained statements: "a" updates the alarm row if it is still at `revision`,
 * in `episode` and unlinked (answering it, or nothing), "ai" records the link in `alarm_incidents`.
 */
export function withAlarmLinked(db: Executor, link: ChainedLink) {
  const { rowId, revision, episode, incidentNum, owner, now, linkedBy, projectId } = link;
  return db
    .with("a", (q) =>
      q
        .updateTable("alarms")
        .set((eb) => linkedAlarmColumns(eb, incidentNum, owner, now))
        .where("id", "=", rowId)
        .where("revision", "=", revision)
        .where("episode", "=", episode)
        .where("incident_num", "is", null)
        .returning(["id", "episode"]),
    )
    .with("ai", (q) =>
      q
        .insertInto("alarm_incidents")
        .columns(["alarm_row_id", "incident_num", "project_id", "episode", "linked_by", "create_time"])
        .expression((eb) =>
          eb
            .selectFrom("a")
            .select((s) => [
              "a.id",
              s.val(incidentNum).as("incident_num"),
              s.val(projectId).as("project_id"),
              "a.episode",
              s.val(linkedBy).as("linked_by"),
              s.val(now).as("create_time"),
            ]),
        )
        .onConflict((oc) => oc.columns(["alarm_row_id", "incident_num"]).doNothing())
        .returning("alarm_row_id"),
    );
}

const chainNewIncidentLink = prepared(
  10,
  (
    db,
    rowId: string,
    revision: number,
    episode: number,
    incidentNum: string,
    owner: string,
    now: number,
    linkedBy: string,
    projectId: string,
    ruleId: string,
    groupKey: string,
  ) =>
    withAlarmLinked(db, { rowId, revision, episode, incidentNum, owner, now, linkedBy, projectId })
      .with("g", (q) =>
        q
          .insertInto("transfer_groups")
          .columns(["project_id", "rule_id", "group_key", "incident_num", "update_time"])
          .expression((eb) =>
            eb
              .selectFrom("a")
              .select((s) => [
                s.val(projectId).as("project_id"),
                s.val(ruleId).as("rule_id"),
                s.val(groupKey).as("group_key"),
                s.val(incidentNum).as("incident_num"),
                s.val(now).as("update_time"),
              ]),
          )
          .onConflict((oc) => oc.columns(["project_id", "rule_id", "group_key"]).doNothing())
          .returning("incident_num"),
      )
      .with("ti", (q) =>
        q
          .insertInto("transfer_incidents")
          .columns([
            "incident_num",
            "project_id",
            "rule_id",
            "group_key",
            "all_recovered",
            "solve_pending",
            "create_time",
          ])
          .expression((eb) =>
            eb
              .selectFrom("g")
              .select((s) => [
                "g.incident_num",
                s.val(projectId).as("project_id"),
                s.val(ruleId).as("rule_id"),
                s.val(groupKey).as("group_key"),
                sql<number>`0`.as("all_recovered"),
                sql<number>`0`.as("solve_pending"),
                s.val(now).as("create_time"),
              ]),
          )
          .returning("incident_num"),
      )
      .selectNoFrom((eb) => [
        eb
          .selectFrom("a")
          .select((s) => s.fn.countAll<string | number>().as("n"))
          .as("linked"),
        eb
          .selectFrom("g")
          .select((s) => s.fn.countAll<string | number>().as("n"))
          .as("grouped"),
      ]),
);

/**
 * Links the alarm to the new incident of its group, making that incident the group's and one the rule
 * tracks (`transfer_incidents`). "taken": the group still has an open incident (another alarm of it got
 * there first), "stale": the alarm changed; both leave the transaction to be rolled back.
 */
export async function linkToNewIncident(
  trx: Executor,
  link: RuleLink,
  group: RuleGroup,
): Promise<NewIncidentLink> {
  const { alarm, incidentNum, owner, now } = link;
  const settled = {
    rowId: alarm.rowId,
    projectId: alarm.projectId,
    alarmId: alarm.alarmId,
    revision: alarm.revision + 1,
  };
  const rule = { ...group, incidentNum, now };
  if (sqlCapabilitiesOf(trx).chainedWrites) {
    const [row] = await chainNewIncidentLink(
      trx,
      alarm.rowId,
      alarm.revision,
      alarm.episode,
      incidentNum,
      owner,
      now,
      link.linkedBy,
      group.projectId,
      group.ruleId,
      group.groupKey,
    );
    if (Number(row?.linked ?? 0) !== 1) return "stale";
    if (Number(row?.grouped ?? 0) === 1) return "linked";
    // The group has a row: its incident may have closed, and then this one takes its place.
    if (!(await takeOverClosedGroup(trx, group, incidentNum, now))) return "taken";
    await insertRuleIncident(trx, rule);
    return "linked";
  }
  if ((await lockAlarmRevision(trx, alarm.rowId)) !== alarm.revision) return "stale";
  if (
    !(await insertGroup(trx, group, incidentNum, now)) &&
    !(await takeOverClosedGroup(trx, group, incidentNum, now))
  )
    return "taken";
  await insertRuleIncident(trx, rule);
  if (!(await linkAlarm(trx, alarm, incidentNum, link.linkedBy, now))) return "stale";
  await settleAlarmRules(trx, owner, settled);
  return "linked";
}
