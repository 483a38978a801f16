import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import {
  type ClaimedAlarm,
  claimPendingAlarms,
  settleAlarmRules,
} from "../../src/alarms/alarm-rules.repository.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createIntegrationVia, postCustom } from "./alarm-helpers.ts";

const LEASE = 30_000;

/** The durable "rules pending" state that transfer rules (issue 7, part 2) will process. */
describe("transfer-rules hook: pending alarms, claims and settlement", () => {
  let key: string;
  const h = useHarness();
  before(async () => {
    key = (await createIntegrationVia(h, "custom")).key;
  });

  const claim = (owner: string, limit = 100) =>
    claimPendingAlarms(h.deps.db, { owner, now: h.clock.now(), leaseMs: LEASE, limit });
  const settleAll = async (owner: string, claimed: ClaimedAlarm[]) => {
    for (const c of claimed) await settleAlarmRules(h.deps.db, owner, c);
  };
  const pendingIds = async () =>
    (
      await h.deps.db
        .selectFrom("alarms")
        .select("alarm_id")
        .where("rules_pending_since", "is not", null)
        .orderBy("alarm_id")
        .execute()
    ).map((r) => r.alarm_id);

  it("leaves every intake change pending until a processor settles it", async () => {
    await settleAll("setup", await claim("setup"));
    await postCustom(h, key, customEvent({ alarmId: "hook1" }));
    assert.deepEqual(await pendingIds(), ["hook1"]);
    const claimed = await claim("node-a");
    assert.deepEqual(
      claimed.map((c) => [c.alarmId, c.projectId, c.revision]),
      [["hook1", h.projectId, 1]],
    );
    assert.equal(await settleAlarmRules(h.deps.db, "node-a", claimed[0] as ClaimedAlarm), true);
    assert.deepEqual(await pendingIds(), []);
    await postCustom(h, key, customEvent({ alarmId: "hook1" }));
    assert.deepEqual(await pendingIds(), ["hook1"], "a repeat is a change too");
    await settleAll("node-a", await claim("node-a"));
  });

  it("does not hand a claimed alarm to a second processor until the lease expires", async () => {
    await postCustom(h, key, customEvent({ alarmId: "hook2" }));
    assert.equal((await claim("node-a")).length, 1);
    assert.deepEqual(await claim("node-b"), []);
    h.clock.advance(LEASE + 1);
    const taken = await claim("node-b");
    assert.deepEqual(
      taken.map((c) => c.alarmId),
      ["hook2"],
    );
    assert.equal(
      await settleAlarmRules(h.deps.db, "node-a", taken[0] as ClaimedAlarm),
      false,
      "the expired owner cannot settle",
    );
    assert.equal(await settleAlarmRules(h.deps.db, "node-b", taken[0] as ClaimedAlarm), true);
  });

  it("keeps an alarm pending when it changed while being processed", async () => {
    await postCustom(h, key, customEvent({ alarmId: "hook3" }));
    const [claimed] = await claim("node-a");
    assert.ok(claimed);
    await postCustom(h, key, customEvent({ alarmId: "hook3", alarmStatus: "ok", time: 1709119000000 }));
    assert.equal(await settleAlarmRules(h.deps.db, "node-a", claimed), false);
    assert.deepEqual(await pendingIds(), ["hook3"]);
    const [again] = await claim("node-a");
    assert.equal(again?.revision, claimed.revision + 1);
    assert.equal(await settleAlarmRules(h.deps.db, "node-a", again as ClaimedAlarm), true);
  });

  it("never gives the same alarm to two processors claiming at once", async () => {
    for (let i = 0; i < 20; i++) await postCustom(h, key, customEvent({ alarmId: `burst${i}` }));
    const [a, b, c] = await Promise.all([claim("node-a", 8), claim("node-b", 8), claim("node-c", 8)]);
    const all = [...(a ?? []), ...(b ?? []), ...(c ?? [])].map((x) => x.alarmId);
    assert.equal(new Set(all).size, all.length, "no alarm twice");
    assert.equal(all.length, 20, "and all of them once");
  });

  it("claims the oldest pending changes first, up to the limit", async () => {
    h.clock.advance(LEASE + 1);
    await settleAll("sweep", await claim("sweep"));
    await postCustom(h, key, customEvent({ alarmId: "older" }));
    h.clock.advance(1000);
    await postCustom(h, key, customEvent({ alarmId: "newer" }));
    assert.deepEqual(
      (await claim("node-a", 1)).map((c) => c.alarmId),
      ["older"],
    );
  });
});
