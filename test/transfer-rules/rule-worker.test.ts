import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { startRuleWorker } from "../../src/transfer-rules/rule-worker.ts";
import { createIntegrationVia } from "../alarms/alarm-helpers.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createRule, fire, incidentOf } from "./rule-helpers.ts";

const silent = { error() {}, warn() {}, info() {} };

describe("the transfer-rules worker", () => {
  let h: Harness;
  let key: string;
  before(async () => {
    h = await createHarness();
    key = (await createIntegrationVia(h, "custom")).key;
    await createRule(h, {});
  });
  after(() => h.close());

  it("runs the rules right after an intake commits, without waiting for its poll", async () => {
    const worker = startRuleWorker(h.deps, { log: silent, pollMs: 60_000 });
    try {
      await sleep(50);
      await fire(h, key, { alarmId: "woken1" });
      let num: string | null = null;
      for (let i = 0; i < 100 && num === null; i++) {
        await sleep(20);
        num = await incidentOf(h, "woken1");
      }
      assert.ok(num, "an incident within 2 s although the poll interval is a minute");
    } finally {
      await worker.stop();
    }
  });

  it("stops: no pass runs after stop()", async () => {
    const worker = startRuleWorker(h.deps, { log: silent, pollMs: 10 });
    await worker.stop();
    await fire(h, key, { alarmId: "afterstop1" });
    await sleep(100);
    assert.equal(await incidentOf(h, "afterstop1"), null);
  });
});
