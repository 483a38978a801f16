import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/database.ts";
import { expensiveReadsOf } from "../../src/db/expensive-reads.ts";
import { sqliteReadersOf } from "../../src/db/sqlite-read-dialect.ts";
import { sqliteReaders } from "../../src/db/sqlite-readers.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { actOk } from "../../testkit/workflow.ts";
import { createFileHarness, type FileHarness } from "./file-harness.ts";

/**
 * On a SQLite database file, searches run on a worker thread's read-only connection
 * (db/expensive-reads.ts). What must hold: a search sees every write acknowledged before it was sent, the
 * worker only reads, and closing the app ends the worker before the main connection.
 */
describe("SQLite reader workers", () => {
  let h: FileHarness;
  before(async () => {
    h = await createFileHarness(1);
  });
  after(() => h.close());

  async function list(body: object) {
    const res = await h.request({
      method: "POST",
      url: "/v2/incidents/list",
      payload: body,
      token: h.tokens.reader,
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().data as {
      total: number;
      tickets: Array<{ ticket_id: string; work_flow_status: string }>;
      count_filters?: Array<{ name: string; count: number }>;
    };
  }

  const readers = () => sqliteReadersOf(h.deps.db);

  it("reads the first page of an unfiltered list on the main connection (no worker started)", async () => {
    await createIncidentVia(h);
    assert.equal((await list({})).total, 1);
    assert.equal(readers()?.started, 0);
  });

  it("runs a filtered list on a worker thread", async () => {
    const data = await list({ string_filters: [{ field: "creator", operator: "like", values: ["B67C"] }] });
    assert.equal(data.tickets.length, 1);
    assert.equal(readers()?.started, 1);
  });

  it("finds every incident whose create was acknowledged before the list was sent", async () => {
    for (let i = 0; i < 30; i++) {
      const title = `visible after ack ${i}`;
      const num = await createIncidentVia(h, exampleIncident({ incident_title: title }));
      const data = await list({
        string_filters: [{ field: "title", operator: "=", values: [title] }],
        count_filters: [{ name: "mine", filters: [{ field: "ticket_id", operator: "=", values: [num] }] }],
      });
      assert.deepEqual(
        data.tickets.map((t) => t.ticket_id),
        [num],
        `list ${i} missed the incident just created`,
      );
      assert.equal(data.total, 1);
      assert.deepEqual(data.count_filters, [{ name: "mine", count: 1 }]);
    }
  });

  it("sees a workflow action acknowledged before the list was sent", async () => {
    const num = await createIncidentVia(h, exampleIncident({ incident_title: "to accept" }));
    const byNumber = { string_filters: [{ field: "ticket_id", operator: "=", values: [num] }] };
    assert.equal((await list(byNumber)).tickets[0]?.work_flow_status, "INCIDENT_STATUS_TRIGGERED");
    await actOk(h, num, "accepted");
    assert.equal((await list(byNumber)).tickets[0]?.work_flow_status, "INCIDENT_STATUS_ACKNOWLEDGED");
  });

  it("exports through the worker the incidents the list finds", async () => {
    const query = { string_filters: [{ field: "title", operator: "startwith", values: ["visible after"] }] };
    const res = await h.request({
      method: "GET",
      url: `/incidentd/v1/incidents/export?query=${encodeURIComponent(JSON.stringify(query))}`,
      token: h.tokens.reader,
    });
    assert.equal(res.statusCode, 200, res.body);
    const exported = res.body
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { ticket_id: string }).ticket_id);
    const listed = (await list({ ...query, per_page: 100 })).tickets.map((t) => t.ticket_id);
    assert.equal(exported.length, 30);
    assert.deepEqual(exported, listed);
  });

  it("refuses to write through the worker's connection", async () => {
    const reads = expensiveReadsOf(h.deps.db);
    await assert.rejects(sql`delete from incidents`.execute(reads), /only statements that read/);
    await assert.rejects(sql`pragma user_version = 7`.execute(reads));
    assert.ok(
      (await list({ string_filters: [{ field: "creator", operator: "like", values: ["B67C"] }] })).total > 0,
    );
  });

  it("answers a statement's error with SQLite's code", async () => {
    await assert.rejects(sql`select * from no_such_table`.execute(expensiveReadsOf(h.deps.db)), (error) => {
      assert.equal((error as { code?: string }).code, "SQLITE_ERROR");
      assert.match((error as Error).message, /no such table/);
      return true;
    });
  });

  it("ends the worker, then the main connection, when the app closes (the WAL is checkpointed away)", async () => {
    const other = await createFileHarness(2);
    const { file } = other;
    await createIncidentVia(other);
    const res = await other.request({
      method: "POST",
      url: "/v2/incidents/list",
      payload: { string_filters: [{ field: "creator", operator: "like", values: ["B67C"] }] },
      token: other.tokens.reader,
    });
    assert.equal(res.statusCode, 200, res.body);
    const workers = sqliteReadersOf(other.deps.db);
    assert.equal(workers?.started, 1);
    assert.ok(existsSync(`${file}-wal`));
    await other.app.close();
    await other.deps.db.destroy();
    assert.equal(workers?.started, 0);
    assert.equal(existsSync(`${file}-wal`), false, "the main connection did not close last");
    await other.close();
  });
});

describe("INCIDENTD_SQLITE_READ_WORKERS", () => {
  it("is 1 by default, 0 to 16 when set, and a bad value stops the start", () => {
    assert.equal(loadConfig({}).sqliteReadWorkers, 1);
    assert.equal(loadConfig({ INCIDENTD_SQLITE_READ_WORKERS: "0" }).sqliteReadWorkers, 0);
    assert.equal(loadConfig({ INCIDENTD_SQLITE_READ_WORKERS: "16" }).sqliteReadWorkers, 16);
    assert.throws(() => loadConfig({ INCIDENTD_SQLITE_READ_WORKERS: "17" }), ConfigError);
    assert.throws(() => loadConfig({ INCIDENTD_SQLITE_READ_WORKERS: "two" }), ConfigError);
  });

  it("0 keeps the searches on the main connection", async () => {
    const h = await createFileHarness(0);
    try {
      await createIncidentVia(h);
      const res = await h.request({
        method: "POST",
        url: "/v2/incidents/list",
        payload: { string_filters: [{ field: "creator", operator: "like", values: ["B67C"] }] },
        token: h.tokens.reader,
      });
      assert.equal(res.json().data.total, 1);
      assert.equal(sqliteReadersOf(h.deps.db), undefined);
      assert.equal(expensiveReadsOf(h.deps.db) === h.deps.db, false, "searches still take turns");
    } finally {
      await h.close();
    }
  });
});

describe("a reader worker that fails", () => {
  it("answers its reads with the error, and the next read starts another worker", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "incidentd-readers-"));
    const file = path.join(dir, "incidentd.db");
    const readers = sqliteReaders(file, 1);
    try {
      // No database file yet: the worker's read-only connection cannot open it and the thread fails.
      await assert.rejects(readers.read("select 1 as one", []), (error: Error & { code?: string }) => {
        assert.match(error.message, /^the SQLite reader thread failed/);
        assert.equal(error.code, "SQLITE_CANTOPEN");
        return true;
      });
      assert.equal(readers.started, 0);
      const db = openDatabase({ engine: "sqlite", path: file, synchronous: "NORMAL", readWorkers: 0 });
      await sql`select 1`.execute(db);
      assert.deepEqual(await readers.read("select 1 as one", []), [{ one: 1 }]);
      assert.equal(readers.started, 1);
      await assert.rejects(readers.read("select ? as v", [Symbol("x")]), /could not be cloned/);
      assert.deepEqual(await readers.read("select ? as v", [2]), [{ v: 2 }]);
      await readers.close();
      await db.destroy();
    } finally {
      await readers.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
