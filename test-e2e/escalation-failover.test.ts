import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { exampleIncident } from "../testkit/example-incident.ts";
import { createTestSchema, POSTGRES_ONLY } from "../testkit/test-database.ts";
import { callApi, type RunningServer, startServer } from "./process.ts";

const TOKEN = "escalation-failover-token-000000";
const PROJECT = "esc";

/** primary → secondary → manager, one person each around the clock; a step every minute. */
const SCENE = {
  name: "Payments",
  roles: ["primary", "secondary", "manager"].map((role_id, i) => ({
    role_id,
    name: role_id,
    rotations: [
      {
        participants: [["ann", "bob", "cho"][i]],
        shift: "P1D",
        handoff: "00:00",
        time_zone: "UTC",
        start: "2020-01-01",
      },
    ],
  })),
  escalation: {
    steps: [
      { after_minutes: 1, role_id: "secondary" },
      { after_minutes: 1, role_id: "manager" },
    ],
  },
};

/**
 * Escalation across real processes on PostgreSQL (docs/oncall.md, "Escalation"): timers live in the
 * database, so a node SIGKILLed between two steps leaves the next step to another node, and a step a dead
 * node was holding (its lease) goes to another node once the lease has run out — each step fires once.
 * Steps are made due by moving `due_at` in the database, so the test waits for the workers' 5 s poll,
 * not for the policy's minutes.
 */
describe("escalation when a node is killed (PostgreSQL, real processes)", () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let client: pg.Client;
  const nodes: RunningServer[] = [];
  let env: Record<string, string>;
  let num: string;

  const call = (node: RunningServer, method: string, path: string, body?: unknown) =>
    // biome-ignore lint/suspicious/noExplicitAny: bodies of several operations, read field by field.
    callApi<any>(node.baseUrl, method, path, TOKEN, body);
  const assigneeVia = async (node: RunningServer) =>
    (await call(node, "GET", `/v1/external/incident/${num}`)).body.data.incident_assignee;
  const escalations = async () =>
    (
      await client.query(
        "select operator, details from incident_histories where project_id = $1 and incident_num = $2 and action = 'escalate' order by seq",
        [PROJECT, num],
      )
    ).rows.map((r) => {
      const details = JSON.parse(r.details);
      return [r.operator, details.from, details.to, details.step];
    });
  const timer = async () =>
    (
      await client.query(
        "select step, lease_owner, lease_until from escalation_timers where project_id = $1 and incident_num = $2",
        [PROJECT, num],
      )
    ).rows[0];
  /** Creates an incident assigned from the scene's primary role (so the escalation policy applies). */
  const createOnCallIncident = async (node: RunningServer): Promise<string> => {
    const created = await call(
      node,
      "POST",
      "/v1/external/incident/create",
      exampleIncident({ incident_assignee: [], assignee_scene: "pay", assignee_role: "primary" }),
    );
    assert.equal(created.status, 200, JSON.stringify(created.body));
    return created.body.data.incident_num;
  };
  /** Waits (polling the database) until `ready` holds, for at most `ms`. */
  const waitFor = async (what: string, ready: () => Promise<boolean>, ms = 30_000) => {
    const until = Date.now() + ms;
    while (!(await ready())) {
      if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
      await sleep(200);
    }
  };

  before(async () => {
    if (POSTGRES_ONLY.skip) return;
    schema = await createTestSchema();
    client = new pg.Client({ connectionString: schema.url });
    await client.connect();
    env = {
      DATABASE_URL: schema.url,
      INCIDENTD_BOOTSTRAP_PROJECT_ID: PROJECT,
      INCIDENTD_BOOTSTRAP_TOKEN: TOKEN,
    };
    nodes.push(await startServer(env));
    const a = nodes[0] as RunningServer;
    for (const id of ["ann", "bob", "cho"]) {
      const res = await call(a, "POST", "/incidentd/v1/users", { id, display_name: id });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    }
    const put = await call(a, "PUT", "/incidentd/v1/oncall/scenes/pay", SCENE);
    assert.equal(put.status, 200, JSON.stringify(put.body));
  });
  after(async () => {
    await Promise.all(nodes.map((n) => n.stop("SIGKILL")));
    await client?.end();
    await schema?.drop();
  });

  it(
    "fires the first step on node A, then the second on node B after A is SIGKILLed",
    POSTGRES_ONLY,
    async () => {
      const a = nodes[0] as RunningServer;
      num = await createOnCallIncident(a);
      assert.deepEqual(await assigneeVia(a), ["ann"]);
      assert.equal((await timer())?.step, 0);

      await client.query("update escalation_timers set due_at = $1 where incident_num = $2", [
        Date.now(),
        num,
      ]);
      await waitFor("node A to fire step 1", async () => (await escalations()).length === 1);
      assert.deepEqual(await assigneeVia(a), ["bob"]);
      assert.equal((await timer())?.step, 1, "the next step is scheduled in the same transaction");

      assert.equal(await a.stop("SIGKILL"), null);
      const b = await startServer(env);
      nodes.push(b);
      await client.query("update escalation_timers set due_at = $1 where incident_num = $2", [
        Date.now(),
        num,
      ]);
      await waitFor("node B to fire step 2", async () => (await escalations()).length === 2);
      assert.deepEqual(await assigneeVia(b), ["cho"]);
      assert.deepEqual(await escalations(), [
        ["incidentd-escalation", "ann", "bob", 0],
        ["incidentd-escalation", "bob", "cho", 1],
      ]);
      assert.equal(await timer(), undefined, "the policy is done: no timer left");
    },
  );

  it(
    "leaves a step a dead node was holding to a live node once its lease has run out, and fires it once",
    POSTGRES_ONLY,
    async () => {
      const b = nodes[1] as RunningServer;
      num = await createOnCallIncident(b);
      // The state a node leaves when it is killed after claiming the step and before firing it: the
      // step is due and leased to it for a while longer.
      const leaseUntil = Date.now() + 8000;
      await client.query(
        "update escalation_timers set due_at = $1, lease_owner = 'killed-node', lease_until = $2 where incident_num = $3",
        [Date.now(), leaseUntil, num],
      );
      await sleep(6000); // more than a poll of node B's worker: it must leave the leased step alone
      assert.equal(Date.now() < leaseUntil, true, "the check above ran within the lease");
      assert.deepEqual(await escalations(), []);
      assert.deepEqual(await assigneeVia(b), ["ann"]);
      await waitFor("node B to take over the step", async () => (await escalations()).length === 1);
      assert.deepEqual(await assigneeVia(b), ["bob"]);
      const after = await timer();
      assert.equal(after?.step, 1);
      assert.notEqual(after?.lease_owner, "killed-node");
      await sleep(5500); // another poll: the step is not fired twice
      assert.equal((await escalations()).length, 1);
    },
  );
});
