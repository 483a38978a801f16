import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { claimDueDeliveries } from "../../src/webhooks/webhook-delivery.repository.ts";
import {
  createWebhookDispatcher,
  DISPATCH_LEASE_MS,
  startWebhookDispatcher,
} from "../../src/webhooks/webhook-dispatcher.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { ENGINE } from "../../testkit/test-database.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { addWebhook, ledgerOf, silent } from "./helpers.ts";
import { Receiver } from "./receiver.ts";

/*
 * Several dispatchers on one database (nodes sharing PostgreSQL) claim deliveries with leases: none is sent
 * twice in the normal case, and a delivery held by a dispatcher that died is sent once its lease runs out.
 */

describe(`webhook dispatchers sharing one database (${ENGINE})`, () => {
  const h = useHarness();
  const receiver = new Receiver();
  let hookId = "";
  before(async () => {
    await receiver.start();
    const hook = await addWebhook(h, { url: receiver.url, events: ["incident.created"] });
    hookId = hook.id;
    receiver.secrets = [hook.secret];
  });
  after(() => receiver.close());

  it("two dispatchers never send one delivery twice", async () => {
    receiver.received.length = 0;
    const count = 80;
    for (let i = 0; i < count; i++) await createIncidentVia(h);
    const drain = async (owner: string) => {
      const dispatcher = createWebhookDispatcher(h.deps, { log: silent, owner });
      let sent = 0;
      for (let n = await dispatcher.runOnce(); n > 0; n = await dispatcher.runOnce()) sent += n;
      return sent;
    };
    const [a, b] = await Promise.all([drain("node-a"), drain("node-b")]);
    assert.equal(a + b, count);
    const ids = receiver.received.map((r) => r.id);
    assert.equal(ids.length, count);
    assert.equal(new Set(ids).size, count, "every delivery arrived exactly once");
    assert.ok(receiver.received.every((r) => r.verifiedBy.length === 1));
  });

  it("a delivery claimed by a dispatcher that died is sent once its lease has run out", async () => {
    receiver.received.length = 0;
    await createIncidentVia(h);
    const held = await claimDueDeliveries(h.deps.db, "dead-node", h.clock.now(), DISPATCH_LEASE_MS, 10);
    assert.equal(held.length, 1);
    const survivor = createWebhookDispatcher(h.deps, { log: silent, owner: "survivor" });
    assert.equal(await survivor.runOnce(), 0, "not while the lease holds");
    h.clock.advance(DISPATCH_LEASE_MS);
    assert.equal(await survivor.runOnce(), 1);
    assert.deepEqual(
      receiver.received.map((r) => r.id),
      [held[0]?.id],
    );
    const [delivery] = (await ledgerOf(h, hookId, "?limit=1")).deliveries;
    assert.equal(delivery.status, "delivered");
  });

  it("on start, frees the claims of a killed predecessor at once on SQLite, waits out their lease on PostgreSQL", async () => {
    receiver.received.length = 0;
    await createIncidentVia(h);
    const held = await claimDueDeliveries(h.deps.db, "killed-process", h.clock.now(), DISPATCH_LEASE_MS, 10);
    assert.equal(held.length, 1);
    const loop = startWebhookDispatcher(h.deps, { log: silent, pollMs: 3_600_000 });
    try {
      const deadline = Date.now() + (ENGINE === "sqlite" ? 5_000 : 500);
      while (receiver.received.length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
      // One process serves a SQLite file; nodes sharing PostgreSQL may hold live claims.
      assert.deepEqual(
        receiver.received.map((r) => r.id),
        ENGINE === "sqlite" ? [held[0]?.id] : [],
      );
    } finally {
      await loop.stop();
    }
    if (ENGINE !== "sqlite") {
      h.clock.advance(DISPATCH_LEASE_MS);
      await createWebhookDispatcher(h.deps, { log: silent }).runOnce();
    }
  });

  it("the running dispatcher is woken by the commit that queued a delivery", async () => {
    receiver.received.length = 0;
    // A poll an hour away: only the after-commit wake can send it in time.
    const loop = startWebhookDispatcher(h.deps, { log: silent, pollMs: 3_600_000 });
    try {
      await new Promise((r) => setTimeout(r, 50));
      const num = await createIncidentVia(h);
      const deadline = Date.now() + 5_000;
      while (receiver.received.length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
      assert.deepEqual(
        receiver.received.map((r) => (r.payload.data.incident as { incident_num: string }).incident_num),
        [num],
      );
    } finally {
      await loop.stop();
    }
  });
});
