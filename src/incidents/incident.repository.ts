import { type ExpressionBuilder, sql } from "kysely";
import { FACTS_COLUMNS, type IncidentFactsTable } from "../analytics/incident-facts.table.ts";
import { type Executor, prepared, preparedInsert, rowFromValues, valuesInColumns } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import { type MaybePromise, mapMaybe } from "../maybe-promise.ts";
import { HISTORY_COLUMNS, INCIDENT_COLUMNS, type IncidentHistoryTable } from "./incident.table.ts";
import type { Incident } from "./incident.ts";
import {
  CHANGE_VERSION_COUNTERS,
  type ChangeVersions,
  incidentTotalRow,
  raiseCounterRow,
  raiseIncidentTotalRow,
  toChangeVersions,
} from "./incident-counters.repository.ts";
import { DIRECTORY_VERSION_COUNTER } from "./incident-names.ts";
import { toIncident, toIncidentRow } from "./incident-rows.ts";

export { toIncident, toIncidentRow };

const insertIncidentRow = preparedInsert("incidents");
const insertFactsRow = preparedInsert("incident_facts");

const TOGETHER_ARITY = INCIDENT_COLUMNS.length + HISTORY_COLUMNS.length + FACTS_COLUMNS.length + 1;

/**
 * A new incident's four writes (the incident, its first history entry, its analytics facts, a stripe of
 * the project's incident total) and the read of the ChangeVersions rows as one statement (PostgreSQL's
 * data-modifying WITH). Every sub-statement runs; the final SELECT sees the database as the statement
 * began, which is all it needs (no version counter is written). The history's foreign key to the new
 * incident is checked at the end of the statement, when the incident row is there.
 */
const insertNewIncidentTogether = prepared(TOGETHER_ARITY, (db, ...values: unknown[]) => {
  const history = INCIDENT_COLUMNS.length;
  const facts = history + HISTORY_COLUMNS.length;
  const counter = facts + FACTS_COLUMNS.length;
  return db
    .with("c", (qc) => raiseCounterRow(qc, values[counter] as string))
    .with("i", (qc) => qc.insertInto("incidents").values(rowFromValues(INCIDENT_COLUMNS, values, 0)))
    .with("h", (qc) =>
      qc.insertInto("incident_histories").values(rowFromValues(HISTORY_COLUMNS, values, history)),
    )
    .with("f", (qc) => qc.insertInto("incident_facts").values(rowFromValues(FACTS_COLUMNS, values, facts)))
    .selectFrom("counters")
    .select(["name", "value"])
    .where("name", "in", CHANGE_VERSION_COUNTERS);
});

/**
 * Writes a new incident: its row, its first history entry, its analytics facts, and a raise of the
 * project's incident total. Where the engine sends inserts together (PostgreSQL) that is one statement,
 * which also reads the change versions its subscribers need (answered; else undefined): one round trip
 * instead of five while the create holds its locks. SQLite runs the four inserts one by one.
 */
export async function insertNewIncident(
  trx: Executor,
  incident: Incident,
  history: IncidentHistoryTable,
  facts: IncidentFactsTable,
): Promise<ChangeVersions | undefined> {
  const row = toIncidentRow(incident);
  const counter = incidentTotalRow(trx, incident.projectId);
  if (sqlCapabilitiesOf(trx).insertsTogether) {
    const rows = await insertNewIncidentTogether(
      trx,
      ...valuesInColumns(INCIDENT_COLUMNS, row),
      ...valuesInColumns(HISTORY_COLUMNS, history),
      ...valuesInColumns(FACTS_COLUMNS, facts),
      counter,
    );
    return toChangeVersions(rows);
  }
  await insertIncidentRow(trx, row);
  await raiseIncidentTotalRow(trx, counter);
  await insertHistory(trx, history);
  await insertFactsRow(trx, facts);
  return undefined;
}

const IF_VERSIONS_ARITY =
  INCIDENT_COLUMNS.length +
  HISTORY_COLUMNS.length +
  FACTS_COLUMNS.length +
  1 +
  CHANGE_VERSION_COUNTERS.length;

/** SELECT of the arguments from `values` at `offset`, one row per row of `g` (none when the guard fails). */
const fromGuard =
  (columns: readonly string[], values: readonly unknown[], offset: number) =>
  // biome-ignore lint/suspicious/noExplicitAny: the columns are the table's own, listed at run time.
  (eb: ExpressionBuilder<any, any>) =>
    eb.selectFrom("g").select(columns.map((column, i) => eb.val(values[offset + i]).as(column)));

/**
 * The new-incident statement above (the incident, its first history entry, its facts,
 * a stripe of the project's total), each insert made from the guard `g`: one row when every change
 * version is the one given (a missing counter is -1), none otherwise. Answers `g`'s row: written or not.
 */
const insertNewIncidentIfVersionsStatement = prepared(IF_VERSIONS_ARITY, (db, ...values: unknown[]) => {
  const history = INCIDENT_COLUMNS.length;
  const facts = history + HISTORY_COLUMNS.length;
  const counter = facts + FACTS_COLUMNS.length;
  const versions = counter + 1;
  return db
    .with("g", (qc) =>
      qc
        .selectNoFrom(sql<number>`1`.as("ok"))
        .where((eb) =>
          eb.and(
            CHANGE_VERSION_COUNTERS.map((name, i) =>
              eb(
                eb.fn.coalesce(
                  eb.selectFrom("counters").select("value").where("name", "=", name),
                  sql<number>`-1`,
                ),
                "=",
                values[versions + i] as number,
              ),
            ),
          ),
        ),
    )
    .with("c", (qc) =>
      qc
        .insertInto("counters")
        .columns(["name", "value"])
        .expression((eb) =>
          eb
            .selectFrom("g")
            .select([eb.val(values[counter] as string).as("name"), sql<number>`1`.as("value")]),
        )
        .onConflict((oc) => oc.column("name").doUpdateSet((eb) => ({ value: eb("counters.value", "+", 1) }))),
    )
    .with("i", (qc) =>
      qc
        .insertInto("incidents")
        .columns(INCIDENT_COLUMNS as never)
        .expression(fromGuard(INCIDENT_COLUMNS, values, 0) as never),
    )
    .with("h", (qc) =>
      qc
        .insertInto("incident_histories")
        .columns(HISTORY_COLUMNS as never)
        .expression(fromGuard(HISTORY_COLUMNS, values, history) as never),
    )
    .with("f", (qc) =>
      qc
        .insertInto("incident_facts")
        .columns(FACTS_COLUMNS as never)
        .expression(fromGuard(FACTS_COLUMNS, values, facts) as never),
    )
    .selectFrom("g")
    .select("ok");
});

/**
 * Writes a new incident in one statement, on its own (autocommit: incident-create-alone.ts), if the change
 * versions are still `versions`; true when it did, false when it wrote nothing.
 */
export async function insertNewIncidentIfVersions(
  db: Executor,
  incident: Incident,
  history: IncidentHistoryTable,
  facts: IncidentFactsTable,
  versions: ChangeVersions,
): Promise<boolean> {
  const rows = await insertNewIncidentIfVersionsStatement(
    db,
    ...valuesInColumns(INCIDENT_COLUMNS, toIncidentRow(incident)),
    ...valuesInColumns(HISTORY_COLUMNS, history),
    ...valuesInColumns(FACTS_COLUMNS, facts),
    incidentTotalRow(db, incident.projectId),
    versions.webhooks,
    versions.directory,
    versions.settings,
  );
  return rows.length > 0;
}

export const insertHistory: (trx: Executor, row: IncidentHistoryTable) => Promise<void> =
  preparedInsert("incident_histories");

export async function listHistory(db: Executor, projectId: string, incidentNum: string) {
  return db
    .selectFrom("incident_histories")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("incident_num", "=", incidentNum)
    .orderBy("seq")
    .execute();
}

const selectIncidentForDetail = prepared(2, (db, projectId: string, incidentNum: string) =>
  db
    .selectFrom("incidents as i")
    .leftJoin("counters as dv", (j) => j.on("dv.name", "=", DIRECTORY_VERSION_COUNTER))
    .selectAll("i")
    .select("dv.value as directory_version")
    .where("i.project_id", "=", projectId)
    .where("i.incident_num", "=", incidentNum),
);

/**
 * An incident with the directory version read in the same statement (one row of `counters`, no join per
 * name): the detail view resolves names through the node's DetailNameCache, which that version keeps exact.
 */
export function findIncidentForDetail(
  db: Executor,
  projectId: string,
  incidentNum: string,
): MaybePromise<{ incident: Incident; directoryVersion: number } | undefined> {
  return mapMaybe(selectIncidentForDetail(db, projectId, incidentNum), ([row]) =>
    row ? { incident: toIncident(row), directoryVersion: Number(row.directory_version ?? -1) } : undefined,
  );
}

export async function findIncident(
  db: Executor,
  projectId: string,
  incidentNum: string,
): Promise<Incident | undefined> {
  const row = await db
    .selectFrom("incidents")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("incident_num", "=", incidentNum)
    .executeTakeFirst();
  return row ? toIncident(row) : undefined;
}

/**
 * Writes a changed incident only if nobody changed it since it was read (optimistic concurrency):
 * returns false when the stored version is no longer `expectedVersion`.
 */
export async function updateIncidentIfVersion(
  trx: Executor,
  incident: Incident,
  expectedVersion: number,
): Promise<boolean> {
  const { incident_num, project_id, create_time, creator, ...changes } = toIncidentRow(incident);
  const result = await trx
    .updateTable("incidents")
    .set(changes)
    .where("project_id", "=", project_id)
    .where("incident_num", "=", incident_num)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
