import { type Expression, PostgresAdapter, type RawBuilder, type SqlBool, sql } from "kysely";
import type { Executor } from "./prepared.ts";

/**
 * SQL that differs between the engines, named once here so feature code never branches on the engine.
 */
export interface SqlCapabilities {
  /**
   * `left IN (values)` with the whole list bound as ONE parameter, so the SQL text (and the statement
   * caches keyed by it) is the same whatever the list's length, and no list can reach SQLite's
   * 32,766-parameter limit. SQLite reads the list from a JSON array (`json_each`), PostgreSQL from an
   * array (`= ANY`).
   */
  inList(left: Expression<unknown>, values: readonly (string | number)[]): RawBuilder<SqlBool>;
  /**
   * Resolves when the next expensive read (a search query whose cost grows with the data) may run on the
   * main connection: SQLite without reader workers (an in-memory database; expensive-reads.ts) answers on
   * the main thread, so the expensive reads of all requests take turns, one per turn of the event loop, and
   * every other request (health checks, detail reads) is served between any two of them, whatever the
   * number of searches waiting. PostgreSQL runs queries elsewhere: no wait.
   */
  expensiveReadTurn(): Promise<void>;
  /**
   * A read whose rows the transaction goes on to change: PostgreSQL locks them (`FOR UPDATE`), so a
   * concurrent transaction waits; SQLite's one writer at a time already serialises the transaction.
   */
  lockForUpdate<Q extends { forUpdate(): Q }>(query: Q): Q;
  /**
   * A claim on a queue of rows that several workers take from: PostgreSQL skips rows another worker has
   * locked (`FOR UPDATE SKIP LOCKED`); on SQLite the one writer takes them all in turn.
   */
  claimUnlocked<Q extends { forUpdate(): { skipLocked(): Q } }>(query: Q): Q;
  /**
   * For writes that may be lost in a crash of the database server (and only those): PostgreSQL commits
   * the transaction without waiting for the WAL flush; SQLite has no such switch per transaction.
   */
  relaxCommitDurability(trx: Executor): Promise<void>;
  /** Whether other incidentd processes may share this database (PostgreSQL) or none can (SQLite). */
  readonly sharedByNodes: boolean;
  /**
   * Whether a node takes installation-wide sequence numbers (incident numbers) in blocks, each block in a
   * short transaction of its own (PostgreSQL: otherwise every create holds the one counter row's lock until
   * it commits, and creates on all nodes queue behind each other's commits), or one at a time inside the
   * creating transaction (SQLite: one writer at a time anyway; numbers without gaps, in creation order).
   */
  readonly numbersInBlocks: boolean;
  /**
   * Whether independent write transactions of one process gain from running at once: PostgreSQL commits
   * them in parallel (its WAL flushes several commits together); SQLite has one writer, so they would only
   * take turns.
   */
  readonly parallelWrites: boolean;
  /**
   * Whether one statement can chain several writes, each fed by the rows the previous one changed
   * (PostgreSQL's data-modifying `WITH`): a few dependent writes then cost one round trip. SQLite's `WITH`
   * holds only SELECTs, and its statements cost no round trip, so it sends them one by one.
   */
  readonly chainedWrites: boolean;
  /**
   * Rows a hot counter (a project's incident total, raised by every create) is spread over. PostgreSQL:
   * a create raises one of 16 at random, so concurrent creates rarely wait for each other's row lock
   * until commit; readers add them up. SQLite: one row (one writer at a time anyway).
   */
  readonly counterStripes: number;
  /**
   * Whether several inserts and a read can travel as ONE statement (PostgreSQL's data-modifying `WITH`):
   * there each statement is a round trip that costs CPU on both sides (docs/scaling.md). SQLite has no
   * such form and needs none: its statements are calls into the same process.
   */
  readonly insertsTogether: boolean;
  /**
   * The aggregate list of the non-null values of an integer `value` as one text, decimal integers separated
   * by commas in no particular order (null if none): SQLite's `group_concat`, PostgreSQL's `string_agg`.
   * A group's values leave the database in one string (analytics/percentiles.ts reads it), not a row each.
   */
  numberList(value: Expression<number | null>): RawBuilder<string | null>;
  /**
   * Runs a read that aggregates many rows (analytics): PostgreSQL in a transaction with JIT compilation
   * off: a query over a list of ranges (one part or join row per bucket) gets a cost that turns JIT on,
   * and JIT compiled for longer than the query ran (about half the time at 250,000 rows); SQLite has no JIT.
   */
  aggregating<T>(db: Executor, work: (db: Executor) => Promise<T>): Promise<T>;
}

/** A FIFO of waiting expensive reads, one let through per turn of the event loop (setImmediate). */
function turnTaker(): () => Promise<void> {
  const waiting: Array<() => void> = [];
  let scheduled = false;
  const next = () => {
    scheduled = false;
    waiting.shift()?.();
    if (waiting.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(next);
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      schedule();
    });
}

const inJson = (left: Expression<unknown>, values: readonly (string | number)[]) =>
  sql<SqlBool>`${left} in (select value from json_each(${JSON.stringify(values)}))`;

const postgresCapabilities: SqlCapabilities = {
  inList: (left, values) => sql<SqlBool>`${left} = any(${values})`,
  expensiveReadTurn: () => Promise.resolve(),
  lockForUpdate: (query) => query.forUpdate(),
  claimUnlocked: (query) => query.forUpdate().skipLocked(),
  relaxCommitDurability: async (trx) => {
    await sql`SET LOCAL synchronous_commit = off`.execute(trx);
  },
  sharedByNodes: true,
  numbersInBlocks: true,
  parallelWrites: true,
  chainedWrites: true,
  counterStripes: 16,
  insertsTogether: true,
  numberList: (value) => sql<string | null>`string_agg(cast(${value} as text), ',')`,
  aggregating: (db, work) =>
    db.isTransaction
      ? work(db)
      : db.transaction().execute(async (trx) => {
          await sql`SET LOCAL jit = off`.execute(trx);
          return work(trx);
        }),
};

const sqliteCommon = {
  lockForUpdate: <Q>(query: Q) => query,
  claimUnlocked: <Q>(query: Q) => query,
  relaxCommitDurability: () => Promise.resolve(),
  sharedByNodes: false,
  numbersInBlocks: false,
  parallelWrites: false,
  chainedWrites: false,
  counterStripes: 1,
  insertsTogether: false,
  numberList: (value: Expression<number | null>) => sql<string | null>`group_concat(${value}, ',')`,
  aggregating: <T>(db: Executor, work: (db: Executor) => Promise<T>) => work(db),
};

// One queue per SQLite database (an adapter belongs to one database and its transactions).
const sqliteByAdapter = new WeakMap<object, SqlCapabilities>();

/** The capabilities of the engine `db` (the database or a transaction of it) runs on. */
export function sqlCapabilitiesOf(db: Executor): SqlCapabilities {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof PostgresAdapter) return postgresCapabilities;
  let capabilities = sqliteByAdapter.get(adapter);
  if (!capabilities) {
    capabilities = { ...sqliteCommon, inList: inJson, expensiveReadTurn: turnTaker() };
    sqliteByAdapter.set(adapter, capabilities);
  }
  return capabilities;
}
