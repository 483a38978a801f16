import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createIntegration } from "../../src/integrations/integration.service.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { createHarness, createIncidentVia, exampleIncident, type Harness } from "../../testkit/harness.ts";

/** Text only the other project's data contains: it must never appear in an answer to this project. */
const MARKER = "LEAKMARKER7f3a";

/**
 * Generated from the route table: every authenticated route is called with this project's admin token,
 * pointed (path parameters and every id-like body field) at the other project's resources. A route added
 * later is covered without touching this file.
 */
describe("no route lets one project see another's data", async () => {
  const h: Harness = await createHarness();
  const ids: Record<string, string> = {};
  let firingAlarm: unknown;
  before(async () => {
    const other = h.otherProjectToken;
    ids.incident = await createIncidentVia(
      h,
      exampleIncident({ incident_title: `${MARKER} title`, incident_description: `${MARKER} description` }),
      other,
    );
    const integration = await createIntegration(h.deps, "proj-other", { name: MARKER, kind: "custom" });
    ids.integration = integration.integration.id;
    ids.integrationKey = integration.key;
    ids.alarm = "leakalarm01";
    const intake = await h.request({
      method: "POST",
      url: `/v1/event/huawei/custom/${integration.key}`,
      token: null,
      payload: customEvent({ alarmId: ids.alarm, alarmName: `${MARKER} alarm`, alarmDesc: MARKER }),
    });
    assert.equal(intake.statusCode, 200, intake.body);
  });
  after(() => h.close());

  const pathValue = (name: string): string => {
    if (name.startsWith("incident")) return ids.incident ?? "x";
    if (name.startsWith("alarm")) return ids.alarm ?? "x";
    if (name === "ticket_type" || name === "type") return "incident";
    return ids.integration ?? "x";
  };
  const bodyPointingAtOther = () => ({
    incident_num: ids.incident,
    incident_id: ids.incident,
    incident_number: ids.incident,
    incident_nums: [ids.incident],
    alarm_id: ids.alarm,
    alarm_ids: [ids.alarm],
    id: ids.integration,
    operator: "writer-user",
    page: 1,
    per_page: 100,
    limit: 100,
  });

  it("sees the other project's data through the other project's own credential (the marker is findable)", async () => {
    const detail = await h.request({
      method: "GET",
      url: `/v1/external/incident/${ids.incident}`,
      token: h.otherProjectToken,
    });
    assert.match(detail.body, new RegExp(MARKER));
    const alarm = await h.request({
      method: "GET",
      url: `/v1/alarm-mgmt/alarm/${ids.alarm}`,
      token: h.otherProjectToken,
    });
    assert.match(alarm.body, new RegExp(MARKER));
    firingAlarm = alarm.json().data;
  });

  const routes = h.app.routeTable.filter((r) => r.method !== "HEAD" && r.access !== "public");
  for (const route of routes) {
    it(`${route.method} ${route.url} answers this project without the other's data`, async () => {
      const url = route.url.replace(/:([a-z_]+)/g, (_, name: string) => encodeURIComponent(pathValue(name)));
      const res = await h.request({
        method: route.method as "GET",
        url,
        token: h.tokens.admin,
        payload: route.method === "GET" || route.method === "DELETE" ? undefined : bodyPointingAtOther(),
      });
      assert.ok(res.statusCode < 500, `${res.statusCode} ${res.body}`);
      assert.doesNotMatch(res.body, new RegExp(MARKER), `${res.statusCode} ${res.body.slice(0, 500)}`);
    });
  }

  it("left the other project's data untouched by all those calls", async () => {
    const detail = await h.request({
      method: "GET",
      url: `/v1/external/incident/${ids.incident}`,
      token: h.otherProjectToken,
    });
    assert.equal(detail.statusCode, 200);
    assert.equal(detail.json().data.status, "INCIDENT_STATUS_TRIGGERED");
    const alarm = await h.request({
      method: "GET",
      url: `/v1/alarm-mgmt/alarm/${ids.alarm}`,
      token: h.otherProjectToken,
    });
    assert.equal(alarm.statusCode, 200);
    assert.deepEqual(alarm.json().data, firingAlarm, "the alarm was neither cleared nor linked");
    const intake = await h.request({
      method: "POST",
      url: `/v1/event/huawei/custom/${ids.integrationKey}`,
      token: null,
      payload: customEvent({ alarmId: "leakalarm02" }),
    });
    assert.equal(intake.statusCode, 200, "the integration was neither disabled nor deleted");
  });
});
