import { AppError } from "../errors.ts";
import { formatNumber, type NumberSuffixes } from "../incidents/incident-number.ts";

/** A WarRoom as the domain sees it (one row of `warrooms`). */
export interface WarRoom {
  number: string;
  projectId: string;
  incidentNum: string;
  title: string;
  description: string | null;
  admin: string;
  enterpriseProjectId: string;
  circularLevel: string;
  regions: Array<{ code: string; name: string }>;
  applications: Array<{ id: string; name: string }>;
  scheduleGroup: Array<{ role_id: string; scene_id: string }>;
  participants: string[];
  notificationType: string | null;
  notificationModes: string[];
  status: WarRoomStatusId;
  autoStarted: boolean;
  creator: string;
  recoverTime: number | null;
  closeTime: number | null;
  createTime: number;
  updateTime: number;
}

/** The incident fields a WarRoom item shows (WarRoomIncident, occur/recover times). */
export interface WarRoomIncidentFacts {
  level: string;
  source: string;
  startTime: number | null;
  faultRecoveryTime: number | null;
}

export const WARROOM_COUNTER = "warroom_number";
export const WARROOM_NUMBER_PATTERN = /^WR\d{24}$/;

export function formatWarRoomNumber(epochMs: number, sequence: number, suffixes: NumberSuffixes): string {
  return formatNumber("WR", epochMs, sequence, suffixes);
}

/**
 * WarRoom statuses (Terraform docs). The ids are COC's; the names are incidentd's wording, since COC
 * publishes only the meaning. The order is the lifecycle: a WarRoom only moves forward.
 */
export const WARROOM_STATUSES = [
  { id: "1", name_zh: "WarRoom已启动", name_en: "WarRoom started" },
  { id: "3", name_zh: "故障已定界", name_en: "Fault delimited" },
  { id: "7", name_zh: "故障已恢复", name_en: "Fault recovered" },
  { id: "20", name_zh: "WarRoom已关闭", name_en: "WarRoom closed" },
] as const;
export type WarRoomStatusId = (typeof WARROOM_STATUSES)[number]["id"];
export const STATUS_STARTED: WarRoomStatusId = "1";
export const STATUS_CLOSED: WarRoomStatusId = "20";
/** `war_room_status.type`: COC does not document it; incidentd names the enumeration. */
export const WARROOM_STATUS_TYPE = "war_room_status";

export const NOTIFICATION_TYPES = ["WECHAT", "DING_TALK", "LARK", "NULL_GROUP"] as const;

function statusIndex(id: string): number {
  return WARROOM_STATUSES.findIndex((s) => s.id === id);
}

export function statusView(id: string) {
  const found = WARROOM_STATUSES.find((s) => s.id === id);
  return {
    id,
    name_zh: found?.name_zh ?? id,
    name_en: found?.name_en ?? id,
    type: WARROOM_STATUS_TYPE,
  };
}

function describeStatus(id: string): string {
  return `${id} (${statusView(id).name_en})`;
}

/** A closed WarRoom never changes; otherwise the status only moves forward (1 → 3 → 7 → 20). */
export function checkStatusChange(room: Pick<WarRoom, "number" | "status">, next: WarRoomStatusId): void {
  if (room.status === STATUS_CLOSED) {
    throw new AppError("WARROOM_CLOSED", `WarRoom ${room.number} is already closed (status 20)`);
  }
  if (statusIndex(next) <= statusIndex(room.status)) {
    const later = WARROOM_STATUSES.slice(statusIndex(room.status) + 1).map((s) => describeStatus(s.id));
    throw new AppError(
      "WARROOM_STATUS_BACKWARD",
      `WarRoom ${room.number} is at status ${describeStatus(room.status)}; it can move to ${later.join(", ")}`,
    );
  }
}

const MINUTE = 60_000;

function minutesBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / MINUTE));
}

/**
 * processing: from the WarRoom's start to its close (or now while it runs).
 * restoration: from the fault's occurrence (the incident's start_time, else the WarRoom's start) to
 * recovery (else the close, else now).
 */
export function durations(room: WarRoom, facts: WarRoomIncidentFacts, now: number) {
  const end = room.closeTime ?? now;
  const recovered = room.recoverTime ?? facts.faultRecoveryTime;
  return {
    processing: minutesBetween(room.createTime, end),
    restoration: minutesBetween(facts.startTime ?? room.createTime, recovered ?? end),
  };
}
