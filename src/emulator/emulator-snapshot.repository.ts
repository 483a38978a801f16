import { sql } from "kysely";
import { type Database, type Db, TABLES_IN_ORDER } from "../db/database.ts";

/** Every row of every table, parents first: what the emulator's reset puts back (emulator-reset.ts). */
export type Snapshot = Array<{ table: keyof Database; rows: Record<string, unknown>[] }>;

/** Rows per INSERT: well under SQLite's limit of 32,766 parameters for the widest table. */
const ROWS_PER_INSERT = 200;

export async function takeSnapshot(db: Db): Promise<Snapshot> {
  const snapshot: Snapshot = [];
  for (const table of TABLES_IN_ORDER) {
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(db);
    snapshot.push({ table, rows });
  }
  return snapshot;
}

/** In one transaction: every table emptied (children first), then filled with the snapshot's rows. */
export async function restoreSnapshot(db: Db, snapshot: Snapshot): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of [...TABLES_IN_ORDER].reverse())
      await sql`DELETE FROM ${sql.table(table)}`.execute(trx);
    for (const { table, rows } of snapshot) {
      const first = rows[0];
      if (!first) continue;
      const columns = Object.keys(first);
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        const batch = rows.slice(start, start + ROWS_PER_INSERT);
        await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES ${sql.join(
          batch.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`),
        )}`.execute(trx);
      }
    }
  });
}
