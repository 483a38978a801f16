import type { ExpressionBuilder, SelectQueryBuilder } from "kysely";
import type { Database } from "../db/database.ts";
import type { Executor } from "../db/prepared.ts";
import { escapeLike } from "../search/filter-compiler.ts";
import type { WarRoomFacetTable, WarRoomTable } from "./warroom.table.ts";

/** A time window; either end may be open. */
export interface Window {
  from: number | null;
  to: number | null;
}

/** ListWarRooms filters; absent (null) = not filtered. */
export interface WarRoomFilters {
  /** When set, every other filter is ignored (COC API reference, ListWarRoom). */
  numbers: string[] | null;
  currentUsers: string[] | null;
  incidentNum: string | null;
  title: string | null;
  regions: string[] | null;
  levels: string[] | null;
  applications: string[] | null;
  admins: string[] | null;
  statuses: string[] | null;
  triggered: Window;
  occur: Window;
  recover: Window;
  notificationLevels: string[] | null;
  enterpriseProjects: string[] | null;
  warRoomNum: string | null;
}

const OPEN: Window = { from: null, to: null };

/** Nothing filtered. */
export const NO_FILTERS: WarRoomFilters = {
  numbers: null,
  currentUsers: null,
  incidentNum: null,
  title: null,
  regions: null,
  levels: null,
  applications: null,
  admins: null,
  statuses: null,
  triggered: OPEN,
  occur: OPEN,
  recover: OPEN,
  notificationLevels: null,
  enterpriseProjects: null,
  warRoomNum: null,
};

/** The project's WarRooms joined with their incidents (the list shows and filters on incident fields). */
export function selectWarRooms(db: Executor, projectId: string) {
  return db
    .selectFrom("warrooms as w")
    .innerJoin("incidents as i", (j) =>
      j.onRef("i.project_id", "=", "w.project_id").onRef("i.incident_num", "=", "w.incident_num"),
    )
    .where("w.project_id", "=", projectId);
}

type Query<O> = SelectQueryBuilder<Database & { w: WarRoomTable; i: Database["incidents"] }, "w" | "i", O>;
type Eb = ExpressionBuilder<Database & { w: WarRoomTable; i: Database["incidents"] }, "w" | "i">;

function hasFacet(eb: Eb, kind: WarRoomFacetTable["kind"], values: string[]) {
  return eb.exists(
    eb
      .selectFrom("warroom_facets as f")
      .select("f.value")
      .whereRef("f.war_room_num", "=", "w.war_room_num")
      .where("f.kind", "=", kind)
      .where("f.value", "in", values),
  );
}

/** `withStatus` false leaves the status filter out (running/closed/total_num count across statuses). */
export function applyFilters<O>(query: Query<O>, filters: WarRoomFilters, withStatus: boolean): Query<O> {
  if (filters.numbers) return query.where("w.war_room_num", "in", filters.numbers);
  let q = query;
  const inList = (
    column: "w.admin" | "w.status" | "w.circular_level" | "w.enterprise_project_id" | "i.incident_level",
    values: string[] | null,
  ) => {
    if (values) q = q.where(column, "in", values);
  };
  const window = (column: "w.create_time" | "i.start_time", w: Window) => {
    if (w.from !== null) q = q.where(column, ">=", w.from);
    if (w.to !== null) q = q.where(column, "<=", w.to);
  };
  if (filters.currentUsers) {
    const users = filters.currentUsers;
    q = q.where((eb) => hasFacet(eb, "member", users));
  }
  if (filters.regions) {
    const regions = filters.regions;
    q = q.where((eb) => hasFacet(eb, "region", regions));
  }
  if (filters.applications) {
    const applications = filters.applications;
    q = q.where((eb) => hasFacet(eb, "application", applications));
  }
  if (filters.incidentNum !== null) q = q.where("w.incident_num", "=", filters.incidentNum);
  if (filters.warRoomNum !== null) q = q.where("w.war_room_num", "=", filters.warRoomNum);
  if (filters.title !== null) {
    const pattern = `%${escapeLike(filters.title)}%`;
    q = q.where((eb) => eb("w.title", "like", pattern));
  }
  inList("i.incident_level", filters.levels);
  inList("w.admin", filters.admins);
  if (withStatus) inList("w.status", filters.statuses);
  inList("w.circular_level", filters.notificationLevels);
  inList("w.enterprise_project_id", filters.enterpriseProjects);
  window("w.create_time", filters.triggered);
  window("i.start_time", filters.occur);
  if (filters.recover.from !== null || filters.recover.to !== null) {
    const { from, to } = filters.recover;
    q = q.where((eb) => {
      const recovered = eb.fn.coalesce("w.recover_time", "i.fault_recovery_time");
      return eb.and([
        ...(from !== null ? [eb(recovered, ">=", from)] : []),
        ...(to !== null ? [eb(recovered, "<=", to)] : []),
      ]);
    });
  }
  return q;
}
