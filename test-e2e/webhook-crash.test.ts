import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runWebhookCrashTest } from "../reliability/webhook-crash-run.ts";
import { ENGINE } from "../testkit/test-database.ts";

/**
 * The short webhook crash run of docs/reliability.md: the real server SIGKILLed 3 times while it creates
 * incidents and delivers them to a receiver verifying signatures with `standardwebhooks`; after the last
 * restart every create answered 200 has its incident.created received at least once.
 */
describe(`webhook deliveries survive SIGKILL (${ENGINE})`, () => {
  it("receives every committed incident's incident.created at least once across 3 kills", async () => {
    const report = await runWebhookCrashTest({
      engine: ENGINE,
      kills: 3,
      concurrency: 8,
      seed: 7,
      minLoadMs: 800,
      maxLoadMs: 2000,
      receiverDelayMs: 20,
      // PostgreSQL keeps a killed node's claims until their 60 s lease runs out (SQLite frees them at start).
      settleMs: ENGINE === "postgres" ? 90_000 : 20_000,
      pgAdminUrl: process.env.DATABASE_URL,
    });
    assert.deepEqual(report.problems, []);
    assert.equal(report.kills, 3);
    assert.ok(report.committed > 20, `only ${report.committed} creates committed`);
    assert.equal(report.lost.length, 0);
    assert.ok(report.deliveries >= report.committed);
  });
});
