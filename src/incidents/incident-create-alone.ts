import { type ExpressionBuilder, sql, type Transaction } from "kysely";
import { FACTS_COLUMNS } from "../analytics/incident-facts.table.ts";
import type { Database } from "../db/database.ts";
import { type Executor, prepared, valuesInColumns } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import { changeVersionsOf, knowChangeVersions } from "./change-versions.ts";
import { toIncidentRow } from "./incident.repository.ts";
import { HISTORY_COLUMNS, INCIDENT_COLUMNS } from "./incident.table.ts";
import {
  CHANGE_VERSION_COUNTERS,
  type ChangeVersions,
  incidentTotalRow,
} from "./incident-counters.repository.ts";
import {
  type IncidentEventBus,
  type IncidentTx,
  inIncidentTransaction,
  type NewIncidentRows,
  openIncidentTx,
  type TransactionDeps,
} from "./incident-transaction.ts";

/**
 * A create on PostgreSQL in one round trip (docs/scaling.md). A single statement in autocommit is atomic
 * and, once answered, durable (its commit flushes the WAL like a COMMIT does), so a create that nothing
 * else writes for needs no BEGIN and COMMIT around its one data-modifying WITH.
 *
 * Whether something else writes is found out by running the create's work as usual, against a
 * transaction that refuses any use: a subscriber, a WarRoom auto-start or any later step that sends a
 * statement (a write, or a read to fill a cache) stops the attempt, and the create runs again in a
 * transaction. The subscribers decide from their per-node caches at the change versions this node saw
 * last; the statement writes only if the stored versions are still those (else nothing, and the create
 * runs in a transaction that reads them), so a subscription, rule or setting committed before the create
 * is never missed.
 */

/** Thrown by the refusing transaction: the create needs a real one. */
class NeedsTransaction extends Error {}

/** A stand-in for the transaction: touching it in any way notes it and throws NeedsTransaction. */
function refusingTransaction(used: { yes: boolean }): Transaction<Database> {
  return new Proxy(
    {},
    {
      get() {
        used.yes = true;
        throw new NeedsTransaction("this create needs a transaction");
      },
    },
  ) as Transaction<Database>;
}

/** The change versions the last create of this node read, per event bus (so per node). */
const versionsSeen = new WeakMap<IncidentEventBus, ChangeVersions>();

const ARITY =
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
 * The new-incident statement of incident.repository.ts (the incident, its first history entry, its facts,
 * a stripe of the project's total), each insert made from the guard `g`: one row when every change
 * version is the one given (a missing counter is -1), none otherwise. Answers `g`'s row: written or not.
 */
const insertNewIncidentIfVersionsStatement = prepared(ARITY, (db, ...values: unknown[]) => {
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

/** Writes a new incident in one statement if the change versions are still `versions`; true when it did. */
async function insertNewIncidentIfVersions(
  db: Executor,
  { incident, history, facts }: NewIncidentRows,
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

/** `work` (a create) without a transaction, if it writes nothing but the new incident; else undefined. */
async function tryAlone<T>(
  deps: TransactionDeps,
  work: (tx: IncidentTx) => Promise<T>,
  versions: ChangeVersions,
): Promise<{ result: T } | undefined> {
  const used = { yes: false };
  const alone: NonNullable<IncidentTx["alone"]> = {};
  const { tx, finish, committed } = openIncidentTx(refusingTransaction(used), deps.incidentEvents, alone);
  knowChangeVersions(tx, versions);
  let result: T;
  try {
    result = await work(tx);
    await finish();
  } catch {
    // A refusal, or a step needing the database: the transaction runs the work again and answers for it.
    return undefined;
  }
  if (used.yes || !alone.rows) return undefined;
  if (!(await insertNewIncidentIfVersions(deps.db, alone.rows, versions))) return undefined;
  for (const fn of committed) fn();
  return { result };
}

/**
 * Runs `work`, a create that writes its incident through the incident writer, as one statement where the
 * engine allows it and nothing else writes (see above); otherwise in a transaction (`"grouped"`: SQLite's
 * group commit), as before. A create that must also write rows of its own uses inIncidentTransaction.
 */
export async function createAlone<T>(
  deps: TransactionDeps,
  work: (tx: IncidentTx) => Promise<T>,
): Promise<T> {
  if (!sqlCapabilitiesOf(deps.db).insertsTogether) return inIncidentTransaction(deps, work, "grouped");
  const versions = versionsSeen.get(deps.incidentEvents);
  const done = versions && (await tryAlone(deps, work, versions));
  if (done) return done.result;
  return inIncidentTransaction(
    deps,
    async (tx) => {
      const result = await work(tx);
      // Given by the create's own statement (no read): what the subscribers' caches now hold.
      versionsSeen.set(deps.incidentEvents, await changeVersionsOf(tx));
      return result;
    },
    "grouped",
  );
}
