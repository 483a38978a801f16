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
}

const sqliteCapabilities: SqlCapabilities = {
  inList: (left, values) => sql<SqlBool>`${left} in (select value from json_each(${JSON.stringify(values)}))`,
};

const postgresCapabilities: SqlCapabilities = {
  inList: (left, values) => sql<SqlBool>`${left} = any(${values})`,
};

/** The capabilities of the engine `db` (the database or a transaction of it) runs on. */
export function sqlCapabilitiesOf(db: Executor): SqlCapabilities {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresCapabilities : sqliteCapabilities;
}
