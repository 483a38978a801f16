import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { act, actOk, handleV1, solution } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

const seed = JSON.parse(
  readFileSync(new URL("../fixtures/seed-show-incident-detail.json", import.meta.url), "utf8"),
);

const jsonType = (value: unknown) =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value;

describe("GET /v1/external/incident/{incident_num}", () => {
  let num: string;
  const h = useHarness();
  before(async () => {
    const admin = { token: h.tokens.admin };
    await h.request({
      ...admin,
      method: "POST",
      url: "/incidentd/v1/users",
      payload: { id: "9605B67C741D4553887A3462771107D3", display_name: "coc-cim-user" },
    });
    await h.request({
      ...admin,
      method: "POST",
      url: "/incidentd/v1/applications",
      payload: { id: "app001", name: "COC" },
    });
    num = await createIncidentVia(h);
  });

  it("matches the seed example's shape key for key and type for type", async () => {
    const res = await h.request({
      method: "GET",
      url: `/v1/external/incident/${num}`,
      token: h.tokens.reader,
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    for (const key of Object.keys(seed))
      assert.equal(jsonType(body[key]), jsonType(seed[key]), `envelope ${key}`);
    for (const [key, value] of Object.entries(seed.data)) {
      assert.ok(key in body.data, `data.${key} is missing`);
      assert.equal(jsonType(body.data[key]), jsonType(value), `data.${key}`);
    }
    const entryKeys = (list: Array<Record<string, unknown>>) =>
      list.map((e) => Object.keys(e).sort().join(","));
    assert.deepEqual(entryKeys(body.data.enum_data_list), entryKeys(seed.data.enum_data_list));
  });

  it("lists the seed's filed_keys in the seed's order", async () => {
    const data = (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
    const keys = data.enum_data_list.map((e: { filed_key: string }) => e.filed_key);
    assert.deepEqual(
      keys,
      seed.data.enum_data_list.map((e: { filed_key: string }) => e.filed_key),
    );
  });

  it("returns every documented field with the values that were created", async () => {
    const data = (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
    const sent = exampleIncident();
    assert.equal(data.incident_num, num);
    assert.deepEqual(data.region, sent.region);
    assert.deepEqual(data.enterprise_project, ["0"]);
    assert.deepEqual(data.current_cloud_service, ["app001"]);
    assert.equal(data.incident_level, "level_50");
    assert.equal(data.is_service_interrupt, true);
    assert.equal(data.incident_type, "inc_type_p_security_issues");
    assert.equal(data.incident_title, "事件标题");
    assert.equal(data.incident_description, "事件描述");
    assert.equal(data.incident_source, "incident_source_manual");
    assert.deepEqual(data.incident_assignee, ["9605B67C741D4553887A3462771107D3"]);
    assert.equal(data.assignee_scene, "");
    assert.equal(data.assignee_role, "");
    assert.equal(data.warroom_id, "");
    assert.equal(data.handle_time, null);
    assert.equal(data.start_time, null);
    assert.equal(data.fault_recovery_time, null);
    assert.equal(data.incident_ownership, "");
    assert.equal(data.status, "INCIDENT_STATUS_TRIGGERED");
    assert.equal(data.create_time, h.clock.now());
    assert.equal(data.creator, "9605B67C741D4553887A3462771107D3");
  });

  it("names users and applications from the directory and enums from the catalogue", async () => {
    const data = (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
    assert.deepEqual(data.enum_data_list, [
      { filed_key: "current_cloud_service_id", enum_key: "app001", name_zh: "COC", name_en: "COC" },
      {
        filed_key: "creator",
        enum_key: "9605B67C741D4553887A3462771107D3",
        name_zh: "coc-cim-user",
        name_en: "coc-cim-user",
      },
      { filed_key: "level_id", enum_key: "level_50", name_zh: "P5", name_en: "P5" },
      {
        filed_key: "work_flow_status",
        enum_key: "INCIDENT_STATUS_TRIGGERED",
        name_zh: "未受理",
        name_en: "TRIGGERED",
      },
      {
        filed_key: "mtm_type",
        enum_key: "inc_type_p_security_issues",
        name_zh: "安全问题",
        name_en: "Security issues",
      },
      {
        filed_key: "source_id",
        enum_key: "incident_source_manual",
        name_zh: "人工创建",
        name_en: "Manual Creation",
      },
      {
        filed_key: "assignee",
        enum_key: "9605B67C741D4553887A3462771107D3",
        name_zh: "coc-cim-user",
        name_en: "coc-cim-user",
      },
    ]);
  });

  it("shows the id itself for users and applications the directory does not know", async () => {
    const other = await createIncidentVia(
      h,
      exampleIncident({ creator: "ghost", incident_assignee: ["nobody"], current_cloud_service: ["app-x"] }),
    );
    const list = (await h.request({ method: "GET", url: `/v1/external/incident/${other}` })).json().data
      .enum_data_list;
    const byKey = Object.fromEntries(
      list.map((e: { filed_key: string; name_en: string }) => [e.filed_key, e.name_en]),
    );
    assert.equal(byKey.creator, "ghost");
    assert.equal(byKey.assignee, "nobody");
    assert.equal(byKey.current_cloud_service_id, "app-x");
  });

  it("names a project-defined incident_ownership in enum_data_list", async () => {
    await h.request({
      token: h.tokens.admin,
      method: "POST",
      url: "/incidentd/v1/catalogue/incident_ownership",
      payload: { key: "own_alarm", name_zh: "告警发现", name_en: "Alarm detection" },
    });
    const owned = await createIncidentVia(h, exampleIncident({ incident_ownership: "own_alarm" }));
    const data = (await h.request({ method: "GET", url: `/v1/external/incident/${owned}` })).json().data;
    assert.equal(data.incident_ownership, "own_alarm");
    assert.deepEqual(data.enum_data_list.at(-1), {
      filed_key: "incident_ownership",
      enum_key: "own_alarm",
      name_zh: "告警发现",
      name_en: "Alarm detection",
    });
  });

  it("keeps the seed's seven entries and region shape for an incident without application or region", async () => {
    const bare = exampleIncident();
    delete (bare as Record<string, unknown>).current_cloud_service;
    delete (bare as Record<string, unknown>).region;
    const plain = await createIncidentVia(h, bare);
    const data = (await h.request({ method: "GET", url: `/v1/external/incident/${plain}` })).json().data;
    assert.deepEqual(data.region, [""]);
    assert.deepEqual(data.current_cloud_service, []);
    assert.deepEqual(
      data.enum_data_list.map((e: { filed_key: string }) => e.filed_key),
      [
        "current_cloud_service_id",
        "creator",
        "level_id",
        "work_flow_status",
        "mtm_type",
        "source_id",
        "assignee",
      ],
    );
    assert.deepEqual(data.enum_data_list[0], {
      filed_key: "current_cloud_service_id",
      enum_key: "",
      name_zh: "",
      name_en: "",
    });
  });

  it("shows the fault_delineation_time a solution gave (v2 commitSolution and v1 commitSolution1)", async () => {
    const incident = await createIncidentVia(h);
    await actOk(h, incident, "accepted");
    const start = h.clock.now() - 60_000;
    await actOk(h, incident, "commitSolution", {
      ...solution,
      is_service_interrupt: "true",
      start_time: String(start),
      fault_recovery_time: String(start + 50_000),
      fault_delineation_time: String(start + 20_000),
    });
    const data = (await h.request({ method: "GET", url: `/v1/external/incident/${incident}` })).json().data;
    assert.equal(data.fault_delineation_time, start + 20_000);

    const v1 = await createIncidentVia(h);
    await actOk(h, v1, "accepted");
    const res = await handleV1(h, v1, "commitSolution1", "u", { ...solution, fault_delineation_time: start });
    assert.equal(res.statusCode, 200, res.body);
    const v1Data = (await h.request({ method: "GET", url: `/v1/external/incident/${v1}` })).json().data;
    assert.equal(v1Data.fault_delineation_time, start);

    const early = await createIncidentVia(h);
    await actOk(h, early, "accepted");
    const bad = await act(h, early, "commitSolution", {
      ...solution,
      start_time: start,
      fault_delineation_time: start - 1,
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error_msg, "params.fault_delineation_time: must not be before start_time");
  });

  it("answers a missing incident with HTTP 400 COC.00067003", async () => {
    const res = await h.request({ method: "GET", url: "/v1/external/incident/IM202401010000000000000000" });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json(), {
      provider_code: "049",
      error_code: "COC.00067003",
      error_msg: "incident not found: IM202401010000000000000000",
      data: null,
    });
  });

  it("answers another project's incident exactly like a missing one", async () => {
    const res = await h.request({
      method: "GET",
      url: `/v1/external/incident/${num}`,
      token: h.otherProjectToken,
    });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json(), {
      provider_code: "049",
      error_code: "COC.00067003",
      error_msg: `incident not found: ${num}`,
      data: null,
    });
  });

  it("accepts the SDK's GET with Content-Type: application/json and a {} body", async () => {
    const res = await h.request({
      method: "GET",
      url: `/v1/external/incident/${num}`,
      payload: "{}",
      headers: { "content-type": "application/json" },
    });
    assert.equal(res.statusCode, 200, res.body);
  });

  it("rejects an incident number longer than 255 characters", async () => {
    const res = await h.request({ method: "GET", url: `/v1/external/incident/${"I".repeat(256)}` });
    assert.equal(res.statusCode, 400);
    assert.match(res.json().error_msg, /^incident_num: must be at most 255 characters$/);
  });
});
