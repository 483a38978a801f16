import { sql } from "kysely";
import type { Executor } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import { END_NODES, isEndNode } from "../workflow/workflow.ts";
import type { TransferRuleTable } from "./transfer-rule.table.ts";
import type { RuleIncident, RuleMatch, TransferRule } from "./transfer-rule.ts";

function toTransferRule(row: TransferRuleTable): TransferRule {
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    position: Number(row.position),
    enabled: Number(row.enabled) === 1,
    match: JSON.parse(row.match) as RuleMatch,
    incident: JSON.parse(row.incident) as RuleIncident,
    groupKey: row.group_key,
    autoSolve: Number(row.auto_solve) === 1,
    createTime: Number(row.create_time),
    updateTime: Number(row.update_time),
  };
}

function toRow(rule: TransferRule): TransferRuleTable {
  return {
    id: rule.id,
    project_id: rule.projectId,
    name: rule.name,
    position: rule.position,
    enabled: rule.enabled ? 1 : 0,
    match: JSON.stringify(rule.match),
    incident: JSON.stringify(rule.incident),
    group_key: rule.groupKey,
    auto_solve: rule.autoSolve ? 1 : 0,
    create_time: rule.createTime,
    update_time: rule.updateTime,
  };
}

/** The project's rules in evaluation order (ties, which concurrent admin writes can leave, by age). */
export async function listRules(db: Executor, projectId: string): Promise<TransferRule[]> {
  const rows = await db
    .selectFrom("transfer_rules")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("position")
    .orderBy("create_time")
    .orderBy("id")
    .execute();
  return rows.map(toTransferRule);
}

export async function findRule(db: Executor, projectId: string, id: string) {
  const row = await db
    .selectFrom("transfer_rules")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toTransferRule(row) : undefined;
}

export async function insertRule(db: Executor, rule: TransferRule): Promise<void> {
  await db.insertInto("transfer_rules").values(toRow(rule)).execute();
}

export async function replaceRule(db: Executor, rule: TransferRule): Promise<boolean> {
  const { id, project_id, create_time: _created, ...columns } = toRow(rule);
  const result = await db
    .updateTable("transfer_rules")
    .set(columns)
    .where("project_id", "=", project_id)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setRulePosition(db: Executor, projectId: string, id: string, position: number) {
  await db
    .updateTable("transfer_rules")
    .set({ position })
    .where("project_id", "=", projectId)
    .where("id", "=", id)
    .execute();
}

/** Deletes the rule and its group pointers (the incidents it made stay, as do their histories). */
export async function deleteRule(db: Executor, projectId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("transfer_rules")
    .where("project_id", "=", projectId)
    .where("id", "=", id)
    .executeTakeFirst();
  await db
    .deleteFrom("transfer_groups")
    .where("project_id", "=", projectId)
    .where("rule_id", "=", id)
    .execute();
  return Number(result.numDeletedRows) === 1;
}

/** The group's incident if it is still open (at no end node of the workflow). */
export async function findOpenGroupIncident(
  db: Executor,
  projectId: string,
  ruleId: string,
  groupKey: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("transfer_groups as g")
    .innerJoin("incidents as i", "i.incident_num", "g.incident_num")
    .select("g.incident_num")
    .where("g.project_id", "=", projectId)
    .where("g.rule_id", "=", ruleId)
    .where("g.group_key", "=", groupKey)
    .where("i.node", "not in", END_NODES)
    .executeTakeFirst();
  return row?.incident_num;
}

/** Open incidents of some of the project's groups, keyed by groupId(rule, key); one statement. */
export async function findOpenGroupIncidents(
  db: Executor,
  projectId: string,
  groups: { ruleId: string; groupKey: string }[],
): Promise<Map<string, string>> {
  const open = new Map<string, string>();
  if (groups.length === 0) return open;
  const { inList } = sqlCapabilitiesOf(db);
  // Rules × keys is a superset of the pairs asked; both lists ride the primary key's index.
  const rows = await db
    .selectFrom("transfer_groups as g")
    .innerJoin("incidents as i", "i.incident_num", "g.incident_num")
    .select(["g.rule_id", "g.group_key", "g.incident_num"])
    .where("g.project_id", "=", projectId)
    .where(inList(sql.ref("g.rule_id"), [...new Set(groups.map((g) => g.ruleId))]))
    .where(inList(sql.ref("g.group_key"), [...new Set(groups.map((g) => g.groupKey))]))
    .where("i.node", "not in", END_NODES)
    .execute();
  for (const row of rows) open.set(groupId(row.rule_id, row.group_key), row.incident_num);
  return open;
}

/** A group's identity within a project, as a map key. */
export const groupId = (ruleId: string, groupKey: string) => `${ruleId}\u0000${groupKey}`;

/**
 * Makes `incidentNum` the group's incident if the group has none yet (true). The insert serialises
 * concurrent first alarms of one group: the second waits for the first's commit and inserts nothing.
 */
export async function insertGroup(
  trx: Executor,
  group: { projectId: string; ruleId: string; groupKey: string },
  incidentNum: string,
  now: number,
): Promise<boolean> {
  const inserted = await trx
    .insertInto("transfer_groups")
    .values({
      project_id: group.projectId,
      rule_id: group.ruleId,
      group_key: group.groupKey,
      incident_num: incidentNum,
      update_time: now,
    })
    .onConflict((oc) => oc.columns(["project_id", "rule_id", "group_key"]).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * For a group that has a row: makes `incidentNum` its incident if the current one has closed (true), not
 * if it is still open (false). The locked read serialises concurrent alarms of the group.
 */
export async function takeOverClosedGroup(
  trx: Executor,
  group: { projectId: string; ruleId: string; groupKey: string },
  incidentNum: string,
  now: number,
): Promise<boolean> {
  const select = trx
    .selectFrom("transfer_groups")
    .select("incident_num")
    .where("project_id", "=", group.projectId)
    .where("rule_id", "=", group.ruleId)
    .where("group_key", "=", group.groupKey);
  const current = await sqlCapabilitiesOf(trx).lockForUpdate(select).executeTakeFirstOrThrow();
  const incident = await trx
    .selectFrom("incidents")
    .select("node")
    .where("incident_num", "=", current.incident_num)
    .executeTakeFirst();
  if (incident && !isEndNode(incident.node)) return false;
  await trx
    .updateTable("transfer_groups")
    .set({ incident_num: incidentNum, update_time: now })
    .where("project_id", "=", group.projectId)
    .where("rule_id", "=", group.ruleId)
    .where("group_key", "=", group.groupKey)
    .execute();
  return true;
}

export async function insertRuleIncident(
  trx: Executor,
  row: { incidentNum: string; projectId: string; ruleId: string; groupKey: string; now: number },
) {
  await trx
    .insertInto("transfer_incidents")
    .values({
      incident_num: row.incidentNum,
      project_id: row.projectId,
      rule_id: row.ruleId,
      group_key: row.groupKey,
      all_recovered: 0,
      solve_pending: 0,
      create_time: row.now,
    })
    .execute();
}

export async function findRuleIncident(db: Executor, projectId: string, incidentNum: string) {
  const row = await db
    .selectFrom("transfer_incidents")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("incident_num", "=", incidentNum)
    .executeTakeFirst();
  return row
    ? { ruleId: row.rule_id, groupKey: row.group_key, solvePending: Number(row.solve_pending) === 1 }
    : undefined;
}

/** A newly linked alarm fires: the next time all have recovered is worth a new entry. */
export async function markFiring(trx: Executor, incidentNum: string): Promise<void> {
  await trx
    .updateTable("transfer_incidents")
    .set({ all_recovered: 0 })
    .where("incident_num", "=", incidentNum)
    .execute();
}

/** True for the one caller that moves the incident to "all recovered" (guarded, so written once). */
export async function markAllRecovered(trx: Executor, incidentNum: string, solve: boolean): Promise<boolean> {
  const result = await trx
    .updateTable("transfer_incidents")
    .set({ all_recovered: 1, solve_pending: solve ? 1 : 0 })
    .where("incident_num", "=", incidentNum)
    .where("all_recovered", "=", 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function clearSolvePending(db: Executor, incidentNum: string): Promise<void> {
  await db
    .updateTable("transfer_incidents")
    .set({ solve_pending: 0 })
    .where("incident_num", "=", incidentNum)
    .execute();
}

/** Alarms whose current episode is linked to the incident and still firing. */
export async function countFiringLinkedAlarms(db: Executor, projectId: string, incidentNum: string) {
  const row = await db
    .selectFrom("alarms")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("project_id", "=", projectId)
    .where("incident_num", "=", incidentNum)
    .where("status", "=", "alarming")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Locks the alarm row (PostgreSQL; SQLite's writers are serialised) and returns its revision, so a
 * transaction can check that the alarm is still in the state its rules were evaluated against.
 */
export async function lockAlarmRevision(trx: Executor, rowId: string): Promise<number | undefined> {
  const select = trx.selectFrom("alarms").select("revision").where("id", "=", rowId);
  const row = await sqlCapabilitiesOf(trx).lockForUpdate(select).executeTakeFirst();
  return row ? Number(row.revision) : undefined;
}
