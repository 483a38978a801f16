import { checkAttachmentRefs } from "../attachments/attachment.service.ts";
import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import { checkIncidentRules, createIncident } from "../incidents/incident.service.ts";
import type { CreateFieldNames, NewIncident } from "../incidents/incident.ts";
import type { IncidentTx } from "../incidents/incident-transaction.ts";
import { findAlarms, linkAlarm, resolveAlarm } from "./alarm.repository.ts";
import type { Alarm, AlarmListFilter } from "./alarm.ts";
import { latestWorkOrder } from "./alarm-handling.repository.ts";
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

/**
 * ShowAlarm: an alarm of another project answers exactly like a missing one. `handling` is its latest
 * HandlerAlarm work order (owner, task and status come from it).
 */
export async function showAlarm(deps: Deps, caller: Credential, alarmId: string) {
  const found = await findAlarmWithSource(deps.db, caller.projectId, alarmId);
  if (!found) throw alarmNotFound([alarmId]);
  const handling = await latestWorkOrder(deps.db, caller.projectId, found.alarm.rowId);
  return { ...found, handling: handling ?? null };
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

/** The named alarms of the caller's project, in the order named; all must exist. */
async function loadAlarms(deps: Deps, projectId: string, ids: string[]): Promise<Alarm[]> {
  const found = new Map((await findAlarms(deps.db, projectId, ids)).map((a) => [a.alarmId, a]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw alarmNotFound(missing);
  return ids.map((id) => found.get(id) as Alarm);
}

const MAX_ATTEMPTS = 10;

/** What ClearAlarm asks: which alarms, why, and when the fault recovered (default: now). */
export interface AlarmClearance {
  alarmIds: string[];
  remarks: string | null;
  recoveryTime: number | null;
}

/**
 * ClearAlarm: resolves the named alarms (all or none), recording the recovery time, the remarks and who
 * cleared them. Alarms already resolved stay as they are. `data` lists every named alarm.
 */
export async function clearAlarms(
  deps: Deps,
  caller: Credential,
  request: AlarmClearance,
): Promise<string[]> {
  const ids = request.alarmIds;
  const now = deps.clock.now();
  const recoveryTime = request.recoveryTime ?? now;
  const cleared: string[] = [];
  const queued = await deps.db.transaction().execute(async (trx) => {
    const found = new Set((await findAlarms(trx, caller.projectId, ids)).map((a) => a.alarmId));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw alarmNotFound(missing);
    for (const id of [...ids].sort()) {
      for (let attempt = 0; ; attempt++) {
        const [alarm] = await findAlarms(trx, caller.projectId, [id]);
        if (!alarm || alarm.status === "resolved") break;
        const resolution = { recoveryTime, remarks: request.remarks, clearedBy: caller.principal };
        if (await resolveAlarm(trx, alarm, resolution, now)) {
          cleared.push(id);
          break;
        }
        if (attempt >= MAX_ATTEMPTS) throw new Error(`alarm ${id} kept changing while being cleared`);
      }
    }
    return deps.webhookOutbox.writeAlarmEvents(trx, caller.projectId, { created: [], cleared }, now);
  });
  notifyAlarmsChanged(deps.db);
  if (queued) deps.webhookOutbox.notifyQueued();
  return ids;
}

/** The incident TransferAlarmToIncident creates: everything but what the alarms and the caller decide. */
export type AlarmIncident = Omit<NewIncident, "startTime" | "creator" | "source">;

/** TransferAlarmToIncident's request. */
export interface AlarmTransfer {
  alarmIds: string[];
  incident: AlarmIncident;
  /** source_id (default incident_source_alarm), checked like CreateCocIncident's incident_source. */
  source: string;
  /** attachment: doc ids, comma-separated; null for none. */
  attachment: string | null;
  isChangeEvent: boolean | null;
}

/** TransferAlarmToIncident's v2-style names, for error messages. */
const TRANSFER_FIELD_NAMES: CreateFieldNames = {
  level: "level_id",
  source: "source_id",
  type: "mtm_type",
  assignee: "assignee",
  assigneeScene: "assignee_scene",
  assigneeRole: "assignee_role",
};

/**
 * TransferAlarmToIncident: one incident (source source_id, default incident_source_alarm, created by the
 * caller's principal, start_time = the earliest episode start of the alarms) through the ordinary create
 * path, and the links to every named alarm in the same transaction: if any alarm got linked meanwhile,
 * nothing is kept. The attachments and is_change_event go into the incident's creation history.
 */
export async function transferAlarmsToIncident(
  deps: Deps,
  caller: Credential,
  request: AlarmTransfer,
): Promise<string[]> {
  const incident: NewIncident = {
    ...request.incident,
    source: request.source,
    creator: caller.principal,
    startTime: null,
  };
  // Checked before the alarms are looked at, with errors naming this body's (v2) fields.
  await checkIncidentRules(deps, caller.projectId, incident, TRANSFER_FIELD_NAMES);
  const attachmentIds =
    request.attachment === null
      ? []
      : await checkAttachmentRefs(deps, caller.projectId, request.attachment, "attachment");
  const alarms = await loadAlarms(deps, caller.projectId, request.alarmIds);
  const linked = alarms.find((a) => a.incidentNum !== null);
  if (linked) throw alreadyLinked(linked);
  const now = deps.clock.now();
  const startTime = Math.min(...alarms.map((a) => a.firstOccurTime));
  const alsoInTransaction = async (tx: IncidentTx, number: string) => {
    for (const alarm of [...alarms].sort((a, b) => (a.alarmId < b.alarmId ? -1 : 1))) {
      if (!(await linkAlarm(tx.trx, alarm, number, caller.principal, now))) {
        throw new AppError(
          "ALARM_ALREADY_LINKED",
          `alarm ${alarm.alarmId} was linked to another incident, or fired again, meanwhile; reload it and retry`,
        );
      }
    }
  };
  const incidentNum = await createIncident(
    deps,
    caller,
    { ...incident, startTime },
    {
      alsoInTransaction,
      fieldNames: TRANSFER_FIELD_NAMES,
      createdFacts: {
        ...(attachmentIds.length ? { attachment_ids: attachmentIds } : {}),
        ...(request.isChangeEvent === null ? {} : { is_change_event: request.isChangeEvent }),
      },
    },
  );
  return [incidentNum];
}
