import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  type QueryResult,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";
import type { Database, Db } from "./database.ts";
import type { Executor } from "./prepared.ts";
import { sqlCapabilitiesOf } from "./sql-capabilities.ts";
import type { SqliteReaders } from "./sqlite-readers.ts";

type Run = (sql: string, parameters: readonly unknown[]) => Promise<unknown[]>;

const NOT_FOR_WRITES = "the expensive-reads database only reads: open no transaction on it";

/** A connection that hands each query to `run` (a reader worker, or a turn on the main connection). */
class RunConnection implements DatabaseConnection {
  constructor(private readonly run: Run) {}
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return { rows: (await this.run(compiled.sql, compiled.parameters)) as R[] };
  }
  // biome-ignore lint/correctness/useYield: streaming is refused before anything is read.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("the expensive-reads database does not stream: read in pages");
  }
}

/** Queries run concurrently (each waits in `run`'s own queue), so one connection serves every caller. */
class RunDriver implements Driver {
  readonly #connection: RunConnection;
  constructor(run: Run) {
    this.#connection = new RunConnection(run);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error(NOT_FOR_WRITES);
  }
  async commitTransaction(): Promise<void> {
    throw new Error(NOT_FOR_WRITES);
  }
  async rollbackTransaction(): Promise<void> {
    throw new Error(NOT_FOR_WRITES);
  }
  async releaseConnection(): Promise<void> {}
  // The readers belong to the main database, which closes them (sqliteDialectWithReaders).
  async destroy(): Promise<void> {}
}

/** A Kysely over SQLite whose every query is run by `run`. */
function runningOn(run: Run): Db {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new RunDriver(run),
      createQueryCompiler: () => new SqliteQueryCompiler(),
      createIntrospector: (db) => new SqliteIntrospector(db),
    },
  });
}

// The database each SQLite database's expensive reads go to, and its workers, by the main database's adapter.
const readersByAdapter = new WeakMap<object, Db>();
const workersByAdapter = new WeakMap<object, SqliteReaders>();

/**
 * SQLite's dialect for a database with reader workers: closing the database ends the workers first, so
 * the main connection closes last (it alone checkpoints and removes the WAL, and it holds the
 * installation lock until every connection to the file is gone).
 */
export function sqliteDialectWithReaders(config: SqliteDialectConfig, readers: SqliteReaders) {
  class ReadersFirstDriver extends SqliteDriver {
    override async destroy(): Promise<void> {
      await readers.close();
      await super.destroy();
    }
  }
  class Dialect extends SqliteDialect {
    override createDriver(): Driver {
      return new ReadersFirstDriver(config);
    }
  }
  return new Dialect(config);
}

/** Sends `db`'s expensive reads to `readers` (database.ts, for a SQLite database file). */
export function registerReaders(db: Db, readers: SqliteReaders): void {
  readersByAdapter.set(db.getExecutor().adapter, runningOn(readers.read));
  workersByAdapter.set(db.getExecutor().adapter, readers);
}

/** The reader workers of a SQLite database file (undefined for PostgreSQL and in-memory databases). */
export function sqliteReadersOf(db: Db): SqliteReaders | undefined {
  return workersByAdapter.get(db.getExecutor().adapter);
}

/**
 * Where to run an expensive read: a search query whose cost grows with the data (a filtered page, a
 * count, a grouping, an export batch). Queries built on the answer run there; Kysely compiles them on the
 * calling thread, as any query.
 *
 * - PostgreSQL: `db` itself (queries run in the database server, the pool waits off the main thread).
 * - SQLite with reader workers (a database file): a database whose queries run on a worker thread's
 *   read-only connection (sqlite-readers.ts), so the main thread serves other requests meanwhile.
 * - SQLite without (an in-memory database, which another connection cannot open, or
 *   INCIDENTD_SQLITE_READ_WORKERS=0): the main connection, each query waiting its turn among the
 *   expensive reads (sql-capabilities.ts), so other requests are served between any two of them.
 * - A transaction: itself (its reads must see its own writes).
 */
export function expensiveReadsOf(db: Executor): Executor {
  if (db.isTransaction) return db;
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof PostgresAdapter) return db;
  let reads = readersByAdapter.get(adapter);
  if (!reads) {
    const { expensiveReadTurn } = sqlCapabilitiesOf(db);
    reads = runningOn(async (sql, parameters) => {
      await expensiveReadTurn();
      return (await db.executeQuery(CompiledQuery.raw(sql, [...parameters]))).rows;
    });
    readersByAdapter.set(adapter, reads);
  }
  return reads;
}
