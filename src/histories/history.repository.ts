import { type Expression, type SqlBool, sql } from "kysely";
import type { Db } from "../db/database.ts";
import type { Executor } from "../db/prepared.ts";

export interface HistoryEntry {
  id: string;
  incidentNum: string;
  seq: number;
  action: string;
  actionNameZh: string;
  actionNameEn: string;
  operator: string;
  operatorName: string | null;
  statusBefore: string | null;
  statusAfter: string;
  comment: string | null;
  details: Record<string, unknown>;
  /** When the step began: the previous entry's time (the creation entry's own time for the first). */
  startTime: number;
  time: number;
}

/**
 * One incident's history as the derived table `h` the history filters read (history-fields.ts): every
 * column of the entry, the operator's directory name, `status` (after the step), `stop_time` (when it was
 * taken) and `start_time` (the previous entry's time, computed over the whole history before any filter).
 */
function historyTable(db: Executor, projectId: string, incidentNum: string) {
  return db.selectFrom(
    db
      .selectFrom("incident_histories as e")
      .leftJoin("directory_users as u", (j) =>
        j.onRef("u.project_id", "=", "e.project_id").onRef("u.id", "=", "e.operator"),
      )
      .selectAll("e")
      .select((eb) => [
        "u.display_name as operator_name",
        "e.status_after as status",
        "e.create_time as stop_time",
        sql<number>`coalesce(lag(${eb.ref("e.create_time")}) over (order by ${eb.ref("e.seq")}), ${eb.ref("e.create_time")})`.as(
          "start_time",
        ),
      ])
      .where("e.project_id", "=", projectId)
      .where("e.incident_num", "=", incidentNum)
      .as("h"),
  );
}

export interface HistorySelection {
  where?: Expression<SqlBool>;
  /** The sort value; ties (and the default order) go by the entry's sequence number. */
  sort?: Expression<unknown>;
  direction: "asc" | "desc";
}

/** An incident's history entries matching `where`, in order, with each operator's directory name. */
export async function listHistoryEntries(
  db: Db,
  projectId: string,
  incidentNum: string,
  selection: HistorySelection = { direction: "asc" },
): Promise<HistoryEntry[]> {
  let q = historyTable(db, projectId, incidentNum).selectAll();
  if (selection.where) q = q.where(selection.where);
  if (selection.sort) q = q.orderBy(selection.sort, selection.direction);
  const rows = await q.orderBy("h.seq", selection.direction).execute();
  return rows.map((row) => ({
    id: row.id,
    incidentNum: row.incident_num,
    seq: Number(row.seq),
    action: row.action,
    actionNameZh: row.action_name_zh,
    actionNameEn: row.action_name_en,
    operator: row.operator,
    operatorName: row.operator_name,
    statusBefore: row.status_before,
    statusAfter: row.status_after,
    comment: row.comment,
    details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : {},
    startTime: Number(row.start_time),
    time: Number(row.create_time),
  }));
}

/** How many of the incident's entries match every one of `wheres`. */
export async function countHistoryEntries(
  db: Db,
  projectId: string,
  incidentNum: string,
  wheres: Array<Expression<SqlBool> | undefined>,
): Promise<number> {
  let q = historyTable(db, projectId, incidentNum).select((eb) => eb.fn.countAll<number>().as("total"));
  for (const where of wheres) if (where) q = q.where(where);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.total);
}

/** The matching entries' counts per value of `column`, in value order; an absent value counts as "". */
export async function countHistoryPerValue(
  db: Db,
  projectId: string,
  incidentNum: string,
  where: Expression<SqlBool> | undefined,
  column: Expression<unknown>,
) {
  let q = historyTable(db, projectId, incidentNum)
    .select((eb) => [
      sql<string | number | null>`${column}`.as("value"),
      eb.fn.countAll<number>().as("count"),
    ])
    .groupBy(column)
    .orderBy(column);
  if (where) q = q.where(where);
  const rows = await q.execute();
  return rows.map((row) => ({
    value: row.value === null ? "" : String(row.value),
    count: Number(row.count),
  }));
}
