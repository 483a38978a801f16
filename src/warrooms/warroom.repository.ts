import type { Executor } from "../db/prepared.ts";
import type { WarRoomFacetTable, WarRoomTable } from "./warroom.table.ts";
import type { WarRoom, WarRoomIncidentFacts, WarRoomStatusId } from "./warroom.ts";
import { applyFilters, selectWarRooms, type WarRoomFilters } from "./warroom-list.repository.ts";

type Row = WarRoomTable & {
  i_level: string;
  i_source: string;
  i_start_time: number | string | null;
  i_fault_recovery_time: number | string | null;
};

const numberOrNull = (value: number | string | null) => (value === null ? null : Number(value));

function toWarRoom(row: WarRoomTable): WarRoom {
  return {
    number: row.war_room_num,
    projectId: row.project_id,
    incidentNum: row.incident_num,
    title: row.title,
    description: row.description,
    admin: row.admin,
    enterpriseProjectId: row.enterprise_project_id,
    circularLevel: row.circular_level,
    regions: JSON.parse(row.regions),
    applications: JSON.parse(row.applications),
    scheduleGroup: JSON.parse(row.schedule_group),
    participants: JSON.parse(row.participants),
    notificationType: row.notification_type,
    notificationModes: JSON.parse(row.notification_modes),
    status: row.status as WarRoomStatusId,
    autoStarted: Number(row.auto_started) === 1,
    creator: row.creator,
    recoverTime: numberOrNull(row.recover_time),
    closeTime: numberOrNull(row.close_time),
    createTime: Number(row.create_time),
    updateTime: Number(row.update_time),
  };
}

function toWarRoomRow(room: WarRoom): WarRoomTable {
  return {
    war_room_num: room.number,
    project_id: room.projectId,
    incident_num: room.incidentNum,
    title: room.title,
    description: room.description,
    admin: room.admin,
    enterprise_project_id: room.enterpriseProjectId,
    circular_level: room.circularLevel,
    regions: JSON.stringify(room.regions),
    applications: JSON.stringify(room.applications),
    schedule_group: JSON.stringify(room.scheduleGroup),
    participants: JSON.stringify(room.participants),
    notification_type: room.notificationType,
    notification_modes: JSON.stringify(room.notificationModes),
    status: room.status,
    auto_started: room.autoStarted ? 1 : 0,
    creator: room.creator,
    recover_time: room.recoverTime,
    close_time: room.closeTime,
    create_time: room.createTime,
    update_time: room.updateTime,
  };
}

function facetsOf(room: WarRoom): WarRoomFacetTable[] {
  const facet = (kind: WarRoomFacetTable["kind"], values: string[]) =>
    [...new Set(values.filter((v) => v !== ""))].map((value) => ({
      war_room_num: room.number,
      project_id: room.projectId,
      kind,
      value,
    }));
  return [
    ...facet("member", [room.admin, ...room.participants]),
    ...facet(
      "region",
      room.regions.map((r) => r.code),
    ),
    ...facet(
      "application",
      room.applications.map((a) => a.id),
    ),
  ];
}

export async function insertWarRoom(trx: Executor, room: WarRoom): Promise<void> {
  await trx.insertInto("warrooms").values(toWarRoomRow(room)).execute();
  const facets = facetsOf(room);
  if (facets.length > 0) await trx.insertInto("warroom_facets").values(facets).execute();
}

/** Writes a status change only if the status is still `expected` (two concurrent changes: one wins). */
export async function updateWarRoomIfStatus(
  trx: Executor,
  room: WarRoom,
  expected: string,
): Promise<boolean> {
  const result = await trx
    .updateTable("warrooms")
    .set({
      status: room.status,
      recover_time: room.recoverTime,
      close_time: room.closeTime,
      update_time: room.updateTime,
    })
    .where("project_id", "=", room.projectId)
    .where("war_room_num", "=", room.number)
    .where("status", "=", expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface WarRoomWithFacts {
  room: WarRoom;
  facts: WarRoomIncidentFacts;
}

/** One page, newest first; the number breaks ties so the order is total. */
export async function listWarRoomPage(
  db: Executor,
  projectId: string,
  filters: WarRoomFilters,
  limit: number,
  offset: number,
): Promise<WarRoomWithFacts[]> {
  const query = selectWarRooms(db, projectId)
    .selectAll("w")
    .select([
      "i.incident_level as i_level",
      "i.incident_source as i_source",
      "i.start_time as i_start_time",
      "i.fault_recovery_time as i_fault_recovery_time",
    ]);
  const rows: Row[] = await applyFilters(query, filters, true)
    .orderBy("w.create_time", "desc")
    .orderBy("w.war_room_num", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((row) => ({
    room: toWarRoom(row),
    facts: {
      level: row.i_level,
      source: row.i_source,
      startTime: numberOrNull(row.i_start_time),
      faultRecoveryTime: numberOrNull(row.i_fault_recovery_time),
    },
  }));
}

/** `total` honours every filter; the other counts ignore the status filter (a UI's status tabs). */
export async function countWarRooms(db: Executor, projectId: string, filters: WarRoomFilters) {
  const statuses = filters.numbers ? null : filters.statuses;
  const row = await applyFilters(selectWarRooms(db, projectId), filters, false)
    .select((eb) => [
      eb.fn.countAll<number>().as("total_num"),
      eb.fn.sum<number | null>(eb.case().when("w.status", "=", "20").then(1).else(0).end()).as("closed_num"),
      (statuses
        ? eb.fn.sum<number | null>(eb.case().when("w.status", "in", statuses).then(1).else(0).end())
        : eb.fn.countAll<number>()
      ).as("total"),
    ])
    .executeTakeFirstOrThrow();
  const totalNum = Number(row.total_num);
  const closed = Number(row.closed_num ?? 0);
  return { total: Number(row.total ?? 0), totalNum, closed, running: totalNum - closed };
}

export async function findWarRoom(
  db: Executor,
  projectId: string,
  number: string,
): Promise<WarRoom | undefined> {
  const row = await db
    .selectFrom("warrooms")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("war_room_num", "=", number)
    .executeTakeFirst();
  return row ? toWarRoom(row) : undefined;
}

/** Everyone in the incident's WarRooms (their admins and participants), for notification rules. */
export async function findWarRoomMembers(
  db: Executor,
  projectId: string,
  incidentNum: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom("warrooms")
    .select(["admin", "participants"])
    .where("project_id", "=", projectId)
    .where("incident_num", "=", incidentNum)
    .execute();
  return new Set(rows.flatMap((r) => [r.admin, ...(JSON.parse(r.participants) as string[])]));
}
