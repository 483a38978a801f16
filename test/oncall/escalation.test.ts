import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { listHistory } from "../../src/incidents/incident.repository.ts";
import { claimDueTimers } from "../../src/oncall/escalation.repository.ts";
import { ESCALATION_LEASE_MS, processDueEscalations } from "../../src/oncall/escalation.service.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { actOk } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

/*
 * Escalation with the test clock: an incident left unaccepted goes to each step's target in turn, each
 * step recorded in its history; accepting stops it, a forward restarts it, and a node that dies holding
 * a step leaves it to another once its lease runs out.
 */

const MINUTE = 60_000;
const START = Date.UTC(2024, 2, 18, 13, 22, 3, 172);

const scene = {
  name: "Payments",
  roles: [
    { role_id: "primary", name: "Primary", rotations: [rotation("ann")] },
    { role_id: "secondary", name: "Secondary", rotations: [rotation("bob")] },
  ],
  escalation: {
    steps: [
      { after_minutes: 10, role_id: "secondary" },
      { after_minutes: 15, user_id: "cho" },
    ],
  },
};

function rotation(user: string) {
  return { participants: [user], shift: "P1D", handoff: "00:00", time_zone: "UTC", start: "2024-01-01" };
}

describe("escalation", () => {
  const h = useHarness();
  before(async () => {
    for (const id of ["ann", "bob", "cho"]) {
      await h.request({
        method: "POST",
        url: "/incidentd/v1/users",
        payload: { id, display_name: id },
        token: h.tokens.admin,
      });
    }
    const res = await h.request({
      method: "PUT",
      url: "/incidentd/v1/oncall/scenes/pay",
      payload: scene,
      token: h.tokens.admin,
    });
    assert.equal(res.statusCode, 200, res.body);
  });

  const at = (minutes: number) => {
    h.clock.current = START + minutes * MINUTE;
  };
  const assigneeOf = async (num: string) =>
    (await h.request({ method: "GET", url: `/v1/external/incident/${num}`, token: h.tokens.reader })).json()
      .data.incident_assignee;
  const create = () =>
    createIncidentVia(
      h,
      exampleIncident({ incident_assignee: [], assignee_scene: "pay", assignee_role: "primary" }),
    );

  it("hands an unaccepted incident to each step's target in turn, recording each step", async () => {
    at(0);
    const num = await create();
    assert.deepEqual(await assigneeOf(num), ["ann"]);
    at(9);
    assert.equal(await processDueEscalations(h.deps, "node-a"), 0);
    at(10);
    assert.equal(await processDueEscalations(h.deps, "node-a"), 1);
    assert.deepEqual(await assigneeOf(num), ["bob"]);
    at(24);
    await processDueEscalations(h.deps, "node-a");
    assert.deepEqual(await assigneeOf(num), ["bob"]);
    at(25);
    await processDueEscalations(h.deps, "node-a");
    assert.deepEqual(await assigneeOf(num), ["cho"]);
    at(120);
    assert.equal(await processDueEscalations(h.deps, "node-a"), 0); // the policy is done
    const steps = (await listHistory(h.deps.db, h.projectId, num)).filter((e) => e.action === "escalate");
    assert.deepEqual(
      steps.map((e) => [e.operator, JSON.parse(e.details ?? "{}").from, JSON.parse(e.details ?? "{}").to]),
      [
        ["incidentd-escalation", "ann", "bob"],
        ["incidentd-escalation", "bob", "cho"],
      ],
    );
  });

  it("stops once the incident is accepted, by any path", async () => {
    at(0);
    const num = await create();
    at(5);
    const accepted = await h.request({
      method: "POST",
      url: "/v1/external/incident/handle",
      payload: { incident_num: num, operator: "ann", operate_key: "acceptedIncident1" },
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    at(60);
    assert.equal(await processDueEscalations(h.deps, "node-a"), 0);
    assert.deepEqual(await assigneeOf(num), ["ann"]);
  });

  it("restarts from the start when the incident is forwarded to the scene again", async () => {
    at(0);
    const num = await create();
    at(8);
    await actOk(h, num, "unAcceptedForward", {
      virtual_schedule_type: "pay",
      virtual_schedule_role: "primary",
    });
    at(12);
    assert.equal(await processDueEscalations(h.deps, "node-a"), 0); // due at 18 now
    at(18);
    assert.equal(await processDueEscalations(h.deps, "node-a"), 1);
    assert.deepEqual(await assigneeOf(num), ["bob"]);
  });

  it("leaves a step held by a node that died to another node once the lease runs out", async () => {
    at(0);
    const num = await create();
    at(10);
    const taken = await h.deps.db
      .transaction()
      .execute((trx) =>
        claimDueTimers(trx, "dead-node", h.clock.now(), h.clock.now() + ESCALATION_LEASE_MS, 50),
      );
    assert.equal(taken.length, 1);
    assert.equal(await processDueEscalations(h.deps, "live-node"), 0);
    assert.deepEqual(await assigneeOf(num), ["ann"]);
    h.clock.advance(ESCALATION_LEASE_MS);
    assert.equal(await processDueEscalations(h.deps, "live-node"), 1);
    assert.deepEqual(await assigneeOf(num), ["bob"]);
  });
});
