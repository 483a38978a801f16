import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createIncidentVia, exampleIncident, type Harness } from "../../testkit/harness.ts";
import { actOk, detailOf, handleV1, nodeOfIncident, solution } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

interface HistoryItem {
  action: string;
  operator: string;
  status: string;
  start_time: string;
  stop_time: string;
  comment: string;
}

async function historiesV2(h: Harness, num: string, body: object = {}) {
  const res = await h.request({
    method: "POST",
    url: `/v2/incidents/${num}/histories`,
    payload: body,
    token: h.tokens.reader,
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().data as { total: number; info: HistoryItem[] };
}

describe("full stories", () => {
  const h = useHarness();

  it("v2: create → accept → solve → confirm, with the detail following every step", async () => {
    const num = await createIncidentVia(h);
    h.clock.advance(1000);
    await actOk(h, num, "accepted");
    assert.equal((await detailOf(h, num)).status, "INCIDENT_STATUS_ACKNOWLEDGED");
    h.clock.advance(1000);
    await actOk(h, num, "commitSolution", {
      ...solution,
      is_service_interrupt: "true",
      start_time: "1710000000000",
      fault_recovery_time: 1710000600000,
    });
    const solved = await detailOf(h, num);
    assert.equal(solved.status, "INCIDENT_STATUS_RESOLVED");
    assert.equal(solved.handle_time, h.clock.now());
    assert.equal(solved.incident_type, "inc_type_p_function_issues");
    assert.equal(solved.is_service_interrupt, true);
    assert.equal(solved.start_time, 1710000000000);
    assert.equal(solved.fault_recovery_time, 1710000600000);
    assert.deepEqual(
      solved.enum_data_list.find((e: { filed_key: string }) => e.filed_key === "work_flow_status"),
      {
        filed_key: "work_flow_status",
        enum_key: "INCIDENT_STATUS_RESOLVED",
        name_zh: "已解决待验证",
        name_en: "RESOLVED",
      },
    );
    h.clock.advance(1000);
    await actOk(h, num, "confirm", { virtual_confirm_result: true, virtual_confirm_comment: "verified" });
    assert.equal((await detailOf(h, num)).status, "INCIDENT_STATUS_COMPLETED");

    const history = await historiesV2(h, num);
    assert.equal(history.total, 4);
    assert.deepEqual(
      history.info.map((i) => [i.action, i.operator, i.status]),
      [
        ["create", "9605B67C741D4553887A3462771107D3", "INCIDENT_STATUS_TRIGGERED"],
        ["accepted", "writer-user", "INCIDENT_STATUS_ACKNOWLEDGED"],
        ["commitSolution", "writer-user", "INCIDENT_STATUS_RESOLVED"],
        ["confirm", "writer-user", "INCIDENT_STATUS_COMPLETED"],
      ],
    );
    const created = Number(history.info[0]?.stop_time);
    assert.deepEqual(
      history.info.map((i) => [Number(i.start_time) - created, Number(i.stop_time) - created]),
      [
        [0, 0],
        [0, 1000],
        [1000, 2000],
        [2000, 3000],
      ],
    );
    assert.equal(history.info[3]?.comment, "verified");
  });

  it("v1: the long story through every approval and both confirm outcomes", async () => {
    const num = await createIncidentVia(
      h,
      exampleIncident({ incident_level: "level_30", creator: "creator-1", incident_assignee: ["owner-1"] }),
    );
    const step = async (key: string, operator: string, parameter: object, node: string) => {
      const res = await handleV1(h, num, key, operator, parameter);
      assert.equal(res.statusCode, 200, `${key}: ${res.body}`);
      assert.deepEqual(res.json(), {
        provider_code: "049",
        error_code: "GOM.00000000",
        error_msg: null,
        data: null,
      });
      assert.equal(await nodeOfIncident(h, num), node, key);
    };
    await step("rejected", "owner-1", { virtual_confirm_comment: "not ours" }, "rejected");
    assert.equal((await detailOf(h, num)).status, "INCIDENT_STATUS_REJECTED");
    await step(
      "ReOpen",
      "creator-1",
      { title: "reworded", description: "more detail", level_id: "level_30" },
      "unaccepted",
    );
    const reopened = await detailOf(h, num);
    assert.deepEqual(
      [reopened.incident_title, reopened.incident_description, reopened.status],
      ["reworded", "more detail", "INCIDENT_STATUS_TRIGGERED"],
    );
    assert.equal(reopened.incident_source, "incident_source_manual", "fields not sent keep their values");
    await step("acceptedIncident1", "owner-1", {}, "handling");
    await step(
      "forwardOther1",
      "owner-1",
      { virtual_send_assignee: "owner-2", virtual_send_comment: "over to you" },
      "handling",
    );
    assert.deepEqual((await detailOf(h, num)).incident_assignee, ["owner-2"]);
    await step(
      "incidentPause",
      "owner-2",
      { pause_end_time: String(h.clock.now() + 60_000), pause_reason: "waiting for vendor" },
      "pause_approval",
    );
    await step("agreed", "lead-1", { pause_approve_conclusion: "true", note: "ok" }, "paused");
    assert.equal(
      (await detailOf(h, num)).status,
      "INCIDENT_STATUS_ACKNOWLEDGED",
      "pausing is a node, not a status",
    );
    await handleV1(h, num, "recovery", "owner-2").then((res) =>
      assert.equal(res.statusCode, 400, "recovery is not a v1 operate_key"),
    );
    await actOk(h, num, "recovery");
    await step(
      "incidentChangeLevel1",
      "owner-2",
      { virtual_target_level: "level_40", virtual_change_level_comment: "smaller impact" },
      "level_approval",
    );
    assert.equal((await detailOf(h, num)).incident_level, "level_30", "a downgrade waits for approval");
    await step("agreed", "lead-1", { conclusion: "true" }, "handling");
    assert.equal((await detailOf(h, num)).incident_level, "level_40");
    await step("commitSolution1", "owner-2", { ...solution, is_service_interrupt: "false" }, "verification");
    await step(
      "confirm",
      "creator-1",
      { virtual_confirm_result: "false", virtual_confirm_comment: "still broken" },
      "handling",
    );
    await step(
      "commitSolution1",
      "owner-2",
      { ...solution, cause: "second cause", is_service_interrupt: false },
      "verification",
    );
    await step(
      "confirm",
      "creator-1",
      { virtual_confirm_result: true, virtual_confirm_comment: "fixed" },
      "closed",
    );
    assert.equal((await detailOf(h, num)).status, "INCIDENT_STATUS_COMPLETED");

    const history = await historiesV2(h, num);
    assert.deepEqual(
      history.info.map((i) => `${i.action}/${i.operator}`),
      [
        "create/creator-1",
        "rejected/owner-1",
        "ReOpen/creator-1",
        "accepted/owner-1",
        "acceptedForward/owner-1",
        "incidentPause/owner-2",
        "agreed/lead-1",
        "recovery/writer-user",
        "changeLevel/owner-2",
        "agreed/lead-1",
        "commitSolution/owner-2",
        "confirm/creator-1",
        "commitSolution/owner-2",
        "confirm/creator-1",
      ],
    );
    assert.deepEqual(history.info.map((i) => i.status).slice(0, 4), [
      "INCIDENT_STATUS_TRIGGERED",
      "INCIDENT_STATUS_REJECTED",
      "INCIDENT_STATUS_TRIGGERED",
      "INCIDENT_STATUS_ACKNOWLEDGED",
    ]);
  });

  it("upgrades a level at once, without approval", async () => {
    const num = await createIncidentVia(h, exampleIncident({ incident_level: "level_40" }));
    await actOk(h, num, "accepted");
    await actOk(h, num, "changeLevel", { virtual_target_level: "level_10" });
    const detail = await detailOf(h, num);
    assert.equal(detail.incident_level, "level_10");
    assert.deepEqual(
      detail.enum_data_list.find((e: { filed_key: string }) => e.filed_key === "level_id").name_en,
      "P1",
    );
  });

  it("rejects an unknown v1 operate_key in COC's documented words", async () => {
    const num = await createIncidentVia(h);
    for (const key of ["acceptedIncident111", "constructor"]) {
      const res = await handleV1(h, num, key, "u");
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().error_code, "GOM.00007256");
      assert.equal(res.json().error_msg, `The field[operate_key] value[${key}] invalid`);
    }
  });

  it("answers an over-long or empty v1 incident_num with COC's length error, not not-found", async () => {
    for (const num of [`IM${"2".repeat(49)}`, "x".repeat(300), ""]) {
      const res = await handleV1(h, num, "acceptedIncident1", "u");
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error_code, "GOM.00007256");
      assert.equal(res.json().error_msg, "incidentNum size must be between 1 and 50");
    }
  });

  it("answers v1 and v2 actions on a missing or foreign incident with COC.00067003", async () => {
    const num = await createIncidentVia(h);
    const v1 = await h.request({
      method: "POST",
      url: "/v1/external/incident/handle",
      token: h.otherProjectToken,
      payload: { incident_num: num, operator: "x", operate_key: "acceptedIncident1", parameter: {} },
    });
    assert.deepEqual([v1.statusCode, v1.json().error_code], [400, "COC.00067003"]);
    const tasks = await h.request({
      method: "GET",
      url: `/v2/incidents/${num}/tasks`,
      token: h.otherProjectToken,
    });
    assert.deepEqual([tasks.statusCode, tasks.json().error_code], [400, "COC.00067003"]);
    const v2 = await h.request({
      method: "POST",
      url: `/v2/incidents/${num}/actions`,
      token: h.otherProjectToken,
      payload: { task_id: "t", action: "accepted" },
    });
    assert.deepEqual([v2.statusCode, v2.json().error_code], [400, "COC.00067003"]);
    assert.equal(await nodeOfIncident(h, num), "unaccepted");
  });

  it("accepts the doc examples' singular /action path and their leading-space action keys", async () => {
    const num = await createIncidentVia(h);
    const tasks = (await h.request({ method: "GET", url: `/v2/incidents/${num}/tasks` })).json().data;
    const res = await h.request({
      method: "POST",
      url: `/v2/incidents/${num}/action`,
      payload: { task_id: tasks[0].operations[0].task_id, action: " accepted" },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(await nodeOfIncident(h, num), "handling");
  });

  it("shows the open node with COC's node type and name and one task id for all its operations", async () => {
    const num = await createIncidentVia(h);
    const [task, ...rest] = (await h.request({ method: "GET", url: `/v2/incidents/${num}/tasks` })).json()
      .data;
    assert.equal(rest.length, 0);
    assert.deepEqual([task.type, task.key, task.name], ["OperateNode", "unaccepted", "未受理"]);
    assert.deepEqual(
      task.operations.map((o: { key: string }) => o.key),
      ["accepted", "unAcceptedForward", "rejected", "addRemark"],
    );
    assert.equal(new Set(task.operations.map((o: { task_id: string }) => o.task_id)).size, 1);
  });
});
