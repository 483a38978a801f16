import assert from "node:assert/strict";
import type { LightMyRequestResponse } from "fastify";
import { createIncidentVia, exampleIncident, type Harness } from "./harness.ts";

export interface Task {
  type: string;
  key: string;
  name: string;
  operations: Array<{ task_id: string; key: string }>;
}

export async function tasksOf(h: Harness, num: string): Promise<Task[]> {
  const res = await h.request({ method: "GET", url: `/v2/incidents/${num}/tasks`, token: h.tokens.reader });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().data;
}

/** v2 action with the current task id; `token` picks the operator (the token's principal). */
export async function act(
  h: Harness,
  num: string,
  action: string,
  params: object = {},
  token?: string,
): Promise<LightMyRequestResponse> {
  const [task] = await tasksOf(h, num);
  const taskId = task?.operations[0]?.task_id ?? "no-open-task";
  return h.request({
    method: "POST",
    url: `/v2/incidents/${num}/actions`,
    payload: { task_id: taskId, action, params },
    token,
  });
}

export async function actOk(
  h: Harness,
  num: string,
  action: string,
  params: object = {},
  token?: string,
): Promise<void> {
  const res = await act(h, num, action, params, token);
  assert.equal(res.statusCode, 200, `${action}: ${res.body}`);
}

export async function handleV1(
  h: Harness,
  num: string,
  operateKey: string,
  operator: string,
  parameter: object = {},
  token?: string,
) {
  return h.request({
    method: "POST",
    url: "/v1/external/incident/handle",
    payload: { incident_num: num, operator, operate_key: operateKey, parameter },
    token,
  });
}

/** A new token of the main project; `act_as_others` lets it name other operators in strict mode. */
export async function tokenFor(
  h: Harness,
  principal: string,
  options: { role?: string; act_as_others?: boolean } = {},
): Promise<string> {
  const res = await h.request({
    method: "POST",
    url: "/incidentd/v1/tokens",
    token: h.tokens.admin,
    payload: { name: principal, role: options.role ?? "writer", principal, ...options },
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().data.token;
}

export async function detailOf(h: Harness, num: string) {
  return (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
}

export async function nodeOfIncident(h: Harness, num: string): Promise<string> {
  const [task] = await tasksOf(h, num);
  return task?.key ?? "closed";
}

export const solution = {
  mtm_type: "inc_type_p_function_issues",
  is_service_interrupt: false,
  cause: "disk full",
  solution: "cleaned up",
};

/** Creates an incident (level P3 so it can go up or down) and drives it to `node` through the v2 API. */
export async function incidentAt(h: Harness, node: string): Promise<string> {
  const num = await createIncidentVia(h, exampleIncident({ incident_level: "level_30" }));
  const approver = h.tokens.admin;
  const paths: Record<string, Array<[string, object, string?]>> = {
    unaccepted: [],
    handling: [["accepted", {}]],
    pause_approval: [
      ["accepted", {}],
      ["incidentPause", { pause_end_time: h.clock.now() + 3_600_000, pause_reason: "vendor" }],
    ],
    paused: [
      ["accepted", {}],
      ["incidentPause", { pause_end_time: h.clock.now() + 3_600_000, pause_reason: "vendor" }],
      ["agreed", {}, approver],
    ],
    level_approval: [
      ["accepted", {}],
      ["changeLevel", { virtual_target_level: "level_40" }],
    ],
    rejected: [["rejected", { virtual_confirm_comment: "duplicate" }]],
    verification: [
      ["accepted", {}],
      ["commitSolution", solution],
    ],
    closed: [
      ["accepted", {}],
      ["commitSolution", solution],
      ["confirm", { virtual_confirm_result: true, virtual_confirm_comment: "ok" }],
    ],
  };
  for (const [action, params, token] of paths[node] ?? assert.fail(`no path to ${node}`)) {
    await actOk(h, num, action, params, token);
  }
  assert.equal(await nodeOfIncident(h, num), node);
  return num;
}
