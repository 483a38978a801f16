import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { listHistory } from "../../src/incidents/incident.repository.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { tasksOf } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("concurrent actions through real HTTP", () => {
  let base: string;
  const h = useHarness();
  before(async () => {
    base = await h.app.listen({ host: "127.0.0.1", port: 0 });
  });

  const post = (path: string, body: object) =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { "x-auth-token": h.tokens.writer, "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then(async (res) => ({
      status: res.status,
      body: (await res.json()) as { error_code: string; error_msg: string },
    }));

  async function assertHistoryIntact(num: string, expectedEntries: number) {
    const history = await listHistory(h.deps.db, h.projectId, num);
    assert.equal(history.length, expectedEntries);
    assert.deepEqual(
      history.map((e) => Number(e.seq)),
      Array.from({ length: expectedEntries }, (_, i) => i + 1),
      "no duplicate, no gap",
    );
  }

  it("applies exactly one of 50 concurrent v2 accepts with the same task id", async () => {
    const num = await createIncidentVia(h);
    const taskId = (await tasksOf(h, num))[0]?.operations[0]?.task_id;
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        post(`/v2/incidents/${num}/actions`, { task_id: taskId, action: "accepted" }),
      ),
    );
    const winners = results.filter((r) => r.status === 200);
    assert.equal(winners.length, 1);
    for (const loser of results.filter((r) => r.status !== 200)) {
      assert.equal(loser.status, 400);
      assert.ok(["IDT.00010002", "IDT.00010003"].includes(loser.body.error_code), JSON.stringify(loser.body));
    }
    await assertHistoryIntact(num, 2);
  });

  it("applies exactly one of 50 concurrent v1 accepts", async () => {
    const num = await createIncidentVia(h);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post("/v1/external/incident/handle", {
          incident_num: num,
          operator: `op-${i}`,
          operate_key: "acceptedIncident1",
          parameter: {},
        }),
      ),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    for (const loser of results.filter((r) => r.status !== 200)) {
      assert.ok(["IDT.00010001", "IDT.00010003"].includes(loser.body.error_code), JSON.stringify(loser.body));
    }
    await assertHistoryIntact(num, 2);
  });

  it("applies exactly one of 50 concurrent conflicting actions (solve, forward, pause, reject…) on one task", async () => {
    const num = await createIncidentVia(h);
    await post(`/v2/incidents/${num}/actions`, {
      task_id: (await tasksOf(h, num))[0]?.operations[0]?.task_id,
      action: "accepted",
    });
    const taskId = (await tasksOf(h, num))[0]?.operations[0]?.task_id;
    const variants = [
      {
        action: "commitSolution",
        params: {
          mtm_type: "inc_type_p_config_issues",
          is_service_interrupt: false,
          cause: "c",
          solution: "s",
        },
      },
      { action: "acceptedForward", params: { virtual_send_assignee: "someone" } },
      { action: "incidentPause", params: { pause_end_time: "9999999999999", pause_reason: "r" } },
      { action: "addRemark", params: { note: "n" } },
      { action: "changeLevel", params: { virtual_target_level: "level_10" } },
    ];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(`/v2/incidents/${num}/actions`, { task_id: taskId, ...variants[i % variants.length] }),
      ),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    await assertHistoryIntact(num, 3);
  });

  it("retires a task id once it has been used", async () => {
    const num = await createIncidentVia(h);
    const taskId = (await tasksOf(h, num))[0]?.operations[0]?.task_id;
    assert.equal(
      (
        await post(`/v2/incidents/${num}/actions`, {
          task_id: taskId,
          action: "addRemark",
          params: { note: "1" },
        })
      ).status,
      200,
    );
    const again = await post(`/v2/incidents/${num}/actions`, {
      task_id: taskId,
      action: "addRemark",
      params: { note: "2" },
    });
    assert.equal(again.status, 400);
    assert.equal(again.body.error_code, "IDT.00010002");
    assert.match(again.body.error_msg, /is not a current task: incident .* is at node "unaccepted"/);
    assert.match(again.body.error_msg, /GET \/v2\/incidents\/.*\/tasks/);
  });

  it("refuses another incident's task id", async () => {
    const first = await createIncidentVia(h);
    const second = await createIncidentVia(h);
    const foreign = (await tasksOf(h, first))[0]?.operations[0]?.task_id;
    const res = await post(`/v2/incidents/${second}/actions`, { task_id: foreign, action: "accepted" });
    assert.equal(res.body.error_code, "IDT.00010002");
  });
});
