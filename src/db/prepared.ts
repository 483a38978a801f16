import { createHash } from "node:crypto";
import { type Compilable, CompiledQuery, type Kysely, PostgresAdapter } from "kysely";
import type { MaybePromise } from "../maybe-promise.ts";
import type { Database } from "./database.ts";
import { ARRAY_ROWS_MARK, NAMED_STATEMENT_MARK } from "./sql-marks.ts";
import { directRunnerOf } from "./sqlite-statements.ts";

/** Anything that runs queries: the database or a transaction of it. */
export type Executor = Kysely<Database>;

const SLOT = "\u0000incidentd-slot:";

type Slot = { arg: number } | { constant: unknown };

/** On PostgreSQL the SQL carries a name, so each connection plans it once (database.ts, NamingClient). */
function named(sql: string, adapter: object): string {
  if (!(adapter instanceof PostgresAdapter)) return sql;
  const hash = createHash("sha256").update(sql).digest("hex").slice(0, 16);
  return `${NAMED_STATEMENT_MARK}${hash}*/ ${sql}`;
}

interface Template {
  sql: string;
  slots: Slot[];
}

/**
 * A query built and compiled once per database engine instead of on every call: Kysely rebuilds the
 * operation tree and recompiles the SQL each time, which costs more than SQLite takes to answer a primary-key
 * lookup (docs/benchmarks.md). `build` receives placeholders for its arguments and must use them only as
 * values (never in conditions or lengths); each call substitutes the real arguments in their place.
 */
export function prepared<Args extends readonly unknown[], Row>(
  arity: Args["length"],
  build: (db: Executor, ...args: Args) => Compilable<Row>,
): (db: Executor, ...args: Args) => MaybePromise<Row[]> {
  // One template per adapter: a transaction shares its database's adapter, so it shares the template.
  const templates = new WeakMap<object, Template>();
  const placeholders = Array.from({ length: arity }, (_, i) => `${SLOT}${i}`) as unknown as Args;

  function templateFor(db: Executor): Template {
    const adapter = db.getExecutor().adapter;
    let template = templates.get(adapter);
    if (!template) {
      const compiled = build(db, ...placeholders).compile();
      const slots = compiled.parameters.map((value): Slot => {
        if (typeof value === "string" && value.startsWith(SLOT))
          return { arg: Number(value.slice(SLOT.length)) };
        return { constant: value };
      });
      const used = new Set(slots.flatMap((slot) => ("arg" in slot ? [slot.arg] : [])));
      if (used.size !== arity) throw new Error(`prepared query uses ${used.size} of its ${arity} arguments`);
      template = { sql: named(compiled.sql, adapter), slots };
      templates.set(adapter, template);
    }
    return template;
  }

  return (db, ...args) => {
    const { sql, slots } = templateFor(db);
    const parameters = slots.map((slot) => ("arg" in slot ? args[slot.arg] : slot.constant));
    const direct = directRunnerOf(db.getExecutor().adapter)?.(sql, parameters, db.isTransaction);
    if (direct) return direct as Row[];
    return db.executeQuery<Row>(CompiledQuery.raw(sql, parameters)).then((result) => result.rows);
  };
}

type Row = Record<string, unknown>;

/**
 * For a prepared statement of whole rows (`values` being the arguments, placeholders when it is built):
 * the row of `columns` whose values start at `offset`; `valuesInColumns` gives a row's in that order.
 */
export function rowFromValues(columns: readonly string[], values: readonly unknown[], offset: number): never {
  return Object.fromEntries(columns.map((column, i) => [column, values[offset + i]])) as never;
}

export function valuesInColumns<T>(columns: readonly (keyof T)[], row: T): unknown[] {
  return columns.map((column) => row[column]);
}

/** Column sets kept per table and adapter: rows come from code, so a few; the bound is a safety net. */
const MAX_INSERT_SHAPES = 64;

/**
 * An INSERT of one row, compiled once per adapter and column set (the row's keys, in order). A template is
 * only kept when its parameters are exactly the row's values in column order, so a value Kysely renders
 * differently (an expression, say) is never misplaced: such column sets are compiled on every call.
 */
export function preparedInsert<T extends keyof Database & string>(
  table: T,
): (db: Executor, row: Database[T]) => Promise<void> {
  const templates = new WeakMap<object, Map<string, string | null>>();
  return async (db, row) => {
    const values = row as unknown as Row;
    const columns = Object.keys(values).filter((column) => values[column] !== undefined);
    const parameters = columns.map((column) => values[column]);
    const adapter = db.getExecutor().adapter;
    const byColumns = templates.get(adapter) ?? new Map<string, string | null>();
    templates.set(adapter, byColumns);
    const signature = columns.join(",");
    const sql = byColumns.get(signature);
    if (typeof sql === "string") {
      if (directRunnerOf(adapter)?.(sql, parameters, db.isTransaction)) return;
      await db.executeQuery(CompiledQuery.raw(sql, parameters));
      return;
    }
    const compiled = db
      .insertInto(table)
      .values(row as never)
      .compile();
    if (sql === undefined && byColumns.size < MAX_INSERT_SHAPES) {
      const same =
        compiled.parameters.length === parameters.length &&
        compiled.parameters.every((value, i) => value === parameters[i]);
      byColumns.set(signature, same ? named(compiled.sql, adapter) : null);
    }
    await db.executeQuery(compiled);
  };
}

/**
 * Runs a SELECT and answers its rows as arrays of the selected columns, in SELECT order (both engines'
 * drivers build them without a per-row object; database.ts). For a hot path only: callers index columns
 * by position, so the query must select an explicit column list.
 */
export async function arrayRows(db: Executor, query: Compilable<unknown>): Promise<unknown[][]> {
  const compiled = query.compile();
  const result = await db.executeQuery<unknown[]>(
    CompiledQuery.raw(`${ARRAY_ROWS_MARK} ${compiled.sql}`, [...compiled.parameters]),
  );
  return result.rows;
}
