import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { createTestSchema, POSTGRES_ONLY } from "../testkit/test-database.ts";
import { callApi, type RunningServer, startServer } from "./process.ts";

const TOKEN = "slow-db-bootstrap-token-00000000";
const STATEMENT_TIMEOUT_MS = 400;
const CONNECT_TIMEOUT_MS = 400;

const call = (server: RunningServer, method: string, path: string, body?: unknown) =>
  // biome-ignore lint/suspicious/noExplicitAny: bodies of several operations, read field by field.
  callApi<any>(server.baseUrl, method, path, TOKEN, body);

const incident = (title: string) => ({
  incident_type: "inc_type_p_config_issues",
  creator: "u1",
  is_service_interrupt: false,
  incident_assignee: ["u2"],
  incident_level: "level_40",
  incident_title: title,
  incident_source: "incident_source_manual",
});

describe("a node while PostgreSQL is too slow to answer (a table locked behind its back)", () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let node: RunningServer;
  let locker: pg.Client;
  before(async () => {
    if (POSTGRES_ONLY.skip) return;
    schema = await createTestSchema();
    node = await startServer({
      DATABASE_URL: schema.url,
      INCIDENTD_BOOTSTRAP_PROJECT_ID: "slow",
      INCIDENTD_BOOTSTRAP_TOKEN: TOKEN,
      INCIDENTD_PG_POOL_SIZE: "2",
      INCIDENTD_PG_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      INCIDENTD_PG_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    });
    locker = new pg.Client({ connectionString: schema.url });
    await locker.connect();
  });
  after(async () => {
    await locker?.end();
    await node?.stop();
    await schema?.drop();
  });

  it(
    "answers 503 with a clear message within the timeouts instead of piling requests up, loses nothing it acknowledged, and recovers at once",
    POSTGRES_ONLY,
    async () => {
      const created = await call(node, "POST", "/v1/external/incident/create", incident("before the lock"));
      assert.equal(created.status, 200);
      const num = created.body.data.incident_num as string;

      await locker.query("BEGIN");
      await locker.query("LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE");
      // Should the timeouts not work, the lock goes after 8 s, so the test fails on the time taken
      // instead of hanging.
      const safety = setTimeout(() => void locker.query("ROLLBACK"), 8000);
      const started = Date.now();
      // Six times the pool: two requests get a connection and are cancelled by the statement timeout,
      // the others give up waiting for a connection (or get one freed by a cancel, and are cancelled too).
      const answers = await Promise.all([
        ...Array.from({ length: 12 }, () => call(node, "GET", `/v1/external/incident/${num}`)),
        call(node, "POST", "/v1/external/incident/create", incident("during the lock")),
      ]);
      const elapsed = Date.now() - started;
      clearTimeout(safety);
      for (const answer of answers) {
        assert.equal(answer.status, 503, JSON.stringify(answer.body));
        assert.equal(answer.body.error_code, "IDT.00000503");
        assert.match(
          String(answer.body.error_msg),
          /^(the database did not answer in time \(statement timeout\)|no database connection became free in time \(the database is slow or overloaded\)); retry shortly$/,
        );
      }
      assert.ok(
        answers.some((a) => /statement timeout/.test(String(a.body.error_msg))),
        "the requests holding a connection were cut by the statement timeout",
      );
      assert.ok(elapsed < 5000, `every request was answered within the timeouts (took ${elapsed} ms)`);
      assert.equal((await call(node, "GET", "/healthz")).status, 200, "the process stays up");

      await locker.query("ROLLBACK");
      const detail = await call(node, "GET", `/v1/external/incident/${num}`);
      assert.equal(detail.status, 200, "recovers with the next request, without a restart");
      assert.equal(detail.body.data.incident_title, "before the lock");
      const { rows } = await locker.query(
        "SELECT incident_title AS title FROM incidents ORDER BY incident_title",
      );
      assert.deepEqual(
        rows.map((r) => r.title),
        ["before the lock"],
        "the create answered 503 was not applied",
      );
      assert.equal(
        (await call(node, "POST", "/v1/external/incident/create", incident("after the lock"))).status,
        200,
      );
      assert.doesNotMatch(node.output(), /Internal server error/, "no request was answered 500");
    },
  );
});
