import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Migrator, PostgresAdapter, sql } from "kysely";
import type { Db } from "../../src/db/database.ts";
import { migrationProvider } from "../../src/db/migrations/index.ts";
import { openTestDatabase } from "../../testkit/test-database.ts";

const BEFORE = "20261130054000_directory_version";
const GUARD = "20261207000000_signature_guard";

async function migrator(db: Db): Promise<Migrator> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const schema = postgres
    ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
    : undefined;
  return new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
}

async function migrateTo(db: Db, name: string): Promise<void> {
  const { error } = await (await migrator(db)).migrateTo(name);
  if (error) throw error;
}

describe(`migration ${GUARD}`, () => {
  let db: Db;
  let close: () => Promise<void>;
  before(async () => {
    ({ db, close } = await openTestDatabase());
  });
  after(() => close());

  it("keeps existing access keys and their lock, adds the guard tables, and goes back down", async () => {
    await migrateTo(db, BEFORE);
    await sql`INSERT INTO projects (id, name, created_at) VALUES ('p', 'p', 1)`.execute(db);
    await sql`INSERT INTO access_keys (access_key, project_id, name, role, principal, secret_sealed, enabled,
      failed_attempts, locked_until, created_at) VALUES ('AK1', 'p', 'k', 'reader', 'u', 's', 1, 3, 99, 1)`.execute(
      db,
    );
    await migrateTo(db, GUARD);
    const key = await db.selectFrom("access_keys").selectAll().executeTakeFirstOrThrow();
    assert.equal(Number(key.locked_until), 99);
    assert.equal("failed_attempts" in key, false);
    await db.insertInto("seen_signatures").values({ signature_hash: "h", expires_at: 1 }).execute();
    await db
      .insertInto("signature_failures")
      .values({ access_key: "AK1", source: "203.0.113.7", failures: 1, locked_until: null, updated_at: 1 })
      .execute();
    await migrateTo(db, BEFORE);
    const back = (await sql<Record<string, unknown>>`SELECT * FROM access_keys`.execute(db)).rows[0];
    assert.equal(Number(back?.failed_attempts), 0);
    await migrateTo(db, GUARD);
    assert.deepEqual(await db.selectFrom("seen_signatures").selectAll().execute(), []);
  });
});
