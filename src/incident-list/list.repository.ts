import type { SelectQueryBuilder } from "kysely";
import type { Database } from "../db/database.ts";
import type { Executor } from "../db/prepared.ts";
import { selectIncidentsWithNames, toIncident } from "../incidents/incident.repository.ts";
import type { Incident } from "../incidents/incident.ts";
import { afterCursor, sortExpression } from "./cursor.ts";
import type { ListField } from "./list-fields.ts";
import { type PageRequest, positionOf, type WhereFn } from "./list-page.ts";

/**
 * The list's queries. The service chooses where each runs: the expensive ones on the database
 * `expensiveReadsOf()` answers (a reader worker on SQLite, db/expensive-reads.ts).
 */
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

/** One page with the names its items show; `last` is set when the page is full: where a cursor continues. */
export async function fetchPage(db: Executor, projectId: string, request: PageRequest) {
  const rows = await inPage(selectIncidentsWithNames(db, projectId), request).execute();
  const lastRow = rows.length === request.limit ? rows.at(-1) : undefined;
  if (!lastRow) return { rows };
  return {
    rows,
    last: positionOf(request.sort, lastRow[request.sort.field.column], lastRow.incident_num),
  };
}

/** The project's incidents matching every one of `wheres`. */
export async function countMatching(db: Executor, projectId: string, wheres: WhereFn[]): Promise<number> {
  let q = db
    .selectFrom("incidents as i")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("i.project_id", "=", projectId);
  for (const where of wheres) if (where) q = q.where(where);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.total);
}

/** The matches' counts per value of `field`, in value order; an absent value counts as "". */
export async function countPerValue(db: Executor, projectId: string, where: WhereFn, field: ListField) {
  let q = db
    .selectFrom("incidents as i")
    .select((eb) => [eb.ref(`i.${field.column}`).as("value"), eb.fn.countAll<number>().as("count")])
    .where("i.project_id", "=", projectId)
    .groupBy(`i.${field.column}`)
    .orderBy(`i.${field.column}`);
  if (where) q = q.where(where);
  const rows = await q.execute();
  return rows.map((row) => ({
    value: row.value === null ? "" : String(row.value),
    count: Number(row.count),
  }));
}

/**
 * ListIncidentSimpleTickets' page: the project's incidents newest first, the number breaking ties so the
 * order is total. An index walk of `limit` rows past `offset`.
 */
export async function listNewestIncidents(
  db: Executor,
  projectId: string,
  limit: number,
  offset: number,
): Promise<Incident[]> {
  const rows = await db
    .selectFrom("incidents")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("create_time", "desc")
    .orderBy("incident_num", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toIncident);
}
