import { randomUUID } from "node:crypto";
import type { Executor } from "../db/prepared.ts";
import { AppError } from "../errors.ts";
import {
  findIncident,
  insertHistory,
  nextSequence,
  updateIncidentIfVersion,
} from "../incidents/incident.repository.ts";
import type { Incident } from "../incidents/incident.ts";
import type { NumberSuffixes } from "../incidents/incident-number.ts";
import { insertWarRoom } from "./warroom.repository.ts";
import { formatWarRoomNumber, STATUS_STARTED, WARROOM_COUNTER, type WarRoom } from "./warroom.ts";

/** How a WarRoom change appears in the incident's history. */
export const WARROOM_ACTIONS = {
  start: { key: "startWarRoom", name_zh: "启动WarRoom", name_en: "Start WarRoom" },
  close: { key: "closeWarRoom", name_zh: "关闭WarRoom", name_en: "Close WarRoom" },
  status: { key: "changeWarRoomStatus", name_zh: "更新WarRoom状态", name_en: "Change WarRoom status" },
} as const;

// A concurrent workflow action can move the incident's version between our read and our write; in the
// same transaction the next read sees it, so retrying a few times applies both changes.
const ATTEMPTS = 5;

export interface IncidentEvent {
  projectId: string;
  incidentNum: string;
  action: (typeof WARROOM_ACTIONS)[keyof typeof WARROOM_ACTIONS];
  operator: string;
  now: number;
  details: Record<string, unknown>;
  /** Throws when the change no longer applies to the incident as it now is. */
  check?: (incident: Incident) => void;
  changes?: Partial<Pick<Incident, "warroomId">>;
}

/**
 * Applies a WarRoom change to its incident through the incident's versioned update, and appends it to the
 * incident's history (whose sequence number is the new version, as for workflow actions).
 */
export async function recordOnIncident(trx: Executor, event: IncidentEvent): Promise<Incident> {
  for (let attempt = 1; ; attempt++) {
    const incident = await findIncident(trx, event.projectId, event.incidentNum);
    if (!incident) throw new AppError("INCIDENT_NOT_FOUND", `incident not found: ${event.incidentNum}`);
    event.check?.(incident);
    const updated: Incident = {
      ...incident,
      ...event.changes,
      version: incident.version + 1,
      updateTime: event.now,
    };
    if (await updateIncidentIfVersion(trx, updated, incident.version)) {
      await insertHistory(trx, {
        id: randomUUID(),
        project_id: event.projectId,
        incident_num: event.incidentNum,
        seq: updated.version,
        action: event.action.key,
        action_name_zh: event.action.name_zh,
        action_name_en: event.action.name_en,
        operator: event.operator,
        status_before: incident.status,
        status_after: incident.status,
        comment: null,
        details: JSON.stringify(event.details),
        create_time: event.now,
      });
      return updated;
    }
    if (attempt >= ATTEMPTS) {
      throw new AppError(
        "INCIDENT_CHANGED",
        `incident ${event.incidentNum} was changed by another request; reload it and retry`,
      );
    }
  }
}

/** The caller-chosen part of a new WarRoom. */
export type WarRoomFields = Pick<
  WarRoom,
  | "title"
  | "description"
  | "admin"
  | "enterpriseProjectId"
  | "regions"
  | "applications"
  | "scheduleGroup"
  | "participants"
  | "notificationType"
  | "notificationModes"
>;

export interface StartRequest {
  projectId: string;
  incidentNum: string;
  fields: WarRoomFields;
  operator: string;
  credentialId: string;
  autoStarted: boolean;
  now: number;
  /** Deps' numberSuffixes: WarRoom numbers are keyed like incident numbers. */
  numberSuffixes: NumberSuffixes;
}

/**
 * Numbers and stores a WarRoom and links it to its incident (warroom_id), in the caller's transaction.
 * One WarRoom per incident: the versioned update of the incident serialises concurrent starts.
 */
export async function startWarRoom(trx: Executor, request: StartRequest): Promise<WarRoom> {
  const number = formatWarRoomNumber(
    request.now,
    await nextSequence(trx, WARROOM_COUNTER),
    request.numberSuffixes,
  );
  const incident = await recordOnIncident(trx, {
    projectId: request.projectId,
    incidentNum: request.incidentNum,
    action: WARROOM_ACTIONS.start,
    operator: request.operator,
    now: request.now,
    details: { war_room_num: number, auto_started: request.autoStarted, credential_id: request.credentialId },
    check: (current) => {
      if (current.warroomId) {
        throw new AppError(
          "WARROOM_ALREADY_EXISTS",
          `incident ${current.number} already has WarRoom ${current.warroomId}; list it with war_room_nums`,
        );
      }
    },
    changes: { warroomId: number },
  });
  const room: WarRoom = {
    ...request.fields,
    number,
    projectId: request.projectId,
    incidentNum: request.incidentNum,
    circularLevel: incident.level,
    status: STATUS_STARTED,
    autoStarted: request.autoStarted,
    creator: request.operator,
    recoverTime: null,
    closeTime: null,
    createTime: request.now,
    updateTime: request.now,
  };
  await insertWarRoom(trx, room);
  return room;
}
