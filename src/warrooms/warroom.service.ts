import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import { inIncidentTransaction } from "../incidents/incident-transaction.ts";
import { updateIncident } from "../incidents/incident-writer.ts";
import { toBool, toEpochMs } from "../lenient-values.ts";
import {
  countWarRooms,
  findWarRoom,
  listWarRoomPage,
  updateWarRoomIfStatus,
  type WarRoomWithFacts,
} from "./warroom.repository.ts";
import type { CreateWarRoomBody, ListWarRoomsBody } from "./warroom.schemas.ts";
import {
  checkStatusChange,
  NOTIFICATION_TYPES,
  STATUS_CLOSED,
  type WarRoom,
  type WarRoomStatusId,
} from "./warroom.ts";
import type { WarRoomFilters } from "./warroom-list.repository.ts";
import { startWarRoom, WRITE_ATTEMPTS } from "./warroom-start.ts";
import { toWarRoomItem } from "./warroom-view.ts";

export const DEFAULT_LIST_LIMIT = 10;
export const DEFAULT_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === "" ? null : value;
}

/** Pairs ids with the names sent position by position; a missing or empty name shows the id itself. */
function named<K extends "code" | "id">(key: K, ids: string[], names: string[] | null | undefined) {
  return ids.map((id, i) => ({ [key]: id, name: names?.[i] || id }) as Record<K | "name", string>);
}

/** CreateWarRoom: starts a WarRoom for an incident of the caller's project and returns its number. */
export async function createWarRoom(
  deps: Deps,
  caller: Credential,
  body: CreateWarRoomBody,
): Promise<string> {
  const notificationType = blankToNull(body.notification_type);
  if (notificationType !== null && !(NOTIFICATION_TYPES as readonly string[]).includes(notificationType)) {
    throw invalidParameter("notification_type", `must be one of ${NOTIFICATION_TYPES.join(", ")}`);
  }
  const now = deps.clock.now();
  return inIncidentTransaction(deps, async (tx) => {
    const room = await startWarRoom(tx, {
      projectId: caller.projectId,
      incidentNum: body.incident_number,
      fields: {
        title: body.war_room_name,
        description: blankToNull(body.description),
        admin: body.war_room_admin,
        enterpriseProjectId: body.enterprise_project_id,
        regions: named("code", body.region_code_list ?? [], body.region_names),
        applications: named("id", body.application_id_list, body.application_names),
        scheduleGroup: body.schedule_group.map((g) => ({ role_id: g.role_id, scene_id: g.scene_id })),
        participants: body.participant ?? [],
        notificationType,
        notificationModes: body.notification_modes ?? [],
      },
      operator: caller.principal,
      credentialId: caller.id,
      autoStarted: false,
      now,
      numberSuffixes: deps.numberSuffixes,
    });
    return room.number;
  });
}

function list(values: string[] | null | undefined): string[] | null {
  return values && values.length > 0 ? values : null;
}

/** The documented defaults: the triggered window is the last 30 days unless the caller gives an end. */
export function toFilters(body: ListWarRoomsBody, now: number): WarRoomFilters {
  const window = (from: unknown, to: unknown) => ({
    from: toEpochMs(from as number | null | undefined),
    to: toEpochMs(to as number | null | undefined),
  });
  const triggered = window(body.triggered_start_time, body.triggered_end_time);
  return {
    numbers: list(body.war_room_nums),
    currentUsers: list(body.current_users),
    incidentNum: blankToNull(body.incident_num),
    title: blankToNull(body.title),
    regions: list(body.region_code_list),
    levels: list(body.incident_levels),
    applications: list(body.impacted_application_ids),
    admins: list(body.admin),
    statuses: list(body.status),
    triggered: {
      from: triggered.from ?? (triggered.to ?? now) - DEFAULT_WINDOW_MS,
      to: triggered.to ?? now,
    },
    occur: window(body.occur_start_time, body.occur_end_time),
    recover: window(body.recover_start_time, body.recover_end_time),
    notificationLevels: list(body.notification_level),
    enterpriseProjects: list(body.enterprise_project_ids),
    warRoomNum: blankToNull(body.war_room_num),
  };
}

/** ListWarRooms: `offset` counts rows (as the Terraform provider uses it), `limit` is the page size. */
export async function listWarRooms(deps: Deps, caller: Credential, body: ListWarRoomsBody) {
  const now = deps.clock.now();
  const filters = toFilters(body, now);
  const limit = body.limit ?? DEFAULT_LIST_LIMIT;
  const statisticsOnly = body.statistic_flag !== undefined && toBool(body.statistic_flag);
  const [counts, rows] = await Promise.all([
    countWarRooms(deps.db, caller.projectId, filters),
    statisticsOnly || limit === 0
      ? Promise.resolve([] as WarRoomWithFacts[])
      : listWarRoomPage(deps.db, caller.projectId, filters, limit, body.offset ?? 0),
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
    { ...toFilters({}, now), numbers: [number] },
    1,
    0,
  );
  if (!row) throw warRoomNotFound(number);
  return toWarRoomItem(row, now, deps.config.pathPrefix);
}
