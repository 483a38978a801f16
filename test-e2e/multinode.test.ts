import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { migrationProvider } from "../src/db/migrations/index.ts";
import { createTestSchema, POSTGRES_ONLY } from "../testkit/test-database.ts";
import { callApi, type RunningServer, startServer } from "./process.ts";

const TOKEN = "multinode-bootstrap-token-000000";

const example = (i: number) => ({
  incident_type: "inc_type_p_config_issues",
  creator: `creator-${i % 7}`,
  is_service_interrupt: "false",
  incident_assignee: [`owner-${i % 5}`],
  incident_level: "level_40",
  incident_title: `incident ${i}`,
  incident_source: "incident_source_manual",
});

const call = (server: RunningServer, method: string, path: string, body?: unknown) =>
  // biome-ignore lint/suspicious/noExplicitAny: bodies of several operations, read field by field.
  callApi<any>(server.baseUrl, method, path, TOKEN, body);

describe("two nodes on one PostgreSQL database", () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let nodes: RunningServer[] = [];
  before(async () => {
    if (POSTGRES_ONLY.skip) return;
    schema = await createTestSchema();
    const env = {
      DATABASE_URL: schema.url,
      INCIDENTD_BOOTSTRAP_PROJECT_ID: "mn",
      INCIDENTD_BOOTSTRAP_TOKEN: TOKEN,
    };
    // Started together on an empty database: migrations and bootstrap race and must both hold.
    nodes = await Promise.all([startServer(env), startServer(env)]);
  });
  after(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await schema?.drop();
  });

  it("migrated the schema exactly once", POSTGRES_ONLY, async () => {
    const client = new pg.Client({ connectionString: schema.url });
    await client.connect();
    try {
      const { rows } = await client.query("select name from kysely_migration order by name");
      const expected = Object.keys(await migrationProvider.getMigrations()).sort();
      assert.deepEqual(
        rows.map((r) => r.name),
        expected,
      );
      const projects = await client.query("select id from projects");
      assert.deepEqual(projects.rows, [{ id: "mn" }]);
    } finally {
      await client.end();
    }
  });

  it(
    "never gives two incidents the same number under concurrent creates on both nodes",
    POSTGRES_ONLY,
    async () => {
      const results = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          call(nodes[i % 2] as RunningServer, "POST", "/v1/external/incident/create", example(i)),
        ),
      );
      for (const r of results) assert.equal(r.status, 200, JSON.stringify(r.body));
      const numbers = results.map((r) => r.body.data.incident_num as string);
      assert.equal(new Set(numbers).size, 300);
    },
  );

  it(
    "applies exactly one of many conflicting actions sent to both nodes, and keeps histories complete",
    POSTGRES_ONLY,
    async () => {
      const [a, b] = nodes as [RunningServer, RunningServer];
      for (let round = 0; round < 5; round++) {
        const num = (await call(a, "POST", "/v1/external/incident/create", example(round))).body.data
          .incident_num as string;
        const task = (await call(b, "GET", `/v2/incidents/${num}/tasks`)).body.data[0].operations[0].task_id;
        const attempts = await Promise.all([
          ...Array.from({ length: 10 }, (_, i) =>
            call(i % 2 ? a : b, "POST", "/v1/external/incident/handle", {
              incident_num: num,
              operator: `op-${i}`,
              operate_key: "acceptedIncident1",
              parameter: {},
            }),
          ),
          ...Array.from({ length: 10 }, (_, i) =>
            call(i % 2 ? b : a, "POST", `/v2/incidents/${num}/actions`, {
              task_id: task,
              action: "rejected",
              params: { virtual_confirm_comment: "dup" },
            }),
          ),
        ]);
        const winners = attempts.filter((r) => r.status === 200);
        assert.equal(winners.length, 1, JSON.stringify(attempts.map((r) => r.body.error_code)));
        for (const loser of attempts.filter((r) => r.status !== 200)) {
          assert.equal(loser.status, 400);
          assert.ok(
            ["IDT.00010001", "IDT.00010002", "IDT.00010003"].includes(loser.body.error_code),
            loser.body.error_code,
          );
        }
        for (const node of nodes) {
          const history = (await call(node, "POST", `/v2/incidents/${num}/histories`, {})).body.data;
          assert.equal(history.total, 2);
          assert.equal(history.info[0].action, "create");
          assert.ok(["accepted", "rejected"].includes(history.info[1].action));
        }
        const [fromA, fromB] = await Promise.all([
          call(a, "GET", `/v1/external/incident/${num}`),
          call(b, "GET", `/v1/external/incident/${num}`),
        ]);
        assert.deepEqual(fromA.body, fromB.body);
      }
    },
  );

  it("answers identical detail responses on both nodes", POSTGRES_ONLY, async () => {
    const created = await call(
      nodes[0] as RunningServer,
      "POST",
      "/v1/external/incident/create",
      example(99),
    );
    const num = created.body.data.incident_num;
    const [fromA, fromB] = await Promise.all(
      nodes.map((n) => call(n, "GET", `/v1/external/incident/${num}`)),
    );
    assert.equal(fromA?.status, 200);
    assert.deepEqual(fromA?.body, fromB?.body);
  });
});
