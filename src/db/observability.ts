import type { Kysely, LogEvent } from "kysely";
import type pg from "pg";

/** Kysely's query log (duration of every query and failure): the metrics' database timings. */
export type QueryLog = (event: LogEvent) => void;

/** A PostgreSQL pool's connections right now (the metrics read it at scrape time). */
export interface PoolUsage {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

const poolsByAdapter = new WeakMap<object, pg.Pool>();

// biome-ignore lint/suspicious/noExplicitAny: any database's adapter identifies its pool.
type AnyDatabase = Kysely<any>;

export function registerPool(db: AnyDatabase, pool: pg.Pool): void {
  poolsByAdapter.set(db.getExecutor().adapter, pool);
}

/** The pool's usage on PostgreSQL; undefined on SQLite (one connection, no pool). */
export function poolUsageOf(db: AnyDatabase): PoolUsage | undefined {
  const pool = poolsByAdapter.get(db.getExecutor().adapter);
  if (!pool) return undefined;
  return {
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: pool.options.max ?? 10,
  };
}
