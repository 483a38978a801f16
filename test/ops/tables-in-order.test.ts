import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sql } from "kysely";
import { openDatabase, TABLES_IN_ORDER } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";

// backup/restore copy whole files, but migrate-to copies table by table from this list: a table missing
// here would silently stay behind when an installation moves to PostgreSQL.
describe("TABLES_IN_ORDER", () => {
  it("lists every table of a migrated database, parents before the tables that reference them", async () => {
    const db = openDatabase({ engine: "sqlite", path: ":memory:", synchronous: "FULL" });
    try {
      await migrateToLatest(db);
      const { rows } = await sql<{ name: string }>`
        SELECT name FROM sqlite_master
        WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'kysely\\_migration%' ESCAPE '\\'
        ORDER BY name`.execute(db);
      assert.deepEqual(
        [...TABLES_IN_ORDER].sort(),
        rows.map((r) => r.name),
      );
      for (const [position, table] of TABLES_IN_ORDER.entries()) {
        const { rows: references } = await sql<{ table: string }>`
          SELECT "table" FROM pragma_foreign_key_list(${table})`.execute(db);
        for (const { table: parent } of references) {
          assert.ok(
            TABLES_IN_ORDER.indexOf(parent as (typeof TABLES_IN_ORDER)[number]) < position,
            `${parent} comes before ${table}, which references it`,
          );
        }
      }
    } finally {
      await db.destroy();
    }
  });
});
