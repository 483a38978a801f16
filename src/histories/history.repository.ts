import type { Db } from "../db/database.ts";

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

/** An incident's history in order, with each operator's directory name (one query). */
export async function listHistoryEntries(
  db: Db,
  projectId: string,
  incidentNum: string,
): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom("incident_histories as h")
    .leftJoin("directory_users as u", (j) =>
      j.onRef("u.project_id", "=", "h.project_id").onRef("u.id", "=", "h.operator"),
    )
    .selectAll("h")
    .select("u.display_name as operator_name")
    .where("h.project_id", "=", projectId)
    .where("h.incident_num", "=", incidentNum)
    .orderBy("h.seq")
    .execute();
  let previous: number | undefined;
  return rows.map((row) => {
    const time = Number(row.create_time);
    const startTime = previous ?? time;
    previous = time;
    return {
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
      startTime,
      time,
    };
  });
}
