import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { listHistory } from "../../src/incidents/incident.repository.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createWarRoomVia, exampleWarRoom, listWarRoomsVia, postWarRoom } from "./warroom-helpers.ts";

describe("POST /v1/external/warrooms (CreateWarRoom)", () => {
  const h = useHarness();

  it("answers the COC envelope with a WR + 24 digit number", async () => {
    const incident = await createIncidentVia(h);
    const res = await postWarRoom(h, exampleWarRoom(incident));
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.deepEqual(Object.keys(body).sort(), ["data", "error_code", "error_msg", "provider_code"]);
    assert.equal(body.provider_code, "049");
    assert.equal(body.error_code, "GOM.00000000");
    assert.equal(body.error_msg, null);
    assert.match(body.data, /^WR\d{24}$/);
    // The UTC timestamp of the (fixed) test clock: 2024-03-18 13:22:03.
    assert.ok(body.data.startsWith("WR20240318132203"), body.data);
  });

  it("answers on the capitalised paths some COC pages print (/v1/external/WarRooms, …/WarRooms/list)", async () => {
    const incident = await createIncidentVia(h);
    const created = await h.request({
      method: "POST",
      url: "/v1/external/WarRooms",
      payload: exampleWarRoom(incident),
    });
    assert.equal(created.statusCode, 200, created.body);
    const listed = await h.request({
      method: "POST",
      url: "/v1/external/WarRooms/list",
      payload: { incident_num: incident },
      token: h.tokens.reader,
    });
    assert.equal(listed.statusCode, 200, listed.body);
    assert.deepEqual(
      listed.json().data.list.map((r: { war_room_num: string }) => r.war_room_num),
      [created.json().data],
    );
  });

  it("links the WarRoom to the incident's warroom_id and appends a history entry", async () => {
    const incident = await createIncidentVia(h);
    const num = await createWarRoomVia(h, exampleWarRoom(incident));
    const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${incident}` })).json();
    assert.equal(detail.data.warroom_id, num);
    const history = await listHistory(h.deps.db, h.projectId, incident);
    assert.deepEqual(
      history.map((e) => [Number(e.seq), e.action]),
      [
        [1, "create"],
        [2, "startWarRoom"],
      ],
    );
    const entry = history[1];
    assert.equal(entry?.operator, "writer-user");
    assert.equal(entry?.status_after, "INCIDENT_STATUS_TRIGGERED");
    assert.equal(JSON.parse(entry?.details ?? "{}").war_room_num, num);
  });

  it("keeps the incident usable by the workflow (tasks follow the new version)", async () => {
    const incident = await createIncidentVia(h);
    await createWarRoomVia(h, exampleWarRoom(incident));
    const tasks = (await h.request({ method: "GET", url: `/v2/incidents/${incident}/tasks` })).json().data;
    const taskId = tasks[0].operations[0].task_id;
    const res = await h.request({
      method: "POST",
      url: `/v2/incidents/${incident}/actions`,
      payload: { task_id: taskId, action: "accepted" },
    });
    assert.equal(res.statusCode, 200, res.body);
    const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${incident}` })).json();
    assert.equal(detail.data.status, "INCIDENT_STATUS_ACKNOWLEDGED");
    assert.match(detail.data.warroom_id, /^WR\d{24}$/);
  });

  it("stores every documented field and shows it in the list", async () => {
    const incident = await createIncidentVia(h);
    const num = await createWarRoomVia(
      h,
      exampleWarRoom(incident, {
        war_room_name: "数据库故障",
        description: "db down",
        region_code_list: ["cn-north-4", "cn-east-3"],
        region_names: ["北京四"],
        application_id_list: ["app001", "app002"],
        application_names: ["COC", "DB"],
        participant: ["u1", "u2"],
        notification_type: "LARK",
        notification_modes: ["1", "5"],
        enterprise_project_id: "ep-1",
      }),
    );
    const { list } = await listWarRoomsVia(h, { war_room_nums: [num] });
    assert.equal(list.length, 1);
    const item = list[0] as Record<string, unknown>;
    assert.equal(item.id, num);
    assert.equal(item.war_room_num, num);
    assert.equal(item.title, "数据库故障");
    assert.equal(item.description, "db down");
    assert.equal(item.admin, "00909e0a9c0a49a1b5e1c3eac362e3d7");
    assert.deepEqual(item.recover_member, ["u1", "u2"]);
    assert.deepEqual(item.recover_leader, []);
    assert.deepEqual(item.regions, [
      { code: "cn-north-4", name: "北京四" },
      { code: "cn-east-3", name: "cn-east-3" },
    ]);
    assert.deepEqual(item.impacted_application, [
      { id: "app001", name: "COC" },
      { id: "app002", name: "DB" },
    ]);
    assert.equal(item.enterprise_project_id, "ep-1");
    assert.equal(item.circular_level, "level_50");
    assert.deepEqual(item.war_room_status, {
      id: "1",
      name_zh: "WarRoom已启动",
      name_en: "WarRoom started",
      type: "war_room_status",
    });
    assert.deepEqual(item.incident, {
      id: incident,
      incident_id: incident,
      alarm_id: "",
      is_change_event: false,
      source_id: null,
      failure_level: "level_50",
      incident_url: `/v1/external/incident/${incident}`,
    });
    assert.equal(item.source, "incident_source_manual");
    assert.equal(item.create_time, h.clock.now());
    assert.equal(item.occur_time, null);
    assert.equal(item.recover_time, null);
    assert.equal(item.close_time, null);
    assert.equal(item.processing_duration, 0);
    assert.equal(item.restoration_duration, 0);
    for (const key of ["change_num", "fault_cause", "fault_impact"]) assert.equal(item[key], "");
    for (const key of ["first_report_time", "recovery_notification_time"]) assert.equal(item[key], null);
  });

  it("answers an unknown incident like the rest of the API (400 COC.00067003)", async () => {
    const res = await postWarRoom(h, exampleWarRoom("IM202403181322030000000000"));
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_code, "COC.00067003");
    assert.equal(res.json().error_msg, "incident not found: IM202403181322030000000000");
  });

  it("answers another project's incident exactly like a missing one", async () => {
    const foreign = await createIncidentVia(h, undefined, h.otherProjectToken);
    const res = await postWarRoom(h, exampleWarRoom(foreign));
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      { code: res.json().error_code, msg: res.json().error_msg },
      { code: "COC.00067003", msg: `incident not found: ${foreign}` },
    );
    const detail = (
      await h.request({ method: "GET", url: `/v1/external/incident/${foreign}`, token: h.otherProjectToken })
    ).json();
    assert.equal(detail.data.warroom_id, "", "the foreign incident is untouched");
  });

  it("refuses a second WarRoom for the same incident with 400 IDT.00070001 naming the first", async () => {
    const incident = await createIncidentVia(h);
    const first = await createWarRoomVia(h, exampleWarRoom(incident));
    const res = await postWarRoom(h, exampleWarRoom(incident, { war_room_name: "again" }));
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_code, "IDT.00070001");
    assert.match(res.json().error_msg, new RegExp(`already has WarRoom ${first}`));
    const history = await listHistory(h.deps.db, h.projectId, incident);
    assert.equal(history.length, 2, "the refused create left no history entry");
  });

  it("gives unique numbers to 40 concurrent creates for different incidents", async () => {
    const incidents = await Promise.all(Array.from({ length: 40 }, () => createIncidentVia(h)));
    const numbers = await Promise.all(incidents.map((i) => createWarRoomVia(h, exampleWarRoom(i))));
    assert.equal(new Set(numbers).size, 40);
    for (const n of numbers) assert.match(n, /^WR\d{24}$/);
  });

  it("starts exactly one WarRoom when 20 creates for one incident race", async () => {
    const incident = await createIncidentVia(h);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => postWarRoom(h, exampleWarRoom(incident))),
    );
    const winners = results.filter((r) => r.statusCode === 200);
    assert.equal(winners.length, 1);
    for (const loser of results.filter((r) => r.statusCode !== 200)) {
      assert.equal(loser.statusCode, 400);
      assert.equal(loser.json().error_code, "IDT.00070001", loser.body);
    }
    const { list } = await listWarRoomsVia(h, { incident_num: incident });
    assert.deepEqual(
      list.map((r) => r.war_room_num),
      [winners[0]?.json().data],
    );
  });

  it("refuses a reader token with 403", async () => {
    const incident = await createIncidentVia(h);
    const res = await postWarRoom(h, exampleWarRoom(incident), h.tokens.reader);
    assert.equal(res.statusCode, 403);
  });
});
