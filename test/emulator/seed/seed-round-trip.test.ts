import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadSeed } from "../../../src/emulator/seed/load-seed.ts";
import { createHarness, type Harness } from "../../../testkit/harness.ts";
import { fullFixture } from "./seed-fixture.ts";

type Row = Record<string, string>;
type Entry = { action: string; operator: string; stop_time: string; comment: string };

async function data(h: Harness, method: "GET" | "POST", url: string, payload?: object) {
  const res = await h.request({ method, url, payload, token: h.tokens.admin });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().data;
}

/** The params a history step needs to be taken again, from the exported incident and the entry. */
function paramsOf(entry: Entry, row: Row): Record<string, unknown> {
  switch (entry.action) {
    case "commitSolution":
      return {
        mtm_type: row.mtm_type,
        is_service_interrupt: row.is_service_interrupt === "true",
        cause: entry.comment,
        solution: entry.comment,
      };
    case "accepted":
      return {};
    default:
      throw new Error(`the round trip does not convert ${entry.action}`);
  }
}

const list = (value: string | undefined) => (value ? [value] : []);

/** A fixture of what an installation holds, read through its API: the directory, catalogue and export. */
async function fixtureFrom(h: Harness) {
  const res = await h.request({
    method: "GET",
    url: "/incidentd/v1/incidents/export?format=ndjson",
    token: h.tokens.admin,
  });
  assert.equal(res.statusCode, 200, res.body);
  const rows: Row[] = res.body
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  const incidents = [];
  for (const row of rows) {
    const history: Entry[] = (await data(h, "POST", `/v2/incidents/${row.ticket_id}/histories`, {})).info;
    const [, ...steps] = history;
    incidents.push({
      incident_num: row.ticket_id,
      create_time: Number(row.create_time),
      incident_title: row.title,
      incident_description: row.description,
      incident_level: row.level_id,
      incident_type: row.mtm_type,
      incident_source: row.source_id,
      region: list(row.mtm_region),
      current_cloud_service: list(row.current_cloud_service_id),
      enterprise_project: list(row.enterprise_project_id),
      is_service_interrupt: row.is_service_interrupt === "true",
      incident_assignee: list(row.assignee),
      creator: row.creator,
      incident_ownership: row.incident_ownership,
      ...(row.start_time ? { start_time: Number(row.start_time) } : {}),
      history: steps.map((e) => ({
        action: e.action,
        at: Number(e.stop_time),
        operator: e.operator,
        params: paramsOf(e, row),
      })),
    });
  }
  const catalogue = await data(h, "GET", "/incidentd/v1/catalogue");
  return {
    users: (await data(h, "GET", "/incidentd/v1/users")).users.map(
      (u: { id: string; display_name: string; email: string | null }) => ({
        id: u.id,
        display_name: u.display_name,
        email: u.email,
      }),
    ),
    applications: (await data(h, "GET", "/incidentd/v1/applications")).applications,
    catalogue: catalogue.incident_type
      .filter((e: { custom: boolean }) => e.custom)
      .map((e: { key: string; name_zh: string; name_en: string }) => ({
        field: "incident_type",
        key: e.key,
        name_zh: e.name_zh,
        name_en: e.name_en,
      })),
    incidents,
  };
}

describe("seed → export → seed gives the same answers", () => {
  let first: Harness;
  let second: Harness;
  before(async () => {
    [first, second] = await Promise.all([createHarness(), createHarness()]);
  });
  after(() => Promise.all([first?.close(), second?.close()]));

  it("the detail and history of every incident are equal in an installation seeded from the export", async () => {
    const { warrooms, alarms, transfer_rules, ...fixture } = fullFixture(first.projectId);
    await loadSeed(first.deps, fixture);
    const exported = await fixtureFrom(first);
    assert.equal(exported.incidents.length, 2);
    const summary = await loadSeed(second.deps, exported, { projectId: second.projectId });
    assert.deepEqual(summary, { users: 2, applications: 1, catalogue: 1, incidents: 2, history: 2 });
    for (const { incident_num } of exported.incidents) {
      for (const [method, url] of [
        ["GET", `/v1/external/incident/${incident_num}`],
        ["POST", `/v2/incidents/${incident_num}/histories`],
        ["GET", `/v2/incidents/${incident_num}/tasks`],
      ] as const) {
        const [a, b] = await Promise.all([data(first, method, url, {}), data(second, method, url, {})]);
        assert.deepEqual(b, a, `${method} ${url}`);
      }
    }
    assert.deepEqual(await fixtureFrom(second), exported);
  });
});
