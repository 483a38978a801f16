import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import { checkIncidentType, createIncident } from "../incidents/incident.service.ts";
import { checkLevel } from "../incidents/incident.ts";
import { toBool, toEpochMs } from "../lenient-values.ts";
import { findAlarms, linkAlarm, resolveAlarm } from "./alarm.repository.ts";
import type { ClearAlarmsBody, TransferAlarmsBody } from "./alarm.schemas.ts";
import { type Alarm, type AlarmListFilter, parseAlarmIds } from "./alarm.ts";
import {
  type AlarmWithSource,
  countAlarms,
  findAlarmWithSource,
  listAlarmPage,
} from "./alarm-list.repository.ts";
import { notifyAlarmsChanged } from "./alarm-signal.ts";

export function alarmNotFound(alarmIds: string[]): AppError {
  return new AppError("ALARM_NOT_FOUND", `alarm not found: ${alarmIds.join(", ")}`);
}

function alreadyLinked(alarm: Alarm): AppError {
  return new AppError(
    "ALARM_ALREADY_LINKED",
    `alarm ${alarm.alarmId} is already linked to incident ${alarm.incidentNum}`,
  );
}

/** ShowAlarm: an alarm of another project answers exactly like a missing one. */
export async function showAlarm(deps: Deps, caller: Credential, alarmId: string) {
  const found = await findAlarmWithSource(deps.db, caller.projectId, alarmId);
  if (!found) throw alarmNotFound([alarmId]);
  return found;
}

/**
 * A page of the project's alarms matching the filter, the latest change first, and how many match in all.
 * Pages are counted afresh on each request: an alarm that changes between two page requests moves to the
 * front (docs/alarms.md).
 */
export async function listAlarms(
  deps: Deps,
  projectId: string,
  filter: AlarmListFilter,
  paging: { page: number; perPage: number },
): Promise<{ total: number; alarms: AlarmWithSource[] }> {
  if (filter.since !== undefined && filter.until !== undefined && filter.until <= filter.since)
    throw invalidParameter("until", "must be later than since");
  const page = { limit: paging.perPage, offset: (paging.page - 1) * paging.perPage };
  const [total, alarms] = await Promise.all([
    countAlarms(deps.db, projectId, filter),
    listAlarmPage(deps.db, projectId, filter, page),
  ]);
  return { total, alarms };
}

function alarmIdsOf(raw: string): string[] {
  const { ids, problem } = parseAlarmIds(raw);
  if (problem) throw invalidParameter("alarm_ids", problem);
  return ids;
}

/** The named alarms of the caller's project, in the order named; all must exist. */
async function loadAlarms(deps: Deps, projectId: string, ids: string[]): Promise<Alarm[]> {
  const found = new Map((await findAlarms(deps.db, projectId, ids)).map((a) => [a.alarmId, a]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw alarmNotFound(missing);
  return ids.map((id) => found.get(id) as Alarm);
}

const MAX_ATTEMPTS = 10;

/**
 * ClearAlarm: resolves the named alarms (all or none), recording the recovery time, the remarks and who
 * cleared them. Alarms already resolved stay as they are. `data` lists every named alarm.
 */
export async function clearAlarms(deps: Deps, caller: Credential, body: ClearAlarmsBody): Promise<string[]> {
  const ids = alarmIdsOf(body.alarm_ids);
  const now = deps.clock.now();
  const recoveryTime = toEpochMs(body.fault_recovery_time) ?? now;
  await deps.db.transaction().execute(async (trx) => {
    const found = new Set((await findAlarms(trx, caller.projectId, ids)).map((a) => a.alarmId));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw alarmNotFound(missing);
    for (const id of [...ids].sort()) {
      for (let attempt = 0; ; attempt++) {
        const [alarm] = await findAlarms(trx, caller.projectId, [id]);
        if (!alarm || alarm.status === "resolved") break;
        const resolution = { recoveryTime, remarks: body.remarks ?? null, clearedBy: caller.principal };
        if (await resolveAlarm(trx, alarm, resolution, now)) break;
        if (attempt >= MAX_ATTEMPTS) throw new Error(`alarm ${id} kept changing while being cleared`);
      }
    }
  });
  notifyAlarmsChanged(deps.db);
  return ids;
}

const blankToNull = (value: string | null | undefined) =>
  value === undefined || value === null || value === "" ? null : value;

/** The create-time rules, checked here so that errors name this body's (v2) fields. */
async function checkIncidentFields(deps: Deps, projectId: string, body: TransferAlarmsBody) {
  checkLevel(body.level_id, "level_id");
  await checkIncidentType(deps, projectId, body.mtm_type, "mtm_type");
  const scene = blankToNull(body.assignee_scene);
  const role = blankToNull(body.assignee_role);
  if (scene && !role) throw invalidParameter("assignee_role", "is required when assignee_scene is given");
  if (role && !scene) throw invalidParameter("assignee_scene", "is required when assignee_role is given");
  if (!blankToNull(body.assignee) && !scene)
    throw invalidParameter("assignee", "is required unless assignee_scene and assignee_role are both given");
}

/**
 * TransferAlarmToIncident: one incident (source incident_source_alarm, created by the caller's principal,
 * start_time = the earliest episode start of the alarms) through the ordinary create path, and the links
 * to every named alarm in the same transaction: if any alarm got linked meanwhile, nothing is kept.
 */
export async function transferAlarmsToIncident(
  deps: Deps,
  caller: Credential,
  body: TransferAlarmsBody,
): Promise<string[]> {
  const ids = alarmIdsOf(body.alarm_ids);
  await checkIncidentFields(deps, caller.projectId, body);
  const alarms = await loadAlarms(deps, caller.projectId, ids);
  const linked = alarms.find((a) => a.incidentNum !== null);
  if (linked) throw alreadyLinked(linked);
  const now = deps.clock.now();
  const incidentNum = await createIncident(
    deps,
    caller,
    {
      region: blankToNull(body.mtm_region),
      enterpriseProject: blankToNull(body.enterprise_project_id),
      currentCloudService: body.current_cloud_service_id,
      level: body.level_id,
      isServiceInterrupt: toBool(body.is_service_interrupt),
      type: body.mtm_type,
      title: body.title,
      description: body.description ?? null,
      source: "incident_source_alarm",
      ownership: null,
      assignee: blankToNull(body.assignee),
      assigneeScene: blankToNull(body.assignee_scene),
      assigneeRole: blankToNull(body.assignee_role),
      creator: caller.principal,
      startTime: Math.min(...alarms.map((a) => a.firstOccurTime)),
    },
    async (tx, number) => {
      for (const alarm of [...alarms].sort((a, b) => (a.alarmId < b.alarmId ? -1 : 1))) {
        if (!(await linkAlarm(tx.trx, alarm, number, caller.principal, now))) {
          throw new AppError(
            "ALARM_ALREADY_LINKED",
            `alarm ${alarm.alarmId} was linked to another incident, or fired again, meanwhile; reload it and retry`,
          );
        }
      }
    },
  );
  return [incidentNum];
}
