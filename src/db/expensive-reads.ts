import { CompiledQuery, PostgresAdapter } from "kysely";
import type { Database } from "./database.ts";
import type { Executor } from "./prepared.ts";
import { sqlCapabilitiesOf } from "./sql-capabilities.ts";
import { runningOn, sqliteReadersOf } from "./sqlite-read-dialect.ts";

// The database each SQLite database's expensive reads go to, by the main database's adapter.
const readsByAdapter = new WeakMap<object, Executor>();

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
  let reads = readsByAdapter.get(adapter);
  if (!reads) {
    const readers = sqliteReadersOf(db);
    const { expensiveReadTurn } = sqlCapabilitiesOf(db);
    reads = runningOn<Database>(
      readers
        ? readers.read
        : async (sql, parameters) => {
            await expensiveReadTurn();
            return (await db.executeQuery(CompiledQuery.raw(sql, [...parameters]))).rows;
          },
    );
    readsByAdapter.set(adapter, reads);
  }
  return reads;
}
