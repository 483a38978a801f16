import type { Transaction } from "kysely";
import type { Clock } from "../../clock.ts";
import type { Database, Db } from "../../db/database.ts";
import type { Deps } from "../../deps.ts";

/** The clock a seed moves to each fixture time before the service call that happens at that time. */
export class SeedClock implements Clock {
  current: number;
  constructor(start: number) {
    this.current = start;
  }
  now(): number {
    return this.current;
  }
}

/**
 * The database handle the services see during a seed: the seed's one transaction. Services that open
 * their own transaction (`db.transaction().execute(work)`) run `work` in it directly, so every write
 * of the fixture commits or rolls back together. Everything else is the transaction itself (a Kysely
 * Transaction's methods use private fields: they are bound to it).
 */
function joinedDb(trx: Transaction<Database>): Db {
  const nested = {
    execute: <T>(work: (t: Transaction<Database>) => Promise<T>) => work(trx),
    setIsolationLevel: () => nested,
    setAccessMode: () => nested,
  };
  return new Proxy(trx, {
    get(target, prop) {
      if (prop === "transaction") return () => nested;
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  }) as unknown as Db;
}

/**
 * The services' dependencies inside the seed's transaction, with the seed's clock. The caches and the
 * event bus stay the installation's own: their subscribers write in the same transaction.
 */
export function seedDeps(deps: Deps, trx: Transaction<Database>, clock: SeedClock): Deps {
  return {
    ...deps,
    db: joinedDb(trx),
    clock,
    committer: { run: (work) => work(trx), groups: 0 },
  };
}
