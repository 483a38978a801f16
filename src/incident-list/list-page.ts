import type { SelectQueryBuilder } from "kysely";
import type { Database, Db } from "../db/database.ts";
import { selectIncidentsWithNames } from "../incidents/incident.repository.ts";
import { afterCursor, type Sort, sortExpression } from "./cursor.ts";
import type { WhereFn } from "./list-counts.ts";

export interface PageRequest {
  where: WhereFn;
  sort: Sort;
  limit: number;
  offset: number;
  after?: PagePosition;
}

export type PagePosition = { k: string | number; n: string };

type IncidentsQuery<O> = SelectQueryBuilder<Database & { i: Database["incidents"] }, "i", O>;

/**
 * Narrows a SELECT over `incidents as i` to one page in the total order (sort value, then incident number)
 * that lists, cursors and the export share.
 */
export function inPage<O>(query: IncidentsQuery<O>, request: PageRequest): IncidentsQuery<O> {
  let page = query;
  if (request.where) page = page.where(request.where);
  if (request.after) page = page.where(afterCursor(request.sort, request.after));
  return page
    .orderBy((eb) => sortExpression(eb, request.sort.field), request.sort.direction)
    .orderBy("i.incident_num", request.sort.direction)
    .limit(request.limit)
    .offset(request.offset);
}

/** The cursor position of a row: its sort value (absent values as the sort expression reads them) and number. */
export function positionOf(sort: Sort, raw: unknown, incidentNum: string): PagePosition {
  const k = raw === null ? (sort.field.type === "string" ? "" : -1) : (raw as string | number);
  return { k, n: incidentNum };
}

/** One page with the names its items show; `last` is set when the page is full: where a cursor continues. */
export async function fetchPage(db: Db, projectId: string, request: PageRequest) {
  const rows = await inPage(selectIncidentsWithNames(db, projectId), request).execute();
  const lastRow = rows.length === request.limit ? rows.at(-1) : undefined;
  if (!lastRow) return { rows };
  return {
    rows,
    last: positionOf(request.sort, lastRow[request.sort.field.column], lastRow.incident_num),
  };
}
