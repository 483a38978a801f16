import assert from "node:assert/strict";
import type { Harness } from "../../testkit/harness.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { actOk, solution } from "../../testkit/workflow.ts";

export const MIN = 60_000;

/** GET the analytics with a query string; asserts the status and returns the response. */
export async function analytics(
  h: Harness,
  query: Record<string, string>,
  token?: string | null,
  status = 200,
) {
  const res = await h.request({
    method: "GET",
    url: `/incidentd/v1/analytics/incidents?${new URLSearchParams(query)}`,
    token: token === undefined ? h.tokens.reader : token,
  });
  assert.equal(res.statusCode, status, res.body);
  return res;
}

/** One step of a timeline: minutes after the incident's creation, a v2 action and its params. */
export type Step = [minutes: number, action: string, params?: object];

/**
 * Creates an incident at `createdAt` (the harness clock), then takes each step at its minute: the
 * timeline is exactly what the figures must show.
 */
export async function incidentWithTimeline(
  h: Harness,
  createdAt: number,
  steps: Step[],
  fields: Record<string, unknown> = {},
): Promise<string> {
  h.clock.current = createdAt;
  const num = await createIncidentVia(h, exampleIncident(fields));
  for (const [minutes, action, params] of steps) {
    h.clock.current = createdAt + minutes * MIN;
    await actOk(h, num, action, params ?? {});
  }
  return num;
}

export const ACCEPT = "accepted";
export const solve = (): [string, object] => ["commitSolution", solution];
export const verify = (resolved: boolean): [string, object] => [
  "confirm",
  { virtual_confirm_result: resolved, virtual_confirm_comment: resolved ? "fixed" : "still broken" },
];
export const REJECT: [string, object] = ["rejected", { virtual_confirm_comment: "not ours" }];
