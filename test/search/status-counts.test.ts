import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createIncidentVia, exampleIncident, testConfig } from "../../testkit/harness.ts";
import { actOk } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

const URL = "/incidentd/v1/incidents/status-counts";
const TRIGGERED = "INCIDENT_STATUS_TRIGGERED";
const ACKNOWLEDGED = "INCIDENT_STATUS_ACKNOWLEDGED";

interface Counts {
  cap: number;
  total: { count: number; capped: boolean };
  statuses: Array<{ status: string; count: number; capped: boolean }>;
}

describe("POST /incidentd/v1/incidents/status-counts", () => {
  // A small cap, so that counts on both sides of it need only a few incidents.
  const h = useHarness({ config: { limits: { ...testConfig().limits, statusCountCap: 3 } } });
  const nums: string[] = [];
  before(async () => {
    // 5 incidents of level_10 and 2 of level_40; 2 of the level_10 ones accepted.
    for (let i = 0; i < 7; i++) {
      h.clock.advance(1000);
      const level = i < 5 ? "level_10" : "level_40";
      nums.push(await createIncidentVia(h, exampleIncident({ incident_level: level })));
    }
    for (const num of nums.slice(0, 2)) await actOk(h, num, "accepted");
    await createIncidentVia(h, exampleIncident(), h.otherProjectToken);
  });

  async function counts(body: object, token?: string): Promise<Counts> {
    const res = await h.request({ method: "POST", url: URL, payload: body, token: token ?? h.tokens.reader });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().data;
  }
  const of = (answer: Counts, status: string) => answer.statuses.find((s) => s.status === status);

  it("answers the unfiltered total exactly (the maintained counter) and caps each status past the cap", async () => {
    const answer = await counts({});
    assert.equal(answer.cap, 3);
    assert.deepEqual(answer.total, { count: 7, capped: false });
    assert.deepEqual(of(answer, TRIGGERED), { status: TRIGGERED, count: 3, capped: true });
    assert.deepEqual(of(answer, ACKNOWLEDGED), { status: ACKNOWLEDGED, count: 2, capped: false });
    assert.deepEqual(of(answer, "INCIDENT_STATUS_COMPLETED"), {
      status: "INCIDENT_STATUS_COMPLETED",
      count: 0,
      capped: false,
    });
    assert.equal(answer.statuses.length, 5);
  });

  it("counts under ListIncidents' filters: exact up to the cap, the cap and capped beyond it", async () => {
    const level10 = await counts({
      string_filters: [{ field: "level_id", operator: "=", values: ["level_10"] }],
    });
    assert.deepEqual(level10.total, { count: 3, capped: true });
    assert.deepEqual(of(level10, TRIGGERED), { status: TRIGGERED, count: 3, capped: false });
    assert.deepEqual(of(level10, ACKNOWLEDGED), { status: ACKNOWLEDGED, count: 2, capped: false });
    const level40 = await counts({
      string_filters: [{ field: "level_id", operator: "=", values: ["level_40"] }],
    });
    assert.deepEqual(level40.total, { count: 2, capped: false });
    assert.deepEqual(of(level40, TRIGGERED), { status: TRIGGERED, count: 2, capped: false });
    assert.deepEqual(of(level40, ACKNOWLEDGED), { status: ACKNOWLEDGED, count: 0, capped: false });
  });

  it("takes int_filters as ListIncidents does", async () => {
    const list = await h.request({ method: "POST", url: "/v2/incidents/list", payload: { per_page: 10 } });
    const times = (list.json().data.tickets as Array<{ create_time: string }>).map((t) => t.create_time);
    const newest = times.sort().at(-1) as string;
    const answer = await counts({
      int_filters: [{ field: "create_time", operator: ">=", values: [newest] }],
    });
    assert.deepEqual(answer.total, { count: 1, capped: false });
  });

  it("counts only the caller's project", async () => {
    const answer = await counts({}, h.otherProjectToken);
    assert.deepEqual(answer.total, { count: 1, capped: false });
    assert.equal(
      answer.statuses.reduce((sum, s) => sum + s.count, 0),
      1,
    );
  });

  it("refuses a request without credentials with 401", async () => {
    const res = await h.request({ method: "POST", url: URL, payload: {}, token: null });
    assert.equal(res.statusCode, 401, res.body);
  });

  it("rejects an unknown filter field with 400 naming it", async () => {
    const res = await h.request({
      method: "POST",
      url: URL,
      payload: { string_filters: [{ field: "nope", operator: "=", values: ["x"] }] },
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.body, /nope/);
  });
});
