import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { ACCEPTED, createIntegrationVia, getAlarm, postCustom } from "./alarm-helpers.ts";

describe("POST /v1/event/huawei/custom/{integration_key}", () => {
  let key: string;
  const h = useHarness();
  before(async () => {
    key = (await createIntegrationVia(h, "custom")).key;
  });

  it("stores the documented example and answers COC's exact success envelope", async () => {
    const res = await postCustom(h, key, customEvent());
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), ACCEPTED);
    const alarm = (await getAlarm(h, "18cfxxxxxxxxxx0f8")).json().data;
    assert.equal(alarm.id, "18cfxxxxxxxxxx0f8");
    assert.equal(alarm.name, "Cpu 使用超额预警");
    assert.equal(alarm.importance, "urgent");
    assert.equal(alarm.alarm_level, "Critical");
    assert.equal(alarm.status, "alarming");
    assert.equal(alarm.converge_count, 1);
    assert.equal(alarm.come_from, "coc");
    assert.equal(alarm.app, "18cfa0a5ef8d");
    assert.equal(alarm.region, "cn-north-4");
    assert.equal(alarm.domain_id, h.projectId);
    assert.equal(alarm.creator_name, "custom source");
    assert.equal(alarm.first_occur_time, 1709118444540);
    assert.equal(alarm.last_occur_time, h.clock.now());
    assert.equal(alarm.recovery_time, null);
    assert.equal(alarm.associate_event_id, "");
    assert.deepEqual(alarm.additional, {});
  });

  it("counts a repeat while firing as a convergence and updates the last occurrence", async () => {
    const body = customEvent({ alarmId: "repeat1" });
    await postCustom(h, key, body);
    h.clock.advance(60_000);
    await postCustom(h, key, { ...body, time: Number(body.time) + 60_000, alarmDesc: "still hot" });
    h.clock.advance(60_000);
    const third = await postCustom(h, key, body);
    assert.equal(third.statusCode, 200);
    const alarm = (await getAlarm(h, "repeat1")).json().data;
    assert.equal(alarm.converge_count, 3);
    assert.equal(alarm.last_occur_time, h.clock.now());
    assert.equal(alarm.first_occur_time, 1709118444540, "the episode keeps its start");
    assert.equal(alarm.status, "alarming");
  });

  it("stores concurrent first reports of one alarm once and counts the others as repeats", async () => {
    const body = customEvent({ alarmId: "race1" });
    const answers = await Promise.all(Array.from({ length: 8 }, () => postCustom(h, key, body)));
    for (const res of answers) assert.deepEqual(res.json(), ACCEPTED);
    const alarm = (await getAlarm(h, "race1")).json().data;
    assert.equal(alarm.converge_count, 8);
    assert.equal(alarm.status, "alarming");
  });

  it("resolves an alarm on alarmStatus ok and records the recovery time", async () => {
    await postCustom(h, key, customEvent({ alarmId: "recover1" }));
    const ok = await postCustom(
      h,
      key,
      customEvent({ alarmId: "recover1", alarmStatus: "ok", time: 1709118999000 }),
    );
    assert.deepEqual(ok.json(), ACCEPTED);
    const alarm = (await getAlarm(h, "recover1")).json().data;
    assert.equal(alarm.status, "resolved");
    assert.equal(alarm.recovery_time, 1709118999000);
    assert.equal(alarm.converge_count, 1);
  });

  it("opens a new episode when a resolved alarm fires again later, with converge_count back to 1", async () => {
    const id = "reopen1";
    await postCustom(h, key, customEvent({ alarmId: id, time: 1000 }));
    await postCustom(h, key, customEvent({ alarmId: id, time: 2000 }));
    await postCustom(h, key, customEvent({ alarmId: id, alarmStatus: "ok", time: 3000 }));
    await postCustom(h, key, customEvent({ alarmId: id, time: 4000, alarmLevel: "Minor" }));
    const alarm = (await getAlarm(h, id)).json().data;
    assert.equal(alarm.status, "alarming");
    assert.equal(alarm.episode, 2);
    assert.equal(alarm.converge_count, 1);
    assert.equal(alarm.first_occur_time, 4000);
    assert.equal(alarm.recovery_time, null);
    assert.equal(alarm.importance, "minor", "the newest report's level");
  });

  it("ignores a late firing report from before the recovery, and a second recovery", async () => {
    const id = "stale1";
    await postCustom(h, key, customEvent({ alarmId: id, time: 1000 }));
    await postCustom(h, key, customEvent({ alarmId: id, alarmStatus: "ok", time: 3000 }));
    assert.equal((await postCustom(h, key, customEvent({ alarmId: id, time: 2000 }))).statusCode, 200);
    assert.equal(
      (await postCustom(h, key, customEvent({ alarmId: id, alarmStatus: "ok", time: 5000 }))).statusCode,
      200,
    );
    const alarm = (await getAlarm(h, id)).json().data;
    assert.equal(alarm.status, "resolved");
    assert.equal(alarm.episode, 1);
    assert.equal(alarm.recovery_time, 3000);
  });

  it("accepts a recovery of an alarm never seen, storing nothing", async () => {
    const res = await postCustom(h, key, customEvent({ alarmId: "neverseen", alarmStatus: "ok" }));
    assert.deepEqual(res.json(), ACCEPTED);
    assert.equal((await getAlarm(h, "neverseen")).json().error_code, "IDT.00020001");
  });

  it("accepts time as a string of digits, null optional fields and Content-Type without charset", async () => {
    const res = await h.request({
      method: "POST",
      url: `/v1/event/huawei/custom/${key}`,
      token: null,
      payload: customEvent({ alarmId: "loose1", time: "1709118444540", regionId: null, additional: null }),
    });
    assert.deepEqual(res.json(), ACCEPTED);
    const alarm = (await getAlarm(h, "loose1")).json().data;
    assert.equal(alarm.first_occur_time, 1709118444540);
    assert.equal(alarm.region, "");
  });

  it("keeps the additional object as sent", async () => {
    const additional = { team: "sre", tags: ["a", "b"], nested: { n: 1 } };
    await postCustom(h, key, customEvent({ alarmId: "extra1", additional }));
    assert.deepEqual((await getAlarm(h, "extra1")).json().data.additional, additional);
  });

  it("stores each alarm with its rules-pending marker before answering", async () => {
    await postCustom(h, key, customEvent({ alarmId: "durable1" }));
    const row = await h.deps.db
      .selectFrom("alarms")
      .select(["alarm_id", "rules_pending_since", "revision"])
      .where("alarm_id", "=", "durable1")
      .executeTakeFirstOrThrow();
    assert.equal(row.rules_pending_since, h.clock.now(), "pending for the transfer rules");
    assert.equal(Number(row.revision), 1);
  });
});
