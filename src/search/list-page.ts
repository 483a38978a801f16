import type { Db } from "../db/database.ts";
import { selectIncidentsWithNames } from "../incidents/incident.repository.ts";
import { afterCursor, type Sort, sortExpression } from "./cursor.ts";
import type { WhereFn } from "./list-counts.ts";

export interface PageRequest {
  where: WhereFn;
  sort: Sort;
  limit: number;
  offset: number;
  after?: { k: string | number; n: string };
}

/**
 * One page in the total order (sort value, then incident number). `last` is set when the page is full:
 * the position a cursor continues from.
 */
export async function fetchPage(db: Db, projectId: string, request: PageRequest) {
  let query = selectIncidentsWithNames(db, projectId);
  if (request.where) query = query.where(request.where);
  if (request.after) query = query.where(afterCursor(request.sort, request.after));
  const rows = await query
    .orderBy((eb) => sortExpression(eb, request.sort.field), request.sort.direction)
    .orderBy("i.incident_num", request.sort.direction)
    .limit(request.limit)
    .offset(request.offset)
    .execute();
  const lastRow = rows.length === request.limit ? rows.at(-1) : undefined;
  if (!lastRow) return { rows };
  const raw = lastRow[request.sort.field.column];
  const k = raw === null ? (request.sort.field.type === "string" ? "" : -1) : (raw as string | number);
  return { rows, last: { k, n: lastRow.incident_num } };
}
