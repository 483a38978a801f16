import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildApp } from "../../src/app.ts";
import { createDeps } from "../../src/deps.ts";
import { listHistory } from "../../src/incidents/incident.repository.ts";
import { createIncidentVia, exampleIncident, TEST_MASTER_KEY } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { exampleWarRoom, listWarRoomsVia, postWarRoom } from "./warroom-helpers.ts";

describe("WarRoom auto-start (project setting warroom_auto_start_levels)", () => {
  const putSettings = (payload: object, token?: string) =>
    h.request({ method: "PUT", url: "/incidentd/v1/settings", payload, token: token ?? h.tokens.admin });
  const createIncident = (body: Record<string, unknown>, token?: string) =>
    h.request({ method: "POST", url: "/v1/external/incident/create", payload: body, token });

  const h = useHarness();

  it("is off by default and shown in the settings", async () => {
    const res = await h.request({ method: "GET", url: "/incidentd/v1/settings" });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().data.warroom_auto_start_levels, []);
    const incident = await createIncidentVia(h, exampleIncident({ incident_level: "level_10", region: [] }));
    const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${incident}` })).json();
    assert.equal(detail.data.warroom_id, "");
  });

  it("rejects an unknown level key in the setting", async () => {
    const res = await putSettings({ warroom_auto_start_levels: ["level_10", "P1"] });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_code, "GOM.00007256");
    assert.match(res.json().error_msg, /^warroom_auto_start_levels\[1\]: must be one of level_10, /);
  });

  it("is set by an admin and keeps the other settings", async () => {
    const res = await putSettings({ warroom_auto_start_levels: ["level_10", "level_20", "level_10"] });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().data, {
      strict_roles: false,
      approvers: [],
      warroom_auto_start_levels: ["level_10", "level_20"],
    });
    const writer = await putSettings({ warroom_auto_start_levels: [] }, h.tokens.writer);
    assert.equal(writer.statusCode, 403);
  });

  it("starts a WarRoom in the incident's create transaction for a chosen level", async () => {
    const incident = await createIncidentVia(h, exampleIncident({ incident_level: "level_10" }));
    const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${incident}` })).json();
    assert.match(detail.data.warroom_id, /^WR\d{24}$/);
    const { list } = await listWarRoomsVia(h, { incident_num: incident });
    assert.equal(list.length, 1);
    const item = list[0] as Record<string, unknown>;
    assert.equal(item.war_room_num, detail.data.warroom_id);
    assert.equal(item.title, "事件标题");
    assert.equal(item.admin, "9605B67C741D4553887A3462771107D3");
    assert.deepEqual(item.regions, [{ code: "***_Cloud", name: "***_Cloud" }]);
    assert.deepEqual(item.impacted_application, [{ id: "app001", name: "app001" }]);
    assert.equal(item.circular_level, "level_10");
    assert.equal(item.enterprise_project_id, "0");
    const history = await listHistory(h.deps.db, h.projectId, incident);
    assert.deepEqual(
      history.map((e) => e.action),
      ["create", "startWarRoom"],
    );
    assert.equal(JSON.parse(history[1]?.details ?? "{}").auto_started, true);
    // A manual create for the same incident now meets the auto-started one.
    const again = await postWarRoom(h, exampleWarRoom(incident));
    assert.equal(again.json().error_code, "IDT.00070001");
  });

  it("shows the impacted application by the directory's name when the directory knows it", async () => {
    const added = await h.request({
      method: "POST",
      url: "/incidentd/v1/applications",
      payload: { id: "app-pay", name: "Payments" },
      token: h.tokens.admin,
    });
    assert.equal(added.statusCode, 200, added.body);
    const auto = await createIncidentVia(
      h,
      exampleIncident({ incident_level: "level_10", current_cloud_service: ["app-pay"] }),
    );
    const [autoRoom] = (await listWarRoomsVia(h, { incident_num: auto })).list as Record<string, unknown>[];
    assert.deepEqual(autoRoom?.impacted_application, [{ id: "app-pay", name: "Payments" }]);
    // CreateWarRoom: a name sent wins; an application sent without one takes the directory's.
    const manual = await createIncidentVia(h, exampleIncident({ current_cloud_service: ["app-pay"] }));
    const res = await postWarRoom(
      h,
      exampleWarRoom(manual, { application_id_list: ["app-pay", "app-x"], application_names: [] }),
    );
    assert.equal(res.statusCode, 200, res.body);
    const [room] = (await listWarRoomsVia(h, { incident_num: manual })).list as Record<string, unknown>[];
    assert.deepEqual(room?.impacted_application, [
      { id: "app-pay", name: "Payments" },
      { id: "app-x", name: "app-x" },
    ]);
  });

  it("requires region for incidents at a chosen level, naming the field", async () => {
    for (const region of [undefined, null, [], [""]]) {
      const res = await createIncident(exampleIncident({ incident_level: "level_20", region }));
      assert.equal(res.statusCode, 400, `${JSON.stringify(region)}: ${res.body}`);
      assert.equal(res.json().error_code, "GOM.00007256");
      assert.match(res.json().error_msg, /^region: is required: incidents at level_20 start a WarRoom/);
    }
    const { total_num } = await listWarRoomsVia(h, { incident_levels: ["level_20"] });
    assert.equal(total_num, 0, "the refused incidents left no WarRoom behind");
  });

  it("does not require region or start a WarRoom at other levels", async () => {
    const incident = await createIncidentVia(h, exampleIncident({ incident_level: "level_30", region: [] }));
    const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${incident}` })).json();
    assert.equal(detail.data.warroom_id, "");
  });

  it("applies per project", async () => {
    const res = await createIncident(
      exampleIncident({ incident_level: "level_10", region: [] }),
      h.otherProjectToken,
    );
    assert.equal(res.statusCode, 200, res.body);
  });

  it("stops when the setting is emptied", async () => {
    assert.equal((await putSettings({ warroom_auto_start_levels: [] })).statusCode, 200);
    const incident = await createIncidentVia(h, exampleIncident({ incident_level: "level_10", region: [] }));
    const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${incident}` })).json();
    assert.equal(detail.data.warroom_id, "");
  });

  // Each node keeps the settings in memory (settings-cache.ts): a change made through one node must reach
  // the next create on another that has already cached the project's settings.
  it("applies a change made through another node to that node's next create", async () => {
    const other = await buildApp(createDeps(h.deps.config, h.deps.db, h.clock, TEST_MASTER_KEY));
    try {
      await other.ready();
      const createOnOther = async (level: string) => {
        const res = await other.inject({
          method: "POST",
          url: "/v1/external/incident/create",
          payload: exampleIncident({ incident_level: level }),
          headers: { "x-auth-token": h.tokens.writer },
        });
        assert.equal(res.statusCode, 200, res.body);
        const num = res.json().data.incident_num as string;
        const detail = await h.request({ method: "GET", url: `/v1/external/incident/${num}` });
        return detail.json().data.warroom_id as string;
      };
      assert.equal(await createOnOther("level_40"), "", "the other node has read and cached the settings");
      assert.equal((await putSettings({ warroom_auto_start_levels: ["level_40"] })).statusCode, 200);
      assert.match(await createOnOther("level_40"), /^WR\d{24}$/);
      assert.equal((await putSettings({ warroom_auto_start_levels: [] })).statusCode, 200);
      assert.equal(await createOnOther("level_40"), "");
    } finally {
      await other.close();
    }
  });
});
