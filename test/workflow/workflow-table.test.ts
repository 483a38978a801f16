import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { WORKFLOW } from "../../src/workflow/workflow.ts";
import { putSimpleScene } from "../../testkit/oncall.ts";
import { act, detailOf, incidentAt, nodeOfIncident, solution } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

const ALL_ACTIONS = [...new Set(WORKFLOW.flatMap((n) => n.actions.map((a) => a.key)))];

/** Valid params for each action at each node, and where it must land. */
const VALID: Record<string, Record<string, { params: object; to: string; approver?: boolean }>> = {
  unaccepted: {
    accepted: { params: {}, to: "handling" },
    unAcceptedForward: {
      params: { virtual_send_assignee: "u9", virtual_send_comment: "yours" },
      to: "unaccepted",
    },
    rejected: { params: { virtual_confirm_comment: "duplicate" }, to: "rejected" },
    addRemark: { params: { note: "looking" }, to: "unaccepted" },
  },
  handling: {
    acceptedForward: {
      params: { virtual_schedule_type: "scene", virtual_schedule_role: "role" },
      to: "handling",
    },
    commitSolution: { params: solution, to: "verification" },
    incidentPause: {
      params: { pause_end_time: "9999999999999", pause_reason: "vendor" },
      to: "pause_approval",
    },
    changeLevel: { params: { virtual_target_level: "level_20" }, to: "handling" },
    addRemark: { params: { note: "n" }, to: "handling" },
  },
  pause_approval: {
    agreed: { params: { pause_approve_conclusion: "true" }, to: "paused", approver: true },
    rejected: { params: { pause_approve_conclusion: false, note: "no" }, to: "handling", approver: true },
    addRemark: { params: { note: "n" }, to: "pause_approval" },
  },
  paused: {
    recovery: { params: {}, to: "handling" },
    addRemark: { params: { note: "n" }, to: "paused" },
  },
  level_approval: {
    agreed: { params: { conclusion: true }, to: "handling", approver: true },
    rejected: { params: { conclusion: "false" }, to: "handling", approver: true },
    addRemark: { params: { note: "n" }, to: "level_approval" },
  },
  rejected: {
    ReOpen: { params: { title: "edited" }, to: "unaccepted" },
    agreed: { params: {}, to: "closed" },
    addRemark: { params: { note: "n" }, to: "rejected" },
  },
  verification: {
    confirm: { params: { virtual_confirm_result: true, virtual_confirm_comment: "ok" }, to: "closed" },
    addRemark: { params: { note: "n" }, to: "verification" },
  },
  closed: {},
};

const STATUS: Record<string, string> = Object.fromEntries(WORKFLOW.map((n) => [n.key, n.status]));

describe("the workflow table, node by node", () => {
  const h = useHarness();
  before(() => putSimpleScene(h, "scene", { role: "oncall-cho" }));

  it("covers every node and every action of the table in this test", () => {
    assert.deepEqual(Object.keys(VALID).sort(), WORKFLOW.map((n) => n.key).sort());
    for (const node of WORKFLOW)
      assert.deepEqual(
        Object.keys(VALID[node.key] ?? {}).sort(),
        node.actions.map((a) => a.key).sort(),
        node.key,
      );
  });

  for (const node of WORKFLOW) {
    describe(`at ${node.key}`, () => {
      for (const [action, { params, to, approver }] of Object.entries(VALID[node.key] ?? {})) {
        it(`${action} succeeds and lands at ${to} (${STATUS[to]})`, async () => {
          const num = await incidentAt(h, node.key);
          const res = await act(h, num, action, params, approver ? h.tokens.admin : undefined);
          assert.equal(res.statusCode, 200, res.body);
          assert.equal(await nodeOfIncident(h, num), to);
          assert.equal((await detailOf(h, num)).status, STATUS[to]);
        });
      }
      const allowed = new Set(node.actions.map((a) => a.key));
      for (const action of ALL_ACTIONS.filter((a) => !allowed.has(a))) {
        it(`refuses ${action} with IDT.00010001 naming the node and the allowed actions`, async () => {
          const num = await incidentAt(h, node.key);
          const res = await act(h, num, action, {});
          assert.equal(res.statusCode, 400, res.body);
          const body = res.json();
          if (node.key === "closed") {
            assert.equal(
              body.error_code,
              "IDT.00010002",
              "a closed incident has no task: the task id is stale",
            );
            return;
          }
          assert.equal(body.error_code, "IDT.00010001");
          assert.match(
            body.error_msg,
            new RegExp(`action "${action}" is not allowed: incident ${num} is at node "${node.key}"`),
          );
          assert.match(body.error_msg, new RegExp(`allowed actions: ${[...allowed].join(", ")}`));
        });
      }
    });
  }
});

/** Each required parameter missing or invalid → 400 naming it as params.<name>. */
const INVALID: Array<[string, string, object, RegExp]> = [
  ["handling", "commitSolution", { ...solution, cause: undefined }, /^params\.cause: is required$/],
  [
    "handling",
    "commitSolution",
    { ...solution, solution: "x".repeat(10_001) },
    /^params\.solution: must be at most 10000 characters$/,
  ],
  ["handling", "commitSolution", { ...solution, mtm_type: undefined }, /^params\.mtm_type: is required$/],
  [
    "handling",
    "commitSolution",
    { ...solution, mtm_type: "inc_type_unknown" },
    /^params\.mtm_type: must be one of /,
  ],
  [
    "handling",
    "commitSolution",
    { ...solution, is_service_interrupt: "maybe" },
    /^params\.is_service_interrupt: must be a boolean/,
  ],
  [
    "handling",
    "commitSolution",
    { ...solution, is_service_interrupt: true },
    /^params\.start_time: is required when is_service_interrupt is true$/,
  ],
  [
    "handling",
    "commitSolution",
    { ...solution, is_service_interrupt: "true", start_time: "1000" },
    /^params\.fault_recovery_time: is required when/,
  ],
  [
    "handling",
    "commitSolution",
    { ...solution, is_service_interrupt: true, start_time: 2000, fault_recovery_time: 1000 },
    /^params\.fault_recovery_time: must not be before start_time$/,
  ],
  ["handling", "incidentPause", { pause_reason: "r" }, /^params\.pause_end_time: is required$/],
  [
    "handling",
    "incidentPause",
    { pause_end_time: 1, pause_reason: "r" },
    /^params\.pause_end_time: must be in the future$/,
  ],
  ["handling", "incidentPause", { pause_end_time: "9999999999999" }, /^params\.pause_reason: is required$/],
  ["handling", "changeLevel", {}, /^params\.virtual_target_level: is required$/],
  [
    "handling",
    "changeLevel",
    { virtual_target_level: "level_99" },
    /^params\.virtual_target_level: must be one of level_10/,
  ],
  [
    "handling",
    "changeLevel",
    { virtual_target_level: "level_30" },
    /^params\.virtual_target_level: is already the incident's level/,
  ],
  [
    "handling",
    "acceptedForward",
    {},
    /^params\.virtual_send_assignee: is required unless virtual_schedule_type and virtual_schedule_role/,
  ],
  ["handling", "addRemark", {}, /^params\.note: is required$/],
  ["handling", "addRemark", { note: "x".repeat(2001) }, /^params\.note: must be at most 2000 characters$/],
  [
    "verification",
    "confirm",
    { virtual_confirm_result: true },
    /^params\.virtual_confirm_comment: is required$/,
  ],
  [
    "verification",
    "confirm",
    { virtual_confirm_result: true, virtual_confirm_comment: "x".repeat(301) },
    /^params\.virtual_confirm_comment: must be at most 300 characters$/,
  ],
  [
    "pause_approval",
    "agreed",
    { pause_approve_conclusion: false },
    /^params\.pause_approve_conclusion: must be true for this action/,
  ],
  ["level_approval", "rejected", { conclusion: true }, /^params\.conclusion: must be false for this action/],
  ["rejected", "ReOpen", { level_id: "level_0" }, /^params\.level_id: must be one of/],
  [
    "rejected",
    "ReOpen",
    { title: "x".repeat(201) },
    /^params\.title: must be a non-empty string of at most 200 characters/,
  ],
  ["rejected", "ReOpen", { assignee: "" }, /^params\.assignee: the incident needs an assignee/],
  ["rejected", "ReOpen", { source_id: "incident_source_mail" }, /^params\.source_id: must be one of/],
];

describe("action parameters", () => {
  const h = useHarness();

  for (const [node, action, params, message] of INVALID) {
    it(`${action} at ${node} rejects ${JSON.stringify(params).slice(0, 70)}`, async () => {
      const num = await incidentAt(h, node);
      const res = await act(h, num, action, params, node.endsWith("approval") ? h.tokens.admin : undefined);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error_code, "GOM.00007256");
      assert.match(res.json().error_msg, message);
      assert.equal(await nodeOfIncident(h, num), node, "a refused action changes nothing");
    });
  }
});
