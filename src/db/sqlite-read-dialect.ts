import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";
import type { SqliteReaders } from "./sqlite-readers.ts";

/**
 * Kysely databases whose queries run elsewhere than on the main SQLite connection: on reader worker
 * threads (sqlite-readers.ts), or after a turn (expensive-reads.ts). Kept free of database.ts's types so
 * database.ts can use it without an import cycle; callers name the schema (`runningOn<Database>`).
 */
export type Run = (sql: string, parameters: readonly unknown[]) => Promise<unknown[]>;

/** A database (of any schema), known by its adapter. */
type AnyDatabase = { getExecutor(): { readonly adapter: object } };

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
export function runningOn<DB>(run: Run): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new RunDriver(run),
      createQueryCompiler: () => new SqliteQueryCompiler(),
      createIntrospector: (db) => new SqliteIntrospector(db),
    },
  });
}

// The reader workers of each SQLite database file, by the main database's adapter.
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

/** Sends the expensive reads of `db` to `readers` (database.ts, for a SQLite database file). */
export function registerReaders(db: AnyDatabase, readers: SqliteReaders): void {
  workersByAdapter.set(db.getExecutor().adapter, readers);
}

/** The reader workers of a SQLite database file (undefined for PostgreSQL and in-memory databases). */
export function sqliteReadersOf(db: AnyDatabase): SqliteReaders | undefined {
  return workersByAdapter.get(db.getExecutor().adapter);
}
