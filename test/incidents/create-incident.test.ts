import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { listHistory } from "../../src/incidents/incident.repository.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { putSimpleScene } from "../../testkit/oncall.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("POST /v1/external/incident/create", () => {
  const h = useHarness();

  const create = (payload: unknown, headers: Record<string, string> = {}) =>
    h.request({ method: "POST", url: "/v1/external/incident/create", payload: payload as object, headers });

  it("creates the documented example incident and answers its number in the COC envelope", async () => {
    const res = await create(exampleIncident());
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.deepEqual(Object.keys(body).sort(), ["data", "error_code", "error_msg", "provider_code"]);
    assert.equal(body.provider_code, "049");
    assert.equal(body.error_code, "GOM.00000000");
    assert.equal(body.error_msg, null);
    assert.match(body.data.incident_num, /^IM20240318132203\d{10}$/);
  });

  it("stores the new incident as TRIGGERED with create_time now and the source as given", async () => {
    const num = await createIncidentVia(h, exampleIncident({ incident_source: "incident_source_alarm" }));
    const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
    assert.equal(detail.status, "INCIDENT_STATUS_TRIGGERED");
    assert.equal(detail.incident_source, "incident_source_alarm");
    assert.equal(detail.create_time, h.clock.now());
    assert.equal(detail.handle_time, null);
  });

  it("appends a first history entry with the creator as operator", async () => {
    const num = await createIncidentVia(h);
    const history = await listHistory(h.deps.db, h.projectId, num);
    assert.equal(history.length, 1);
    assert.equal(history[0]?.action, "create");
    assert.equal(history[0]?.operator, "9605B67C741D4553887A3462771107D3");
    assert.equal(history[0]?.status_before, null);
    assert.equal(history[0]?.status_after, "INCIDENT_STATUS_TRIGGERED");
    assert.equal(Number(history[0]?.create_time), h.clock.now());
  });

  for (const [sent, expected] of [
    [true, true],
    [false, false],
    ["true", true],
    ["false", false],
  ] as const) {
    it(`accepts is_service_interrupt ${JSON.stringify(sent)} and stores ${expected}`, async () => {
      const num = await createIncidentVia(h, exampleIncident({ is_service_interrupt: sent }));
      const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
      assert.equal(detail.is_service_interrupt, expected);
    });
  }

  it("accepts start_time as a number or a numeric string and echoes it as a number", async () => {
    for (const sent of [1710000000000, "1710000000000"]) {
      const num = await createIncidentVia(h, exampleIncident({ start_time: sent }));
      const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
      assert.equal(detail.start_time, 1710000000000);
    }
  });

  it("accepts scene + role instead of an assignee and assigns whoever is on call for it", async () => {
    await putSimpleScene(h, "scene-1", { "role-1": "oncall-ann" });
    const body = exampleIncident({
      incident_assignee: undefined,
      assignee_scene: "scene-1",
      assignee_role: "role-1",
    });
    const num = await createIncidentVia(h, body);
    const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
    assert.deepEqual(detail.incident_assignee, ["oncall-ann"]);
    assert.equal(detail.assignee_scene, "scene-1");
    assert.equal(detail.assignee_role, "role-1");
  });

  it("ignores unknown fields, as the Terraform provider sends some", async () => {
    const res = await create(exampleIncident({ incident_id: "x", something_else: { nested: true } }));
    assert.equal(res.statusCode, 200);
  });

  it("accepts every JSON content-type spelling the SDK and docs use", async () => {
    for (const type of [
      "application/json",
      "application/json;charset=UTF-8",
      "Application/JSON; charset=utf-8",
    ]) {
      const res = await h.request({
        method: "POST",
        url: "/v1/external/incident/create",
        payload: JSON.stringify(exampleIncident()),
        headers: { "content-type": type },
      });
      assert.equal(res.statusCode, 200, `${type}: ${res.body}`);
    }
  });

  it("accepts a project-defined incident type added by the admin", async () => {
    const added = await h.request({
      method: "POST",
      url: "/incidentd/v1/catalogue/incident_type",
      token: h.tokens.admin,
      payload: { key: "inc_type_custom_db", name_zh: "数据库问题", name_en: "Database issues" },
    });
    assert.equal(added.statusCode, 200, added.body);
    const num = await createIncidentVia(h, exampleIncident({ incident_type: "inc_type_custom_db" }));
    const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
    const mtm = detail.enum_data_list.find((e: { filed_key: string }) => e.filed_key === "mtm_type");
    assert.deepEqual(mtm, {
      filed_key: "mtm_type",
      enum_key: "inc_type_custom_db",
      name_zh: "数据库问题",
      name_en: "Database issues",
    });
  });

  it("does not let another project use a project-defined incident type", async () => {
    const res = await h.request({
      method: "POST",
      url: "/v1/external/incident/create",
      token: h.otherProjectToken,
      payload: exampleIncident({ incident_type: "inc_type_custom_db" }),
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.json().error_msg, /^incident_type: must be one of /);
  });
});
