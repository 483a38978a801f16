import type SqliteDatabase from "better-sqlite3";
import { registerChangeStamp } from "./change-stamp.ts";
import { ARRAY_ROWS_MARK } from "./sql-marks.ts";

type Row = Record<string, unknown>;

/**
 * A statement as Kysely's SQLite driver (and the direct runner below) use it. Reading statements run in
 * better-sqlite3's raw mode and build each row object with a function compiled for the statement's columns:
 * better-sqlite3 builds row objects key by key, interning every column name on every row, which for a
 * 35-column detail row cost 5 µs of a 19 µs lookup (docs/benchmarks.md). Rows keep the same keys, values
 * and key order. SQL marked with ARRAY_ROWS_MARK answers the arrays themselves.
 */
export interface CachedStatement {
  readonly reader: boolean;
  all(...parameters: unknown[]): unknown[];
  run(...parameters: unknown[]): SqliteDatabase.RunResult;
  iterate(...parameters: unknown[]): IterableIterator<unknown>;
}

/** A function building one row object from its column values, in the statement's column order. */
function rowBuilder(names: readonly string[]): ((values: unknown[]) => Row) | undefined {
  // A name object literals treat specially, or a repeated one (the last value wins in better-sqlite3 too,
  // but a literal with repeats is not worth the subtlety): keep better-sqlite3's own objects.
  if (names.includes("__proto__") || new Set(names).size !== names.length) return undefined;
  // The keys come from the statement's own column names, never from request data; JSON.stringify quotes them.
  const body = `return {${names.map((name, i) => `${JSON.stringify(name)}: v[${i}]`).join(", ")}};`;
  return new Function("v", body) as (values: unknown[]) => Row;
}

/**
 * A statement that may change what the database holds: it writes (also an `INSERT … RETURNING`, which
 * reads) or controls a transaction (COMMIT makes the writes before it visible). After each run, done or
 * failed, `changed` is called: the connection's change count (change-stamp.ts) moves after every commit.
 */
function counting(statement: CachedStatement, changed: () => void): CachedStatement {
  return {
    reader: statement.reader,
    all(...parameters) {
      try {
        return statement.all(...parameters);
      } finally {
        changed();
      }
    },
    run(...parameters) {
      try {
        return statement.run(...parameters);
      } finally {
        changed();
      }
    },
    iterate: (...parameters) => {
      changed();
      return statement.iterate(...parameters);
    },
  };
}

function cachedStatement(
  sqlite: SqliteDatabase.Database,
  sqlText: string,
  changed: () => void,
): CachedStatement {
  const statement = sqlite.prepare(sqlText);
  // better-sqlite3's `readonly`: the statement writes nothing itself (a SELECT, and also BEGIN/COMMIT).
  if (!(statement.reader && statement.readonly))
    return counting(readingStatement(statement, sqlText), changed);
  return readingStatement(statement, sqlText);
}

function readingStatement(statement: SqliteDatabase.Statement, sqlText: string): CachedStatement {
  if (!statement.reader) return statement;
  if (sqlText.startsWith(ARRAY_ROWS_MARK)) return statement.raw(true);
  const build = rowBuilder(statement.columns().map((column) => column.name));
  if (!build) return statement;
  statement.raw(true);
  return {
    reader: true,
    all: (...parameters) => (statement.all(...parameters) as unknown[][]).map(build),
    run: (...parameters) => statement.run(...parameters),
    *iterate(...parameters) {
      for (const values of statement.iterate(...parameters)) yield build(values as unknown[]);
    },
  };
}

/**
 * How many prepared statements one database keeps. Query shapes are few (an `in` list is one parameter,
 * db/sql-capabilities.ts), but a client can still vary conditions: every cache here is bounded, and a
 * prepared statement holds up to ~100 KB of SQLite memory.
 */
export const MAX_CACHED_STATEMENTS = 256;

/**
 * The database object handed to Kysely's SqliteDialect: statements prepared once per SQL text and cached,
 * better-sqlite3 otherwise re-preparing per call. The cache keeps the recently used statements, in two
 * generations of half the size each: a hit in the current one is a single Map lookup (the detail read's
 * hot path), a hit in the previous one moves the statement forward, and when the current generation is
 * full the previous one is dropped whole (its statements are finalized when collected). Statements in use
 * at least once per generation stay; one-off shapes leave.
 */
export function sqliteStatements(sqlite: SqliteDatabase.Database) {
  const half = MAX_CACHED_STATEMENTS / 2;
  let changes = 0;
  const changed = () => {
    changes++;
  };
  let current = new Map<string, CachedStatement>();
  let previous = new Map<string, CachedStatement>();
  const keep = (sqlText: string, statement: CachedStatement) => {
    if (current.size >= half) {
      previous = current;
      current = new Map();
    }
    current.set(sqlText, statement);
  };
  return {
    close: () => sqlite.close(),
    /** Statements run on this connection that may have changed the data (writes and transaction ends). */
    get changes() {
      return changes;
    },
    /** Statements cached now (at most MAX_CACHED_STATEMENTS). */
    get size() {
      return current.size + previous.size;
    },
    prepare(sqlText: string): CachedStatement {
      let statement = current.get(sqlText);
      if (statement) return statement;
      statement = previous.get(sqlText);
      if (statement) previous.delete(sqlText);
      else statement = cachedStatement(sqlite, sqlText, changed);
      keep(sqlText, statement);
      return statement;
    },
  };
}

/**
 * Runs SQL straight on a SQLite database's connection, bypassing Kysely's driver (its connection mutex
 * and promise chain cost more than a cached primary-key lookup; docs/benchmarks.md). Answers undefined,
 * and runs nothing, when that would be wrong: outside a transaction while a transaction is open on the
 * connection (the statement would join it).
 */
export type DirectRunner = (
  sql: string,
  parameters: readonly unknown[],
  inTransaction: boolean,
) => unknown[] | undefined;

const directRunners = new WeakMap<object, DirectRunner>();
const statementCaches = new WeakMap<object, { readonly size: number }>();

/** How many statements the SQLite database `adapter` belongs to has cached (undefined elsewhere). */
export function cachedStatementsOf(adapter: object): number | undefined {
  return statementCaches.get(adapter)?.size;
}

/** The direct runner of the database `adapter` belongs to: SQLite only. */
export function directRunnerOf(adapter: object): DirectRunner | undefined {
  return directRunners.get(adapter);
}

/** Registers the main connection's direct runner and change stamp (change-stamp.ts) for its adapter. */
export function registerSqliteConnection(
  adapter: object,
  sqlite: SqliteDatabase.Database,
  statements: ReturnType<typeof sqliteStatements>,
): void {
  statementCaches.set(adapter, statements);
  registerChangeStamp(adapter, sqlite, statements);
  directRunners.set(adapter, (sqlText, parameters, inTransaction) => {
    if (!inTransaction && sqlite.inTransaction) return undefined;
    const statement = statements.prepare(sqlText);
    if (statement.reader) return statement.all(...parameters);
    statement.run(...parameters);
    return [];
  });
}
