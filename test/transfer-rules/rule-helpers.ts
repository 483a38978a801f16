import assert from "node:assert/strict";
import { findIncident, listHistory } from "../../src/incidents/incident.repository.ts";
import { processPendingAlarmsOnce } from "../../src/transfer-rules/rule-processor.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import type { Harness } from "../../testkit/harness.ts";
import { postCustom } from "../alarms/alarm-helpers.ts";

export const RULES_URL = "/incidentd/v1/transfer-rules";

export function ruleBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { incident, ...rest } = overrides;
  return {
    name: "cpu alarms",
    incident: {
      title_template: "{{alarm_name}} on {{resource_name}}",
      incident_type: "inc_type_p_security_issues",
      assignee: "oncall-user",
      ...(incident as Record<string, unknown> | undefined),
    },
    ...rest,
  };
}

export async function createRule(
  h: Harness,
  overrides: Record<string, unknown> = {},
  token = h.tokens.admin,
) {
  const res = await h.request({ method: "POST", url: RULES_URL, token, payload: ruleBody(overrides) });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().data as { id: string; position: number } & Record<string, unknown>;
}

export async function deleteAllRules(h: Harness): Promise<void> {
  await h.deps.db.deleteFrom("transfer_rules").execute();
  await h.deps.db.deleteFrom("transfer_groups").execute();
}

/** Reports a custom alarm and checks it was stored. */
export async function fire(h: Harness, key: string, overrides: Record<string, unknown> = {}): Promise<void> {
  const res = await postCustom(h, key, customEvent(overrides));
  assert.equal(res.statusCode, 200, res.body);
}

export async function recover(h: Harness, key: string, alarmId: string, time = 1709118444540 + 60_000) {
  await fire(h, key, { alarmId, alarmStatus: "ok", time });
}

/** Runs the processor until nothing is pending (each pass at most a few times). */
export async function drain(h: Harness, owner = "test-node"): Promise<void> {
  for (let pass = 0; pass < 10; pass++) {
    if ((await processPendingAlarmsOnce(h.deps, owner)) === 0) return;
  }
  throw new Error("alarms still pending after 10 passes");
}

export async function incidentOf(h: Harness, alarmId: string, projectId = h.projectId) {
  const row = await h.deps.db
    .selectFrom("alarms")
    .select("incident_num")
    .where("project_id", "=", projectId)
    .where("alarm_id", "=", alarmId)
    .executeTakeFirstOrThrow();
  return row.incident_num;
}

export async function incidentsFrom(h: Harness, projectId = h.projectId) {
  const rows = await h.deps.db
    .selectFrom("incidents")
    .select("incident_num")
    .where("project_id", "=", projectId)
    .where("creator", "=", "incidentd-transfer-rules")
    .orderBy("incident_num")
    .execute();
  return rows.map((r) => r.incident_num);
}

export async function historyOf(h: Harness, num: string) {
  return (await listHistory(h.deps.db, h.projectId, num)).map((r) => ({
    seq: Number(r.seq),
    action: r.action,
    operator: r.operator,
    details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : {},
  }));
}

export async function incident(h: Harness, num: string) {
  const found = await findIncident(h.deps.db, h.projectId, num);
  assert.ok(found, `incident ${num}`);
  return found;
}
