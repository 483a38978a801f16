import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import { inIncidentTransaction } from "../incidents/incident-transaction.ts";
import { updateIncident } from "../incidents/incident-writer.ts";
import {
  countWarRooms,
  findWarRoom,
  listWarRoomPage,
  updateWarRoomIfStatus,
  type WarRoomWithFacts,
} from "./warroom.repository.ts";
import {
  checkStatusChange,
  NOTIFICATION_TYPES,
  STATUS_CLOSED,
  type WarRoom,
  type WarRoomStatusId,
} from "./warroom.ts";
import { NO_FILTERS, type WarRoomFilters } from "./warroom-list.repository.ts";
import { startWarRoom, type WarRoomFields, WRITE_ATTEMPTS } from "./warroom-start.ts";
import { toWarRoomItem } from "./warroom-view.ts";

export const DEFAULT_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** A WarRoom to start: its incident and the caller-chosen fields (the route maps COC's body to it). */
export interface NewWarRoom {
  incidentNum: string;
  fields: WarRoomFields;
}

/** CreateWarRoom: starts a WarRoom for an incident of the caller's project and returns its number. */
export async function createWarRoom(deps: Deps, caller: Credential, request: NewWarRoom): Promise<string> {
  const type = request.fields.notificationType;
  if (type !== null && !(NOTIFICATION_TYPES as readonly string[]).includes(type)) {
    throw invalidParameter("notification_type", `must be one of ${NOTIFICATION_TYPES.join(", ")}`);
  }
  const now = deps.clock.now();
  return inIncidentTransaction(deps, async (tx) => {
    const room = await startWarRoom(tx, {
      projectId: caller.projectId,
      incidentNum: request.incidentNum,
      fields: request.fields,
      operator: caller.principal,
      credentialId: caller.id,
      autoStarted: false,
      now,
      numberSuffixes: deps.numberSuffixes,
    });
    return room.number;
  });
}

/** ListWarRooms' question; `triggered` open at both ends means the documented default window. */
export interface WarRoomListQuery {
  filters: WarRoomFilters;
  /** Page size (0: counts only). */
  limit: number;
  /** Rows to skip (as the Terraform provider uses it). */
  offset: number;
  statisticsOnly: boolean;
}

/** The documented default: the triggered window is the 30 days before its end (default: now). */
function withDefaultWindow(filters: WarRoomFilters, now: number): WarRoomFilters {
  const { from, to } = filters.triggered;
  return { ...filters, triggered: { from: from ?? (to ?? now) - DEFAULT_WINDOW_MS, to: to ?? now } };
}

/** ListWarRooms. */
export async function listWarRooms(deps: Deps, caller: Credential, query: WarRoomListQuery) {
  const now = deps.clock.now();
  const filters = withDefaultWindow(query.filters, now);
  const { limit, offset } = query;
  const [counts, rows] = await Promise.all([
    countWarRooms(deps.db, caller.projectId, filters),
    query.statisticsOnly || limit === 0
      ? Promise.resolve([] as WarRoomWithFacts[])
      : listWarRoomPage(deps.db, caller.projectId, filters, limit, offset),
  ]);
  return {
    list: rows.map((r) => toWarRoomItem(r, now, deps.config.pathPrefix)),
    total: counts.total,
    running_num: counts.running,
    closed_num: counts.closed,
    total_num: counts.totalNum,
  };
}

function warRoomNotFound(number: string): AppError {
  return new AppError("RESOURCE_NOT_FOUND", `warroom not found: ${number}`);
}

/** Moves a WarRoom forward (3, 7 or 20 = close) and records it in its incident's history. */
export async function changeWarRoomStatus(
  deps: Deps,
  caller: Credential,
  number: string,
  next: WarRoomStatusId,
) {
  const now = deps.clock.now();
  await inIncidentTransaction(deps, async (tx) => {
    const { trx } = tx;
    for (;;) {
      const room = await findWarRoom(trx, caller.projectId, number);
      if (!room) throw warRoomNotFound(number);
      checkStatusChange(room, next);
      const updated: WarRoom = {
        ...room,
        status: next,
        recoverTime: next === "7" ? (room.recoverTime ?? now) : room.recoverTime,
        closeTime: next === STATUS_CLOSED ? now : room.closeTime,
        updateTime: now,
      };
      // Lost a race with another status change: read again, so the check reports the new status.
      if (!(await updateWarRoomIfStatus(trx, updated, room.status))) continue;
      await updateIncident(
        tx,
        caller.projectId,
        room.incidentNum,
        () => ({
          fields: {},
          event: {
            type: next === STATUS_CLOSED ? "warroom_closed" : "warroom_status_changed",
            operator: caller.principal,
            at: now,
            comment: null,
            war_room_num: number,
            war_room_status_before: room.status,
            war_room_status_after: next,
            credential_id: caller.id,
          },
        }),
        WRITE_ATTEMPTS,
      );
      return;
    }
  });
  const [row] = await listWarRoomPage(
    deps.db,
    caller.projectId,
    withDefaultWindow({ ...NO_FILTERS, numbers: [number] }, now),
    1,
    0,
  );
  if (!row) throw warRoomNotFound(number);
  return toWarRoomItem(row, now, deps.config.pathPrefix);
}
