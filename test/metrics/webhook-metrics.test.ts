import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { RETRY_DELAYS_MS } from "../../src/webhooks/webhook.ts";
import { createWebhookDispatcher } from "../../src/webhooks/webhook-dispatcher.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { sampleSum, scrape } from "../../testkit/metrics-scrape.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { addWebhook, silent, webhookSettings } from "../webhooks/helpers.ts";
import { Receiver } from "../webhooks/receiver.ts";

describe("webhook metrics", () => {
  const h = useHarness({ config: webhookSettings({ allowPrivate: true, disableAfterHours: 1000 }) });
  const receiver = new Receiver();
  const dispatch = () => createWebhookDispatcher(h.deps, { log: silent, random: () => 0 }).runOnce();
  before(async () => {
    await receiver.start();
    const hook = await addWebhook(h, { url: receiver.url });
    receiver.secrets = [hook.secret];
  });
  after(() => receiver.close());

  const deliveries = async (outcome: string) =>
    sampleSum(await scrape(h), "incidentd_webhook_deliveries_total", { outcome });

  it("counts attempts by outcome and shows the outbox backlog", async () => {
    receiver.answer = () => ({ status: 500, body: "down" });
    await createIncidentVia(h);
    assert.equal(sampleSum(await scrape(h), "incidentd_webhook_outbox_backlog"), 1);
    assert.equal(await dispatch(), 1);
    assert.equal(await deliveries("retrying"), 1);
    assert.equal(sampleSum(await scrape(h), "incidentd_webhook_outbox_backlog"), 1, "still pending");
    for (const delay of RETRY_DELAYS_MS) {
      h.clock.advance(delay);
      assert.equal(await dispatch(), 1);
    }
    assert.equal(await deliveries("retrying"), RETRY_DELAYS_MS.length);
    assert.equal(await deliveries("failed"), 1);
    assert.equal(sampleSum(await scrape(h), "incidentd_webhook_outbox_backlog"), 0);

    receiver.answer = () => ({ status: 204, body: "" });
    await createIncidentVia(h);
    assert.equal(await dispatch(), 1);
    assert.equal(await deliveries("delivered"), 1);
    assert.equal(sampleSum(await scrape(h), "incidentd_webhook_outbox_backlog"), 0);
  });
});
