import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { createWebhookDispatcher } from "../../src/webhooks/webhook-dispatcher.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { addWebhook, ledgerOf, silent, webhookOf, webhookSettings } from "./helpers.ts";
import { Receiver } from "./receiver.ts";

describe("webhook secret rotation and automatic disabling", () => {
  const h = useHarness({ config: webhookSettings({ allowPrivate: true, disableAfterHours: 2 }) });
  const receiver = new Receiver();
  const dispatch = () => createWebhookDispatcher(h.deps, { log: silent, random: () => 0 }).runOnce();
  const pendingRows = async (webhookId: string) =>
    (
      await h.deps.db
        .selectFrom("webhook_deliveries")
        .select("id")
        .where("webhook_id", "=", webhookId)
        .execute()
    ).length;
  let current = "";
  before(() => receiver.start());
  after(() => receiver.close());
  beforeEach(async () => {
    receiver.received.length = 0;
    receiver.answer = () => ({ status: 204 });
    if (current)
      await h.request({ method: "DELETE", url: `/incidentd/v1/webhooks/${current}`, token: h.tokens.admin });
  });

  it("signs with both secrets during a rotation's overlap, then with the new one only", async () => {
    const hook = await addWebhook(h, { url: receiver.url });
    current = hook.id;
    const res = await h.request({
      method: "POST",
      url: `/incidentd/v1/webhooks/${hook.id}/rotate-secret`,
      token: h.tokens.admin,
      payload: { overlap_hours: 1 },
    });
    assert.equal(res.statusCode, 200, res.body);
    const rotated = res.json().data;
    assert.notEqual(rotated.secret, hook.secret);
    assert.equal(rotated.previous_secret_until, h.clock.now() + 3_600_000);
    receiver.secrets = [hook.secret, rotated.secret];
    await createIncidentVia(h);
    assert.equal(await dispatch(), 1);
    assert.deepEqual(receiver.received[0]?.verifiedBy, [0, 1], "the old and the new secret both verify");
    assert.equal(receiver.received[0]?.signature.split(" ").length, 2);

    h.clock.advance(3_600_000);
    await createIncidentVia(h);
    assert.equal(await dispatch(), 1);
    assert.deepEqual(receiver.received[1]?.verifiedBy, [1], "after the overlap only the new secret signs");
  });

  it("a 410 Gone disables the subscription at once, with the reason visible", async () => {
    const hook = await addWebhook(h, { url: receiver.url });
    current = hook.id;
    receiver.secrets = [hook.secret];
    receiver.answer = () => ({ status: 410, body: "gone" });
    await createIncidentVia(h);
    await createIncidentVia(h);
    assert.equal(await dispatch(), 2);
    const shown = await webhookOf(h, hook.id);
    assert.equal(shown.enabled, false);
    assert.match(shown.disabled_reason, /410/);
    assert.equal((await ledgerOf(h, hook.id, "?status=pending")).total, 0);
    const before = await pendingRows(hook.id);
    await createIncidentVia(h);
    assert.equal(await pendingRows(hook.id), before, "a disabled subscription gets no new deliveries");
    receiver.answer = () => ({ status: 204 });
    const enabled = await h.request({
      method: "PATCH",
      url: `/incidentd/v1/webhooks/${hook.id}`,
      token: h.tokens.admin,
      payload: { enabled: true },
    });
    assert.equal(enabled.json().data.disabled_reason, null);
  });

  it("a subscription failing continuously for the configured hours is disabled", async () => {
    const hook = await addWebhook(h, { url: receiver.url });
    current = hook.id;
    receiver.secrets = [hook.secret];
    receiver.answer = () => ({ status: 503 });
    await createIncidentVia(h);
    // Attempts at 0, 5 s, 5 min 5 s, 35 min 5 s and 2 h 35 min 5 s: the last is past the 2 hours.
    for (const delay of [0, 5_000, 300_000, 1_800_000]) {
      h.clock.advance(delay);
      assert.equal(await dispatch(), 1);
      assert.equal((await webhookOf(h, hook.id)).enabled, true);
    }
    assert.ok((await webhookOf(h, hook.id)).failing_since !== null);
    h.clock.advance(7_200_000);
    assert.equal(await dispatch(), 1);
    const shown = await webhookOf(h, hook.id);
    assert.equal(shown.enabled, false);
    assert.match(shown.disabled_reason, /every attempt failed for 2 h since .* \(last: HTTP 503\)/);
  });

  it("a success ends the failing streak", async () => {
    const hook = await addWebhook(h, { url: receiver.url });
    current = hook.id;
    receiver.secrets = [hook.secret];
    receiver.answer = () => ({ status: 500 });
    await createIncidentVia(h);
    assert.equal(await dispatch(), 1);
    assert.notEqual((await webhookOf(h, hook.id)).failing_since, null);
    receiver.answer = () => ({ status: 200 });
    h.clock.advance(5_000);
    assert.equal(await dispatch(), 1);
    assert.equal((await webhookOf(h, hook.id)).failing_since, null);
  });
});
