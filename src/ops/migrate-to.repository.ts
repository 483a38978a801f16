import { isDeepStrictEqual } from "node:util";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { TABLES_IN_ORDER } from "../db/database.ts";
import { OpsError } from "./ops-error.ts";

/** The queries of `incidentd migrate-to` (migrate-to.ts): copy every table, then compare. */

/** Rows per INSERT, fewer for wide tables: PostgreSQL takes at most 65535 parameters per statement. */
const BATCH_ROWS = 1000;
const MAX_PARAMETERS = 65_535;

export type TableCounts = Array<{ table: keyof Database; rows: number }>;

export async function refuseUnlessEmpty(trx: Transaction<Database>): Promise<void> {
  // Holding this lock until commit keeps a server already running on the target from creating its first
  // project (and with it any other row: every table hangs off a project) while the copy is under way.
  await sql`LOCK TABLE projects IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
  const counts = await countRows(trx);
  // `counters` is seeded by the first migration, so it is never empty.
  const held = counts.filter((c) => c.table !== "counters" && c.rows > 0);
  if (held.length > 0) {
    throw new OpsError(
      `the target database already holds incidentd data (${held.map((c) => `${c.table}: ${c.rows}`).join(", ")}). ` +
        "migrate-to only copies into an empty database and has no option to merge or overwrite: " +
        "create a new database (or schema) and run it again, without starting the server on it first",
    );
  }
}

export async function copyTable(source: Kysely<Database>, target: Kysely<Database>, table: keyof Database) {
  if (table === "counters") {
    const counters = await source.selectFrom("counters").selectAll().execute();
    if (counters.length === 0) return;
    await target
      .insertInto("counters")
      .values(counters)
      .onConflict((oc) => oc.column("name").doUpdateSet((eb) => ({ value: eb.ref("excluded.value") })))
      .execute();
    return;
  }
  const columns = await columnsOf(source, table);
  // Attachments carry up to 10 MB each: a few per statement keeps memory and message sizes bounded.
  const rowsPerBatch = table === "attachments" ? 4 : BATCH_ROWS;
  const limit = Math.min(rowsPerBatch, Math.floor(MAX_PARAMETERS / columns.length));
  // Keyset pagination on rowid: every row once, in a stable order, without OFFSET's rescanning.
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const { rows } = await sql<Record<string, unknown> & { _rowid: number }>`
      SELECT rowid AS _rowid, ${sql.join(columns.map((c) => sql.ref(c)))} FROM ${sql.table(table)}
      WHERE rowid > ${after} ORDER BY rowid LIMIT ${limit}`.execute(source);
    const last = rows.at(-1);
    if (!last) return;
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES ${sql.join(
      rows.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`),
    )}`.execute(target);
    after = last._rowid;
  }
}

async function columnsOf(db: Kysely<Database>, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
  return rows.map((r) => r.name);
}

async function countRows(db: Kysely<Database>): Promise<TableCounts> {
  const counts: TableCounts = [];
  for (const table of TABLES_IN_ORDER) {
    const { rows } = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(
      db,
    );
    counts.push({ table, rows: Number(rows[0]?.n ?? 0) });
  }
  return counts;
}

export async function verifyCopy(source: Kysely<Database>, target: Kysely<Database>): Promise<TableCounts> {
  const [expected, actual] = [await countRows(source), await countRows(target)];
  const differing = expected.filter((e, i) => actual[i]?.rows !== e.rows);
  if (differing.length > 0) {
    throw new Error(
      `row counts differ after the copy (rolled back): ${differing
        .map(
          (e) =>
            `${e.table}: ${e.rows} in SQLite, ${actual.find((a) => a.table === e.table)?.rows} in PostgreSQL`,
        )
        .join("; ")}`,
    );
  }
  const counters = (db: Kysely<Database>) => db.selectFrom("counters").selectAll().orderBy("name").execute();
  const [sourceCounters, targetCounters] = [await counters(source), await counters(target)];
  if (!isDeepStrictEqual(sourceCounters, targetCounters)) {
    throw new Error("counters differ after the copy (rolled back)");
  }
  return actual;
}
