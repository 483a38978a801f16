import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createWebhookDispatcher } from "../../src/webhooks/webhook-dispatcher.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { createIntegrationVia, postCustom } from "../alarms/alarm-helpers.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { addWebhook, silent } from "./helpers.ts";
import { Receiver } from "./receiver.ts";

/* Alarms are written outside the incident writer: their intake and ClearAlarm write the outbox rows. */

describe("alarm events", () => {
  const h = useHarness();
  const receiver = new Receiver();
  let key = "";
  const dispatch = () => createWebhookDispatcher(h.deps, { log: silent }).runOnce();
  before(async () => {
    await receiver.start();
    const hook = await addWebhook(h, { url: receiver.url, events: ["alarm.created", "alarm.cleared"] });
    receiver.secrets = [hook.secret];
    // A level filter: alarm events (no incident level) never pass it.
    await addWebhook(h, { url: `${receiver.url}?levels`, filters: { levels: ["level_10"] } });
    key = (await createIntegrationVia(h, "custom")).key;
  });
  after(() => receiver.close());

  it("a new alarm sends alarm.created, a repeat nothing, a recovery alarm.cleared", async () => {
    {
      const r = await postCustom(h, key, customEvent({ alarmId: "cpu1" }));
      assert.equal(r.statusCode, 200, r.body);
    }
    {
      const r = await postCustom(h, key, customEvent({ alarmId: "cpu1" }));
      assert.equal(r.statusCode, 200, r.body);
    }
    assert.equal(await dispatch(), 1);
    const recovery = customEvent({ alarmId: "cpu1", alarmStatus: "ok", time: 1709118544540 });
    assert.equal((await postCustom(h, key, recovery)).statusCode, 200);
    assert.equal(await dispatch(), 1);
    assert.deepEqual(
      receiver.received.map((r) => [
        r.payload.type,
        (r.payload.data.alarm as { status: string }).status,
        r.verifiedBy,
      ]),
      [
        ["alarm.created", "alarming", [0]],
        ["alarm.cleared", "resolved", [0]],
      ],
    );
    const alarm = receiver.received[0]?.payload.data.alarm as Record<string, unknown>;
    assert.equal(alarm.alarm_id, "cpu1");
    assert.equal(alarm.level, "Critical");
    assert.equal(alarm.application_id, "18cfa0a5ef8d");
  });

  it("ClearAlarm sends alarm.cleared with who cleared it", async () => {
    receiver.received.length = 0;
    await postCustom(h, key, customEvent({ alarmId: "disk1" }));
    await dispatch();
    const res = await h.request({
      method: "POST",
      url: "/v1/alarm-mgmt/alarms/cancel",
      payload: { alarm_ids: "disk1", remarks: "false alarm" },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(await dispatch(), 1);
    const cleared = receiver.received.at(-1) ?? assert.fail("nothing received");
    assert.equal(cleared.payload.type, "alarm.cleared");
    assert.deepEqual(
      [
        (cleared.payload.data.alarm as Record<string, unknown>).remarks,
        (cleared.payload.data.alarm as Record<string, unknown>).cleared_by,
      ],
      ["false alarm", "writer-user"],
    );
  });
});
