import { SqliteAdapter, sql, type Transaction } from "kysely";
import type { Database, Db } from "./database.ts";

export type TransactionWork<T> = (trx: Transaction<Database>) => Promise<T>;

export interface Committer {
  /** Runs `work` in a transaction and settles once that transaction is committed (durably) or undone. */
  run<T>(work: TransactionWork<T>): Promise<T>;
  /** Transactions committed or attempted so far (SQLite); each may have carried several units of work. */
  readonly groups: number;
}

interface Pending {
  work: TransactionWork<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** One unit of work under its own savepoint: a failure undoes its writes only. */
async function runIsolated(trx: Transaction<Database>, work: TransactionWork<unknown>): Promise<Outcome> {
  await sql`savepoint unit`.execute(trx);
  try {
    const value = await work(trx);
    await sql`release savepoint unit`.execute(trx);
    return { ok: true, value };
  } catch (error) {
    await sql`rollback to savepoint unit`.execute(trx);
    await sql`release savepoint unit`.execute(trx);
    return { ok: false, error };
  }
}

/**
 * Group commit. SQLite commits one transaction at a time, and with synchronous = FULL each commit waits for
 * an fsync, during which the (synchronous) driver holds the event loop. Work that arrives meanwhile is run
 * together in the next transaction, each unit under its own savepoint, and every unit is answered only
 * once that transaction has committed: one fsync for the group instead of one each, and nothing
 * acknowledged before it is durable. A failing unit undoes only its own writes; a failing commit fails
 * every unit of the group. PostgreSQL flushes concurrent commits together itself, so there each unit is
 * simply its own transaction (docs/storage.md).
 */
export function createCommitter(db: Db): Committer {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    return { run: (work) => db.transaction().execute(work), groups: 0 };
  }
  let queue: Pending[] = [];
  let scheduled = false;
  let groups = 0;

  async function flush() {
    scheduled = false;
    const group = queue;
    queue = [];
    groups++;
    const outcomes: Outcome[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        for (const unit of group) outcomes.push(await runIsolated(trx, unit.work));
      });
    } catch (error) {
      for (const unit of group) unit.reject(error);
      return;
    }
    for (const [i, unit] of group.entries()) {
      const outcome = outcomes[i] as Outcome;
      if (outcome.ok) unit.resolve(outcome.value);
      else unit.reject(outcome.error);
    }
  }

  return {
    run<T>(work: TransactionWork<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!scheduled) {
          scheduled = true;
          // After the I/O phase: the requests read in this turn of the event loop join the group.
          setImmediate(() => void flush());
        }
      });
    },
    get groups() {
      return groups;
    },
  };
}
