import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import type { Db } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { prepared, preparedInsert } from "../../src/db/prepared.ts";
import { mapMaybe } from "../../src/maybe-promise.ts";
import { ENGINE, openTestDatabase } from "../../testkit/test-database.ts";

const user = (project: string, id: string, name: string) => ({
  project_id: project,
  id,
  display_name: name,
  email: null,
  created_at: 1,
  updated_at: 1,
});

describe("prepared queries (compiled once, arguments substituted per call)", () => {
  let db: Db;
  let close: () => Promise<void>;
  before(async () => {
    ({ db, close } = await openTestDatabase());
    await migrateToLatest(db);
    await db.insertInto("projects").values({ id: "p1", name: "p1", created_at: 1 }).execute();
    await db.insertInto("projects").values({ id: "p2", name: "p2", created_at: 1 }).execute();
  });
  after(() => close());

  const namesOf = prepared(2, (executor, projectId: string, prefix: string) =>
    executor
      .selectFrom("directory_users")
      .select(["id", "display_name"])
      .where("project_id", "=", projectId)
      .where("id", "like", sql<string>`${prefix} || '%'`)
      .where("display_name", "!=", "constant-never-matches")
      .orderBy("id"),
  );
  const insertUser = preparedInsert("directory_users");

  it("inserts rows through one template and reads them back with each call's own arguments", async () => {
    await insertUser(db, user("p1", "alice", "Alice"));
    await insertUser(db, user("p1", "albert", "Albert"));
    await insertUser(db, user("p2", "alice", "Alice of p2"));
    assert.deepEqual(await namesOf(db, "p1", "al"), [
      { id: "albert", display_name: "Albert" },
      { id: "alice", display_name: "Alice" },
    ]);
    assert.deepEqual(await namesOf(db, "p2", "al"), [{ id: "alice", display_name: "Alice of p2" }]);
    assert.deepEqual(await namesOf(db, "p1", "alb"), [{ id: "albert", display_name: "Albert" }]);
    assert.deepEqual(await namesOf(db, "p3", "a"), []);
  });

  it("answers SQLite reads on the spot (no promise), in a transaction too, and PostgreSQL's as promises", async () => {
    await insertUser(db, user("p1", "sync-1", "Sync One"));
    const outside = namesOf(db, "p1", "sync-");
    // The detail route's speed rests on this (docs/storage.md): mapMaybe then allocates no promise either.
    assert.equal(outside instanceof Promise, ENGINE === "postgres");
    assert.deepEqual(await outside, [{ id: "sync-1", display_name: "Sync One" }]);
    assert.deepEqual(await mapMaybe(outside, (rows) => rows.length), 1);
    await db.transaction().execute(async (trx) => {
      const inside = namesOf(trx, "p1", "sync-");
      assert.equal(inside instanceof Promise, ENGINE === "postgres");
      assert.deepEqual(await inside, [{ id: "sync-1", display_name: "Sync One" }]);
    });
  });

  it("never reads the uncommitted writes of a transaction it is not part of", async () => {
    // On SQLite, prepared queries run straight on the one connection unless a transaction is open on it.
    let outside: unknown[] | Promise<unknown[]> | undefined;
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await insertUser(trx, user("p1", "uncommitted", "Nobody"));
        outside = namesOf(db, "p1", "uncommitted");
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error("roll back");
      }),
      /roll back/,
    );
    assert.deepEqual(await outside, []);
  });

  it("runs inside a transaction and rolls back with it", async () => {
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await insertUser(trx, user("p1", "bob", "Bob"));
        assert.equal((await namesOf(trx, "p1", "bob")).length, 1);
        throw new Error("roll back");
      }),
      /roll back/,
    );
    assert.deepEqual(await namesOf(db, "p1", "bob"), []);
  });

  it("keeps rows with a different column set apart (a missing optional column is not shifted)", async () => {
    await db.insertInto("projects").values({ id: "p3", name: "p3", created_at: 1 }).execute();
    const insertProject = preparedInsert("projects");
    await insertProject(db, { id: "p4", name: "four", created_at: 4 });
    await insertProject(db, { name: "five", id: "p5", created_at: 5 });
    const rows = await db
      .selectFrom("projects")
      .selectAll()
      .where("id", "in", ["p4", "p5"])
      .orderBy("id")
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.id, r.name, Number(r.created_at)]),
      [
        ["p4", "four", 4],
        ["p5", "five", 5],
      ],
    );
  });

  it("sends prepared queries to PostgreSQL as named statements, planned once per connection", {
    skip: ENGINE === "postgres" ? false : "PostgreSQL only: SQLite prepares every statement anyway",
  }, async () => {
    await namesOf(db, "p1", "al");
    await namesOf(db, "p1", "al");
    // Every connection of the pool that ran it holds the statement; ask until one of them answers.
    let names: string[] = [];
    for (let i = 0; i < 10 && names.length === 0; i++) {
      const { rows } = await sql<{ name: string; statement: string }>`
          SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE '/*prepared:%'`.execute(db);
      names = rows.filter((r) => r.statement.includes('"directory_users"')).map((r) => r.name);
      if (names.length === 0) await namesOf(db, "p1", "al");
    }
    assert.ok(names.length > 0 && names.every((n) => /^p_[0-9a-f]{16}$/.test(n)), JSON.stringify(names));
  });

  it("refuses a builder that does not use every argument (it would silently ignore one)", async () => {
    const broken = prepared(2, (executor, projectId: string, _unused: string) =>
      executor.selectFrom("directory_users").select("id").where("project_id", "=", projectId),
    );
    await assert.rejects(async () => broken(db, "p1", "x"), /uses 1 of its 2 arguments/);
  });
});
