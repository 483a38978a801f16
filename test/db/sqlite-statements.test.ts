import assert from "node:assert/strict";
import { describe, it } from "node:test";
import SqliteDatabase from "better-sqlite3";
import { MAX_CACHED_STATEMENTS, sqliteStatements } from "../../src/db/sqlite-statements.ts";

/** Rows built from raw values must be exactly the objects better-sqlite3 itself would have built. */
describe("SQLite statements (raw rows, compiled row objects)", () => {
  const sqlite = new SqliteDatabase(":memory:");
  sqlite.exec(`CREATE TABLE t (id INTEGER, name TEXT, note TEXT);
    INSERT INTO t VALUES (1, 'a', NULL), (2, '中文 "q"', 'x'), (3, NULL, '');`);
  const statements = sqliteStatements(sqlite);

  const queries = [
    "SELECT * FROM t ORDER BY id",
    `SELECT id AS "weird ""key""", name AS "count(*)", note AS "constructor" FROM t ORDER BY id`,
    "SELECT count(*), max(id) FROM t",
    "SELECT id, id FROM t ORDER BY id",
    `SELECT name AS "__proto__" FROM t ORDER BY id`,
    "SELECT id, name FROM t WHERE id = ?",
  ];

  for (const sql of queries) {
    it(`answers ${sql} as better-sqlite3 does`, () => {
      const parameters = sql.includes("?") ? [2] : [];
      const own = sqlite.prepare(sql).all(...parameters);
      const built = statements.prepare(sql).all(...parameters);
      assert.deepEqual(built, own);
      for (const [i, row] of built.entries()) {
        assert.deepEqual(Object.keys(row as object), Object.keys(own[i] as object));
        assert.equal(Object.getPrototypeOf(row), Object.getPrototypeOf(own[i]));
      }
      assert.deepEqual([...statements.prepare(sql).iterate(...parameters)], own);
    });
  }

  it("runs writes and answers RETURNING rows as objects", () => {
    const returned = statements.prepare("UPDATE t SET note = 'y' WHERE id = 1 RETURNING id, note").all();
    assert.deepEqual(returned, [{ id: 1, note: "y" }]);
    const result = statements.prepare("INSERT INTO t VALUES (4, 'd', NULL)").run();
    assert.equal(result.changes, 1);
  });
});

describe("SQLite statement cache (bounded)", () => {
  it("keeps at most MAX_CACHED_STATEMENTS of 10,000 distinct shapes", () => {
    const sqlite = new SqliteDatabase(":memory:");
    sqlite.exec("CREATE TABLE t (id INTEGER, name TEXT)");
    const statements = sqliteStatements(sqlite);
    for (let i = 0; i < 10_000; i++) {
      statements.prepare(`SELECT id FROM t WHERE name IN (${"?,".repeat(i % 50)}?) -- ${i}`);
      assert.ok(statements.size <= MAX_CACHED_STATEMENTS, `${statements.size} cached`);
    }
    sqlite.close();
  });

  it("keeps a statement used between one-off shapes, so the hot path stays one lookup", () => {
    const sqlite = new SqliteDatabase(":memory:");
    sqlite.exec("CREATE TABLE t (id INTEGER, name TEXT)");
    const statements = sqliteStatements(sqlite);
    const hot = statements.prepare("SELECT id FROM t WHERE id = ?");
    for (let i = 0; i < 5 * MAX_CACHED_STATEMENTS; i++) {
      statements.prepare(`SELECT id FROM t WHERE id = ${i}`);
      if (i % 50 === 0) assert.equal(statements.prepare("SELECT id FROM t WHERE id = ?"), hot);
    }
    assert.equal(statements.prepare("SELECT id FROM t WHERE id = ?"), hot);
    sqlite.close();
  });
});

/** The change count behind the answer cache's stamp (db/change-stamp.ts) moves after every commit. */
describe("SQLite statements' change count", () => {
  const sqlite = new SqliteDatabase(":memory:");
  sqlite.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
  const statements = sqliteStatements(sqlite);
  const run = (sql: string, ...parameters: unknown[]) => {
    const statement = statements.prepare(sql);
    return statement.reader ? statement.all(...parameters) : statement.run(...parameters);
  };

  it("does not move for reads", () => {
    const before = statements.changes;
    run("SELECT * FROM t");
    run("SELECT count(*) FROM t WHERE id = ?", 1);
    assert.equal(statements.changes, before);
  });

  it("moves for writes, also those that answer rows (RETURNING)", () => {
    let before = statements.changes;
    run("INSERT INTO t (name) VALUES (?)", "a");
    assert.ok(statements.changes > before);
    before = statements.changes;
    assert.deepEqual(run("INSERT INTO t (name) VALUES (?) RETURNING name", "b"), [{ name: "b" }]);
    assert.ok(statements.changes > before);
  });

  it("moves when a transaction commits, after its last write", () => {
    run("BEGIN");
    run("UPDATE t SET name = ? WHERE id = ?", "c", 1);
    const beforeCommit = statements.changes;
    run("COMMIT");
    assert.ok(
      statements.changes > beforeCommit,
      "a read between the last write and COMMIT must not stay valid",
    );
  });

  it("moves even when the statement fails", () => {
    const before = statements.changes;
    assert.throws(() => run("INSERT INTO t (id, name) VALUES (?, ?)", 1, "duplicate"));
    assert.ok(statements.changes > before);
  });
});
