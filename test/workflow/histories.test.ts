import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createIncidentVia } from "../../testkit/harness.ts";
import { actOk, solution } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("history endpoints", () => {
  let num: string;
  const h = useHarness();
  before(async () => {
    await h.request({
      method: "POST",
      url: "/incidentd/v1/users",
      token: h.tokens.admin,
      payload: { id: "writer-user", display_name: "Wanda Writer" },
    });
    num = await createIncidentVia(h);
    h.clock.advance(5000);
    await actOk(h, num, "accepted");
    await actOk(h, num, "addRemark", { note: "checking disks" });
    await actOk(h, num, "commitSolution", solution);
  });

  const v1Body = (ticket: string, sort?: string) => ({
    string_filters: [{ operator: "=", field: "ticket_id", name: "ticket_id", values: [ticket] }],
    ...(sort
      ? { sort_filter: { operator: sort, field: "start_time", name: "start_time", values: ["start_time"] } }
      : {}),
  });

  for (const path of ["/v1/external/incident/list-histories", "/v1/incident/list-histories"]) {
    it(`${path} lists the ticket's operations in the v1 item shape, newest first with sort desc`, async () => {
      const res = await h.request({
        method: "POST",
        url: path,
        payload: v1Body(num, "desc"),
        token: h.tokens.reader,
      });
      assert.equal(res.statusCode, 200, res.body);
      const { total, info } = res.json().data;
      assert.equal(total, 4);
      assert.deepEqual(
        info.map((i: { action: string }) => i.action),
        ["commitSolution", "addRemark", "accepted", "create"],
      );
      const remark = info[1];
      assert.equal(remark.ticket_id, num);
      assert.equal(remark.comment, "checking disks");
      assert.equal(remark.operator, "writer-user");
      assert.equal(typeof remark.start_time, "number");
      assert.equal(remark.is_deteted, false);
      assert.equal(remark.action_name_en, "Add remark");
      assert.equal(remark.enum_data_list[0].user_name, "Wanda Writer");
      assert.equal(remark.enum_data_list[0].match_type, "reference__base_config.User");
    });
  }

  it("v2 histories carry string times and operator/status names in enum_data_list", async () => {
    const res = await h.request({
      method: "POST",
      url: `/v2/incidents/${num}/histories`,
      payload: { incident_id: num },
      token: h.tokens.reader,
    });
    assert.equal(res.statusCode, 200, res.body);
    const accepted = res.json().data.info[1];
    assert.equal(accepted.action, "accepted");
    assert.equal(accepted.action_name_zh, "受理");
    assert.equal(typeof accepted.start_time, "string");
    assert.equal(Number(accepted.stop_time) - Number(accepted.start_time), 5000);
    assert.deepEqual(accepted.enum_data_list, [
      { prop_id: "operator", biz_id: "writer-user", name_zh: "Wanda Writer", name_en: "Wanda Writer" },
      {
        prop_id: "work_flow_status",
        biz_id: "INCIDENT_STATUS_ACKNOWLEDGED",
        name_zh: "已受理",
        name_en: "ACKNOWLEDGED",
      },
    ]);
  });

  it("v2 histories filter by action and project fields", async () => {
    const body = {
      string_filters: [{ field: "action", operator: "in", values: ["accepted", "commitSolution"] }],
      fields: ["action", "status"],
    };
    const data = (
      await h.request({ method: "POST", url: `/v2/incidents/${num}/histories`, payload: body })
    ).json().data;
    assert.deepEqual(data, {
      total: 2,
      info: [
        { action: "accepted", status: "INCIDENT_STATUS_ACKNOWLEDGED" },
        { action: "commitSolution", status: "INCIDENT_STATUS_RESOLVED" },
      ],
    });
  });

  for (const [body, message] of [
    [
      { string_filters: [{ field: "secret", operator: "=", values: ["x"] }] },
      /^string_filters\[0\]\.field: unknown field "secret"; must be one of action, /,
    ],
    [
      { string_filters: [{ field: "action", operator: "~", values: ["x"] }] },
      /^string_filters\[0\]\.operator: must be one of =, !=, in, like, /,
    ],
    [
      { sort_filter: { field: "title", operator: "desc", values: [] } },
      /^sort_filter\.field: title is an incident field of ListIncidents/,
    ],
    [{ condition: "a & b" }, /^condition: unknown filter name 'a' at position 1/],
  ] as const) {
    it(`v2 histories reject ${JSON.stringify(body).slice(0, 60)}`, async () => {
      const res = await h.request({ method: "POST", url: `/v2/incidents/${num}/histories`, payload: body });
      assert.equal(res.statusCode, 400);
      assert.match(res.json().error_msg, message);
    });
  }

  it("v1 list-histories needs the ticket_id filter and the incident ticket type", async () => {
    const noTicket = await h.request({
      method: "POST",
      url: "/v1/external/incident/list-histories",
      payload: { string_filters: [] },
    });
    assert.equal(noTicket.statusCode, 400);
    assert.match(noTicket.json().error_msg, /^string_filters: must select the ticket/);
    const problem = await h.request({
      method: "POST",
      url: "/v1/external/issues_mgmt/list-histories",
      payload: v1Body(num),
    });
    assert.match(problem.json().error_msg, /^ticket_type: must be incident/);
  });

  it("keeps histories of other projects invisible", async () => {
    const v2 = await h.request({
      method: "POST",
      url: `/v2/incidents/${num}/histories`,
      payload: {},
      token: h.otherProjectToken,
    });
    const v1 = await h.request({
      method: "POST",
      url: "/v1/incident/list-histories",
      payload: v1Body(num),
      token: h.otherProjectToken,
    });
    assert.deepEqual(
      [v2.statusCode, v2.json().error_code, v1.statusCode, v1.json().error_code],
      [400, "COC.00067003", 400, "COC.00067003"],
    );
  });
});

describe("GET /v1/workflow", () => {
  const h = useHarness();

  it("publishes the workflow table with parameters as JSON Schema and the v1 keys", async () => {
    const res = await h.request({ method: "GET", url: "/v1/workflow", token: h.tokens.reader });
    assert.equal(res.statusCode, 200);
    const { initial_node, nodes } = res.json().data;
    assert.equal(initial_node, "unaccepted");
    assert.equal(nodes.length, 8);
    const handling = nodes.find((n: { key: string }) => n.key === "handling");
    const commit = handling.actions.find((a: { key: string }) => a.key === "commitSolution");
    assert.deepEqual(commit.next_nodes, ["verification"]);
    assert.deepEqual(commit.v1_operate_keys, ["commitSolution1"]);
    assert.equal(commit.params.properties.cause.maxLength, 10000);
    assert.ok(commit.params.required.includes("cause"));
    const forward = handling.actions.find((a: { key: string }) => a.key === "acceptedForward");
    assert.deepEqual(forward.v1_operate_keys, ["forwardOther1"]);
    // Generated from the same table decide() enforces: attachment parameters and every node's remark.
    assert.equal(commit.attachment_param, "resolve_attachments");
    assert.equal(forward.attachment_param, null);
    const reopen = nodes
      .find((n: { key: string }) => n.key === "rejected")
      .actions.find((a: { key: string }) => a.key === "ReOpen");
    assert.equal(reopen.attachment_param, "attachments");
    for (const node of nodes) {
      const remark = node.actions.find((a: { key: string }) => a.key === "addRemark");
      if (node.type === "EndNode") assert.equal(remark, undefined);
      else assert.deepEqual(remark.next_nodes, [node.key]);
    }
  });
});
