import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createWarRoomVia, exampleWarRoom, listWarRoomsVia } from "./warroom-helpers.ts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe("POST /v1/external/warrooms/list (ListWarRooms)", () => {
  let t0: number;
  const r: Record<"old" | "r1" | "r2" | "r3", string> = { old: "", r1: "", r2: "", r3: "" };
  const incidents: Record<string, string> = {};

  const room = async (
    key: keyof typeof r,
    level: string,
    startTime: number | null,
    warroom: Record<string, unknown>,
  ) => {
    incidents[key] = await createIncidentVia(
      h,
      exampleIncident({ incident_level: level, ...(startTime === null ? {} : { start_time: startTime }) }),
    );
    r[key] = await createWarRoomVia(h, exampleWarRoom(incidents[key] as string, warroom));
  };
  const nums = async (body: Record<string, unknown>) =>
    (await listWarRoomsVia(h, body)).list.map((item) => item.war_room_num);

  const h = useHarness();
  before(async () => {
    t0 = h.clock.now();
    h.clock.current = t0 - 40 * DAY;
    await room("old", "level_20", null, { war_room_name: "old room", war_room_admin: "dave" });
    h.clock.current = t0;
    await room("r1", "level_10", t0 - 10 * MINUTE, {
      war_room_name: "db outage",
      war_room_admin: "alice",
      participant: ["bob"],
      region_code_list: ["cn-north-4"],
      application_id_list: ["app-a"],
    });
    h.clock.advance(MINUTE);
    await room("r2", "level_30", t0 - 5 * MINUTE, {
      war_room_name: "payment outage",
      war_room_admin: "bob",
      region_code_list: ["cn-east-3"],
      application_id_list: ["app-b"],
      enterprise_project_id: "ep-2",
    });
    h.clock.advance(MINUTE);
    await room("r3", "level_50", null, {
      war_room_name: "slow pages",
      war_room_admin: "carol",
      application_id_list: ["app-a", "app-c"],
    });
    h.clock.current = t0 + 31 * MINUTE;
    const status = await h.request({
      method: "POST",
      url: `/incidentd/v1/warrooms/${r.r2}/status`,
      payload: { status: "7" },
    });
    assert.equal(status.statusCode, 200, status.body);
    h.clock.current = t0 + 62 * MINUTE;
    const close = await h.request({ method: "POST", url: `/incidentd/v1/warrooms/${r.r3}/close` });
    assert.equal(close.statusCode, 200, close.body);
    h.clock.current = t0 + 90 * MINUTE;
  });

  it("lists the last 30 days newest first by default, with the counts", async () => {
    const data = await listWarRoomsVia(h, {});
    assert.deepEqual(
      data.list.map((i) => i.war_room_num),
      [r.r3, r.r2, r.r1],
    );
    assert.deepEqual(
      { total: data.total, running: data.running_num, closed: data.closed_num, all: data.total_num },
      { total: 3, running: 2, closed: 1, all: 3 },
    );
  });

  it("shows status, recovery and durations in minutes", async () => {
    const items = (await listWarRoomsVia(h, {})).list;
    const byNum = new Map(items.map((i) => [i.war_room_num, i]));
    const r1 = byNum.get(r.r1);
    const r2 = byNum.get(r.r2);
    const r3 = byNum.get(r.r3);
    // r1 runs: 90 minutes since its start; its fault began 10 minutes before that and is not recovered.
    assert.equal(r1?.processing_duration, 90);
    assert.equal(r1?.restoration_duration, 100);
    assert.equal(r1?.occur_time, t0 - 10 * MINUTE);
    // r2 recovered at t0+31min; its fault occurred at t0−5min.
    assert.equal((r2?.war_room_status as { id: string } | undefined)?.id, "7");
    assert.equal(r2?.recover_time, t0 + 31 * MINUTE);
    assert.equal(r2?.restoration_duration, 36);
    assert.equal(r2?.processing_duration, 89);
    // r3 was closed 60 minutes after it started.
    assert.equal((r3?.war_room_status as { id: string } | undefined)?.id, "20");
    assert.equal(r3?.close_time, t0 + 62 * MINUTE);
    assert.equal(r3?.processing_duration, 60);
  });

  it("filters by war_room_nums alone, ignoring every other filter and the time window", async () => {
    assert.deepEqual(await nums({ war_room_nums: [r.r1, r.old], title: "nothing matches", status: ["20"] }), [
      r.r1,
      r.old,
    ]);
  });

  it("filters by current_users (admin or participant)", async () => {
    assert.deepEqual(await nums({ current_users: ["bob"] }), [r.r2, r.r1]);
  });

  it("filters by incident_num exactly", async () => {
    assert.deepEqual(await nums({ incident_num: incidents.r2 }), [r.r2]);
  });

  it("filters by a case-sensitive title substring", async () => {
    assert.deepEqual(await nums({ title: "outage" }), [r.r2, r.r1]);
    assert.deepEqual(await nums({ title: "Outage" }), []);
    assert.deepEqual(await nums({ title: "%" }), [], "LIKE wildcards match literally");
  });

  it("filters by region_code_list", async () => {
    assert.deepEqual(await nums({ region_code_list: ["cn-east-3", "nowhere"] }), [r.r2]);
  });

  it("filters by incident_levels (the incident's level)", async () => {
    assert.deepEqual(await nums({ incident_levels: ["level_10", "level_50"] }), [r.r3, r.r1]);
  });

  it("filters by impacted_application_ids", async () => {
    assert.deepEqual(await nums({ impacted_application_ids: ["app-a"] }), [r.r3, r.r1]);
  });

  it("filters by admin", async () => {
    assert.deepEqual(await nums({ admin: ["carol", "alice"] }), [r.r3, r.r1]);
  });

  it("filters by status, while running_num/closed_num/total_num ignore the status filter", async () => {
    const data = await listWarRoomsVia(h, { status: ["20"] });
    assert.deepEqual(
      data.list.map((i) => i.war_room_num),
      [r.r3],
    );
    assert.deepEqual(
      { total: data.total, running: data.running_num, closed: data.closed_num, all: data.total_num },
      { total: 1, running: 2, closed: 1, all: 3 },
    );
    assert.deepEqual(await nums({ status: ["1"] }), [r.r1]);
    assert.deepEqual(await nums({ status: ["7", "1"] }), [r.r2, r.r1]);
  });

  it("filters by the triggered window (create time)", async () => {
    assert.deepEqual(await nums({ triggered_start_time: t0 - 50 * DAY }), [r.r3, r.r2, r.r1, r.old]);
    assert.deepEqual(
      await nums({ triggered_start_time: t0 + MINUTE, triggered_end_time: String(t0 + MINUTE) }),
      [r.r2],
    );
    assert.deepEqual(await nums({ triggered_end_time: t0 - 39 * DAY }), [r.old], "30 days before the end");
  });

  it("filters by the occurrence window (the incident's start_time)", async () => {
    assert.deepEqual(await nums({ occur_start_time: t0 - 7 * MINUTE }), [r.r2]);
    assert.deepEqual(await nums({ occur_end_time: t0 - 7 * MINUTE }), [r.r1]);
  });

  it("filters by the recovery window", async () => {
    assert.deepEqual(await nums({ recover_start_time: t0, recover_end_time: t0 + 40 * MINUTE }), [r.r2]);
    assert.deepEqual(await nums({ recover_start_time: t0 + 40 * MINUTE }), []);
  });

  it("filters by notification_level (the level when the WarRoom started)", async () => {
    assert.deepEqual(await nums({ notification_level: ["level_30"] }), [r.r2]);
  });

  it("filters by enterprise_project_ids", async () => {
    assert.deepEqual(await nums({ enterprise_project_ids: ["ep-2"] }), [r.r2]);
    assert.deepEqual(await nums({ enterprise_project_ids: ["0"] }), [r.r3, r.r1]);
  });

  it("filters by war_room_num", async () => {
    assert.deepEqual(await nums({ war_room_num: r.r1 }), [r.r1]);
  });

  it("combines filters with AND and treats empty arrays and strings as absent", async () => {
    assert.deepEqual(await nums({ current_users: ["bob"], admin: ["alice"] }), [r.r1]);
    assert.deepEqual(await nums({ admin: [], title: "", war_room_nums: [] }), [r.r3, r.r2, r.r1]);
  });

  it("pages with limit and offset as a row offset", async () => {
    assert.deepEqual(await nums({ limit: 2, offset: 0 }), [r.r3, r.r2]);
    assert.deepEqual(await nums({ limit: 2, offset: 2 }), [r.r1]);
    assert.deepEqual(await nums({ limit: 2, offset: 3 }), []);
    const data = await listWarRoomsVia(h, { limit: 0 });
    assert.deepEqual(data.list, []);
    assert.equal(data.total, 3);
  });

  it("answers only the counts with statistic_flag", async () => {
    for (const flag of [true, "true"]) {
      const data = await listWarRoomsVia(h, { statistic_flag: flag, status: ["1", "7"] });
      assert.deepEqual(data, { list: [], total: 2, running_num: 2, closed_num: 1, total_num: 3 });
    }
  });

  it("rejects a limit above 1000 and a negative offset", async () => {
    for (const [body, message] of [
      [{ limit: 1001 }, "limit: must be at most 1000"],
      [{ offset: -1 }, "offset: must be at least 0"],
      [{ status: Array.from({ length: 101 }, () => "1") }, /^status: must be an array of at most 100/],
      [{ enterprise_project_ids: Array.from({ length: 501 }, () => "0") }, /^enterprise_project_ids: /],
      [{ incident_num: "x".repeat(65) }, /^incident_num: must be a string of at most 64/],
      [{ triggered_start_time: "yesterday" }, /^triggered_start_time: must be epoch milliseconds/],
      [{ statistic_flag: "yes" }, /^statistic_flag: must be a boolean/],
    ] as const) {
      const res = await h.request({ method: "POST", url: "/v1/external/warrooms/list", payload: body });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error_code, "GOM.00007256");
      assert.match(res.json().error_msg, typeof message === "string" ? new RegExp(`^${message}$`) : message);
    }
  });

  it("orders WarRooms started in the same millisecond by number, so pages never overlap", async () => {
    const created = [];
    for (let i = 0; i < 5; i++) {
      const incident = await createIncidentVia(h);
      created.push(await createWarRoomVia(h, exampleWarRoom(incident, { war_room_name: "same-ms" })));
    }
    const seen: string[] = [];
    for (let offset = 0; offset < 5; offset += 2) {
      seen.push(...(await nums({ title: "same-ms", limit: 2, offset })));
    }
    assert.deepEqual(seen, [...created].sort().reverse());
  });

  it("never shows another project's WarRooms", async () => {
    const foreignIncident = await createIncidentVia(h, undefined, h.otherProjectToken);
    const foreign = await createWarRoomVia(h, exampleWarRoom(foreignIncident), h.otherProjectToken);
    const mine = await listWarRoomsVia(h, { war_room_nums: [foreign, r.r1] });
    assert.deepEqual(
      mine.list.map((i) => i.war_room_num),
      [r.r1],
    );
    const theirs = await listWarRoomsVia(h, {}, h.otherProjectToken);
    assert.deepEqual(
      theirs.list.map((i) => i.war_room_num),
      [foreign],
    );
    assert.equal(theirs.total_num, 1);
  });

  it("lets a reader list", async () => {
    const data = await listWarRoomsVia(h, { war_room_num: r.r1 }, h.tokens.reader);
    assert.equal(data.list.length, 1);
  });
});
