import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { claimPendingAlarms } from "../../src/alarms/alarm-rules.repository.ts";
import { RULES_LEASE_MS } from "../../src/transfer-rules/rule-processor.ts";
import { startRuleWorker } from "../../src/transfer-rules/rule-worker.ts";
import { ENGINE } from "../../testkit/test-database.ts";
import { createIntegrationVia } from "../alarms/alarm-helpers.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createRule, fire, incidentOf } from "./rule-helpers.ts";

const silent = { error() {}, warn() {}, info() {} };

describe("the transfer-rules worker", () => {
  let key: string;
  const h = useHarness();
  before(async () => {
    key = (await createIntegrationVia(h, "custom")).key;
    await createRule(h, {});
  });

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

  it("on SQLite frees a dead process's claims at start instead of waiting out their lease", async () => {
    await fire(h, key, { alarmId: "orphaned1" });
    const claimed = await claimPendingAlarms(h.deps.db, {
      owner: "dead-process",
      now: h.clock.now(),
      leaseMs: RULES_LEASE_MS,
      limit: 50,
    });
    assert.ok(claimed.some((c) => c.alarmId === "orphaned1"));
    const worker = startRuleWorker(h.deps, { log: silent, pollMs: 20 });
    try {
      let num: string | null = null;
      for (let i = 0; i < 100 && num === null; i++) {
        await sleep(20);
        num = await incidentOf(h, "orphaned1");
      }
      // The harness clock stands still, so on PostgreSQL the lease never runs out here.
      if (ENGINE === "sqlite") assert.ok(num, "processed within 2 s, long before the 30 s lease");
      else assert.equal(num, null, "a PostgreSQL node leaves another node's live claim alone");
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
