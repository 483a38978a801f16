import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { RETRY_DELAYS_MS } from "../../src/webhooks/webhook.ts";
import { createWebhookDispatcher } from "../../src/webhooks/webhook-dispatcher.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { addWebhook, ledgerOf, silent, webhookSettings } from "./helpers.ts";
import { Receiver } from "./receiver.ts";

/*
 * Failed deliveries are retried on the documented schedule (driven by the test clock), every attempt is in
 * the ledger, and an admin can send failed deliveries again.
 */

const LONG_ANSWER = `down ${"x".repeat(3000)}`;

describe("webhook retries, ledger and redelivery", () => {
  const h = useHarness({ config: webhookSettings({ allowPrivate: true, disableAfterHours: 1000 }) });
  const receiver = new Receiver();
  let hook = { id: "", secret: "" };
  // No jitter: the waits are exactly the schedule's.
  const dispatch = () => createWebhookDispatcher(h.deps, { log: silent, random: () => 0 }).runOnce();
  before(async () => {
    await receiver.start();
    hook = await addWebhook(h, { url: receiver.url });
    receiver.secrets = [hook.secret];
  });
  after(() => receiver.close());

  it("retries on the schedule, then gives up; the ledger holds every attempt", async () => {
    receiver.answer = () => ({ status: 500, body: LONG_ANSWER });
    const num = await createIncidentVia(h);
    const created = h.clock.now();
    assert.equal(await dispatch(), 1);
    for (const delay of RETRY_DELAYS_MS) {
      h.clock.advance(delay - 1);
      assert.equal(await dispatch(), 0, `not before ${delay} ms`);
      h.clock.advance(1);
      assert.equal(await dispatch(), 1, `again after ${delay} ms`);
    }
    h.clock.advance(48 * 3_600_000);
    assert.equal(await dispatch(), 0, "no attempt after the last");
    assert.equal(receiver.received.length, RETRY_DELAYS_MS.length + 1);
    assert.equal(new Set(receiver.received.map((r) => r.id)).size, 1, "one webhook-id for every attempt");
    assert.ok(receiver.received.every((r) => r.verifiedBy.length === 1));

    const ledger = await ledgerOf(h, hook.id);
    assert.equal(ledger.total, 1);
    const [delivery] = ledger.deliveries;
    assert.equal(delivery.incident_num, num);
    assert.equal(delivery.event_type, "incident.created");
    assert.equal(delivery.status, "failed");
    assert.equal(delivery.next_attempt_at, null);
    assert.equal(delivery.last_status_code, 500);
    assert.equal(delivery.attempt_log.length, RETRY_DELAYS_MS.length + 1);
    let at = created;
    for (const [i, attempt] of delivery.attempt_log.entries()) {
      assert.equal(attempt.attempted_at, at);
      at += RETRY_DELAYS_MS[i] ?? 0;
      assert.equal(attempt.url, receiver.url);
      assert.equal(attempt.status_code, 500);
      assert.equal(attempt.error, null);
      assert.ok(attempt.latency_ms >= 0);
      assert.ok(Buffer.byteLength(attempt.response_excerpt) <= 1024);
      assert.ok(attempt.response_excerpt.startsWith("down xxx"));
    }
    assert.equal((await ledgerOf(h, hook.id, "?status=delivered")).total, 0);
    assert.equal((await ledgerOf(h, hook.id, "?status=failed&event=incident.created")).total, 1);
    assert.equal((await ledgerOf(h, hook.id, `?since=${created + 1}`)).total, 0);
  });

  it("redelivers one delivery with its webhook-id, from a fresh schedule", async () => {
    receiver.answer = () => ({ status: 200, body: "ok" });
    const [failed] = (await ledgerOf(h, hook.id, "?status=failed")).deliveries;
    receiver.received.length = 0;
    const res = await h.request({
      method: "POST",
      url: `/incidentd/v1/webhooks/${hook.id}/deliveries/${failed.id}/redeliver`,
      token: h.tokens.admin,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(await dispatch(), 1);
    assert.deepEqual(
      receiver.received.map((r) => [r.id, r.verifiedBy]),
      [[failed.id, [0]]],
    );
    const [delivered] = (await ledgerOf(h, hook.id)).deliveries;
    assert.equal(delivered.status, "delivered");
    assert.equal(delivered.attempt_log.at(-1).status_code, 200);
    assert.equal(delivered.attempt_log.at(-1).response_excerpt, "ok");
    const unknown = await h.request({
      method: "POST",
      url: `/incidentd/v1/webhooks/${hook.id}/deliveries/msg_nope/redeliver`,
      token: h.tokens.admin,
    });
    assert.equal(unknown.statusCode, 404);
  });

  it("redelivers every failed delivery since a time (after the subscription was disabled)", async () => {
    const patch = (enabled: boolean) =>
      h.request({
        method: "PATCH",
        url: `/incidentd/v1/webhooks/${hook.id}`,
        token: h.tokens.admin,
        payload: { enabled },
      });
    h.clock.advance(60_000);
    await createIncidentVia(h);
    h.clock.advance(60_000);
    const since = h.clock.now();
    const later = await createIncidentVia(h);
    assert.equal((await patch(false)).statusCode, 200);
    assert.equal(await dispatch(), 0, "a disabled subscription's deliveries are not sent");
    const failed = await ledgerOf(h, hook.id, "?status=failed");
    assert.equal(failed.total, 2);
    assert.equal(failed.deliveries[0].last_error, "the subscription was disabled");
    assert.equal((await patch(true)).statusCode, 200);
    receiver.received.length = 0;
    const res = await h.request({
      method: "POST",
      url: `/incidentd/v1/webhooks/${hook.id}/redeliver`,
      token: h.tokens.admin,
      payload: { since },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().data.queued, 1);
    assert.equal(await dispatch(), 1);
    assert.deepEqual(
      receiver.received.map((r) => (r.payload.data.incident as { incident_num: string }).incident_num),
      [later],
    );
    const page = await ledgerOf(h, hook.id, "?limit=1&offset=1");
    assert.equal(page.total, 3);
    assert.equal(page.deliveries.length, 1);
    assert.equal(
      page.deliveries[0].status,
      "failed",
      "newest first: the second newest is the earlier create",
    );
  });
});
