import { type ExpressionBuilder, type SelectQueryBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "../db/database.ts";
import { type Executor, prepared } from "../db/prepared.ts";
import { toIncident } from "../incidents/incident.repository.ts";
import type { Incident } from "../incidents/incident.ts";
import { selectIncidentsWithNames } from "../incidents/incidents-with-names.repository.ts";
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

/**
 * The project's incidents matching every one of `wheres`, counted up to `cap + 1` (an answer above `cap`
 * means "more than cap"): first whether a (cap + 1)th match exists, stepping over cap index entries (half
 * the cost of counting them one by one in a subquery), and only when it does not, the exact count of at
 * most cap. SQLite evaluates only the CASE branch taken.
 */
function countUpTo(
  eb: ExpressionBuilder<Database, never>,
  projectId: string,
  wheres: WhereFn[],
  cap: number,
) {
  const matching = <O>(q: IncidentsQuery<O>) => {
    let narrowed = q.where("i.project_id", "=", projectId);
    for (const where of wheres) if (where) narrowed = narrowed.where(where);
    return narrowed;
  };
  const beyondCap = matching(eb.selectFrom("incidents as i").select(sql<number>`1`.as("one")))
    .limit(1)
    .offset(cap);
  const exact = matching(eb.selectFrom("incidents as i").select((c) => c.fn.countAll<number>().as("n")));
  return eb.case().when(beyondCap, "is not", null).then(sql<number>`${cap} + 1`).else(exact).end();
}

const statusIs = (status: string) => sql<SqlBool>`${sql.ref("i.status")} = ${status}`;

function selectPerStatus(
  db: Executor,
  projectId: string,
  where: WhereFn,
  statuses: readonly string[],
  cap: number,
) {
  return db.selectNoFrom((eb) =>
    statuses.map((status, i) => countUpTo(eb, projectId, [where, statusIs(status)], cap).as(`s${i}`)),
  );
}

// The unfiltered counts (every open console's default tab) are one fixed query per list of statuses:
// compiled once (db/prepared.ts), as Kysely would otherwise rebuild its ten subqueries on every poll.
const unfilteredPerStatus = new WeakMap<readonly string[], ReturnType<typeof preparePerStatus>>();
const preparePerStatus = (statuses: readonly string[]) =>
  prepared(2, (db, projectId: string, cap: number) =>
    selectPerStatus(db, projectId, undefined, statuses, cap),
  );

/**
 * For each of `statuses`, the project's incidents matching `where` in that status, counted up to `cap + 1`
 * (countUpTo). The status index leads with project and status, so an unfiltered count reads at most
 * cap + 1 index entries and no row; all statuses travel in one query: one trip to a reader worker.
 */
export async function countPerStatusUpTo(
  db: Executor,
  projectId: string,
  where: WhereFn,
  statuses: readonly string[],
  cap: number,
): Promise<number[]> {
  let row: Record<string, unknown> | undefined;
  if (where) row = await selectPerStatus(db, projectId, where, statuses, cap).executeTakeFirstOrThrow();
  else {
    let query = unfilteredPerStatus.get(statuses);
    if (!query) {
      query = preparePerStatus(statuses);
      unfilteredPerStatus.set(statuses, query);
    }
    [row] = await query(db, projectId, cap);
  }
  return statuses.map((_, i) => Number(row?.[`s${i}`] ?? 0));
}

/** The project's incidents matching `where`, counted up to `cap + 1` (above cap: "more than cap"). */
export async function countMatchingUpTo(
  db: Executor,
  projectId: string,
  where: WhereFn,
  cap: number,
): Promise<number> {
  const row = await db
    .selectNoFrom((eb) => [countUpTo(eb, projectId, [where], cap).as("n")])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
