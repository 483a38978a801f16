import type { ExpressionBuilder, Transaction } from "kysely";
import type { Database, Db } from "../db/database.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { AlarmTable } from "./alarm.table.ts";
import type { Alarm, AlarmLevel, AlarmReport, AlarmStatus } from "./alarm.ts";

export type Executor = Db | Transaction<Database>;

const toNumberOrNull = (value: number | string | null): number | null =>
  value === null ? null : Number(value);

export function toAlarm(row: AlarmTable): Alarm {
  return {
    rowId: row.id,
    projectId: row.project_id,
    alarmId: row.alarm_id,
    integrationId: row.integration_id,
    kind: row.kind,
    name: row.name,
    level: row.level as AlarmLevel,
    status: row.status as AlarmStatus,
    description: row.description,
    nameSpace: row.name_space,
    regionId: row.region_id,
    applicationId: row.application_id,
    resourceName: row.resource_name,
    resourceId: row.resource_id,
    url: row.url,
    alarmSource: row.alarm_source,
    additional: row.additional === null ? null : (JSON.parse(row.additional) as Record<string, unknown>),
    firstOccurTime: Number(row.first_occur_time),
    lastOccurTime: Number(row.last_occur_time),
    recoveryTime: toNumberOrNull(row.recovery_time),
    convergeCount: Number(row.converge_count),
    episode: Number(row.episode),
    incidentNum: row.incident_num,
    remarks: row.remarks,
    clearedBy: row.cleared_by,
    createTime: Number(row.create_time),
    updateTime: Number(row.update_time),
    revision: Number(row.revision),
    rulesPendingSince: toNumberOrNull(row.rules_pending_since),
  };
}

/** The columns a report describes; a newer report replaces them. */
function reportedColumns(report: AlarmReport) {
  return {
    name: report.name,
    level: report.level,
    description: report.description,
    name_space: report.nameSpace,
    region_id: report.regionId,
    application_id: report.applicationId,
    resource_name: report.resourceName,
    resource_id: report.resourceId,
    url: report.url,
    alarm_source: report.alarmSource,
    additional: report.additional === null ? null : JSON.stringify(report.additional),
  };
}

/** Every change bumps the revision and leaves the alarm pending for the transfer-rules processor. */
function changed(eb: ExpressionBuilder<Database, "alarms">, now: number) {
  return {
    revision: eb("revision", "+", 1),
    update_time: now,
    rules_pending_since: eb.fn.coalesce("rules_pending_since", eb.val(now)),
  };
}

export interface NewAlarm {
  rowId: string;
  projectId: string;
  integrationId: string;
  kind: string;
  report: AlarmReport;
  now: number;
}

function newAlarmRow(alarm: NewAlarm): AlarmTable {
  const { report, now } = alarm;
  return {
    id: alarm.rowId,
    project_id: alarm.projectId,
    alarm_id: report.alarmId,
    integration_id: alarm.integrationId,
    kind: alarm.kind,
    ...reportedColumns(report),
    status: "alarming",
    first_occur_time: report.time,
    last_occur_time: now,
    recovery_time: null,
    converge_count: 1,
    episode: 1,
    incident_num: null,
    remarks: null,
    cleared_by: null,
    create_time: now,
    update_time: now,
    revision: 1,
    rules_pending_since: now,
    rules_claimed_by: null,
    rules_claimed_until: null,
  };
}

/** Stores a first report; false when the project already has an alarm with that id. */
export async function insertAlarmIfAbsent(db: Executor, alarm: NewAlarm): Promise<boolean> {
  const result = await db
    .insertInto("alarms")
    .values(newAlarmRow(alarm))
    .onConflict((oc) => oc.columns(["project_id", "alarm_id"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * A firing report's alarm: stored as new ("created") when the project has none with its id, else the
 * existing one, or undefined when another transaction stored it meanwhile and it is not visible yet (look
 * again). PostgreSQL answers both in one statement (the insert, and the existing row where the insert
 * found one); SQLite reads first and inserts if absent.
 */
export async function findOrInsertAlarm(
  db: Executor,
  alarm: NewAlarm,
): Promise<"created" | Alarm | undefined> {
  const { projectId, report } = alarm;
  if (!sqlCapabilitiesOf(db).chainedWrites) {
    const found = await findAlarm(db, projectId, report.alarmId);
    if (found) return found;
    return (await insertAlarmIfAbsent(db, alarm)) ? "created" : undefined;
  }
  // The WITH's insert and the SELECT see the same snapshot: the row comes from one or the other.
  const row = await db
    .with("ins", (q) =>
      q
        .insertInto("alarms")
        .values(newAlarmRow(alarm))
        .onConflict((oc) => oc.columns(["project_id", "alarm_id"]).doNothing())
        .returningAll(),
    )
    .selectFrom("ins")
    .selectAll()
    .unionAll((eb) =>
      eb
        .selectFrom("alarms")
        .selectAll()
        .where("project_id", "=", projectId)
        .where("alarm_id", "=", report.alarmId),
    )
    .executeTakeFirst();
  if (!row) return undefined;
  return row.id === alarm.rowId ? "created" : toAlarm(row);
}

export async function findAlarm(
  db: Executor,
  projectId: string,
  alarmId: string,
): Promise<Alarm | undefined> {
  const row = await db
    .selectFrom("alarms")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("alarm_id", "=", alarmId)
    .executeTakeFirst();
  return row ? toAlarm(row) : undefined;
}

export async function findAlarms(db: Executor, projectId: string, alarmIds: string[]): Promise<Alarm[]> {
  if (alarmIds.length === 0) return [];
  const rows = await db
    .selectFrom("alarms")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("alarm_id", "in", alarmIds)
    .execute();
  return rows.map(toAlarm);
}

/** A repeat while firing. Guarded by the status only: concurrent repeats all count (the SQL adds). */
export async function convergeAlarm(db: Executor, alarm: Alarm, report: AlarmReport, now: number) {
  const result = await db
    .updateTable("alarms")
    .set((eb) => ({
      ...reportedColumns(report),
      converge_count: eb("converge_count", "+", 1),
      last_occur_time: now,
      ...changed(eb, now),
    }))
    .where("id", "=", alarm.rowId)
    .where("status", "=", "alarming")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A new firing episode after a recovery; guarded by the revision that was read. */
export async function reopenAlarm(db: Executor, alarm: Alarm, report: AlarmReport, now: number) {
  const result = await db
    .updateTable("alarms")
    .set((eb) => ({
      ...reportedColumns(report),
      status: "alarming",
      episode: alarm.episode + 1,
      converge_count: 1,
      first_occur_time: report.time,
      last_occur_time: now,
      recovery_time: null,
      incident_num: null,
      remarks: null,
      cleared_by: null,
      ...changed(eb, now),
    }))
    .where("id", "=", alarm.rowId)
    .where("revision", "=", alarm.revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface Resolution {
  recoveryTime: number;
  remarks?: string | null;
  clearedBy?: string | null;
}

/** Recovery (reported, or cleared by a user); guarded by the revision that was read. */
export async function resolveAlarm(db: Executor, alarm: Alarm, resolution: Resolution, now: number) {
  const result = await db
    .updateTable("alarms")
    .set((eb) => ({
      status: "resolved",
      recovery_time: resolution.recoveryTime,
      ...(resolution.remarks !== undefined ? { remarks: resolution.remarks } : {}),
      ...(resolution.clearedBy !== undefined ? { cleared_by: resolution.clearedBy } : {}),
      ...changed(eb, now),
    }))
    .where("id", "=", alarm.rowId)
    .where("revision", "=", alarm.revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Links the alarm's current episode to an incident, unless something linked it meanwhile (false).
 * The link table keeps every link; the alarm row shows the current episode's.
 */
export async function linkAlarm(
  db: Executor,
  alarm: Alarm,
  incidentNum: string,
  linkedBy: string,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable("alarms")
    .set((eb) => ({ incident_num: incidentNum, ...changed(eb, now) }))
    .where("id", "=", alarm.rowId)
    .where("episode", "=", alarm.episode)
    .where("incident_num", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await db
    .insertInto("alarm_incidents")
    .values({
      alarm_row_id: alarm.rowId,
      incident_num: incidentNum,
      project_id: alarm.projectId,
      episode: alarm.episode,
      linked_by: linkedBy,
      create_time: now,
    })
    // A later episode linked to the same incident (transfer rules group an alarm with its earlier
    // episodes) keeps the first episode's row; the incident's history records each link.
    .onConflict((oc) => oc.columns(["alarm_row_id", "incident_num"]).doNothing())
    .execute();
  return true;
}

/** When the incident's alarms started (the earliest first occurrence) and recovered (the latest recovery). */
export async function linkedAlarmTimes(
  db: Executor,
  projectId: string,
  incidentNum: string,
): Promise<{ started: number | null; recovered: number | null }> {
  const row = await db
    .selectFrom("alarms")
    .select((eb) => [eb.fn.max("recovery_time").as("recovered"), eb.fn.min("first_occur_time").as("started")])
    .where("project_id", "=", projectId)
    .where("incident_num", "=", incidentNum)
    .executeTakeFirst();
  const toTime = (value: unknown) => (value == null ? null : Number(value));
  return { started: toTime(row?.started), recovered: toTime(row?.recovered) };
}
