import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Receiver } from "../webhooks/receiver.ts";
import { useEmulator } from "./emulator-helpers.ts";

const waitFor = async (what: string, done: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("emulator clock and webhook retries", () => {
  const emu = useEmulator();
  let receiver: Receiver;
  before(async () => {
    receiver = await new Receiver().start();
  });
  after(() => receiver.close());

  it("a failed delivery is retried when the emulated clock reaches its retry time, not before", async () => {
    const made = await emu.call("POST", "/incidentd/v1/webhooks", { url: receiver.url });
    assert.equal(made.status, 200, JSON.stringify(made.body));
    receiver.secrets = [made.body.data.secret];
    receiver.answer = () => (receiver.received.length === 1 ? { status: 500 } : { status: 204 });
    await emu.control("POST", "clock", { set: "2030-01-01T00:00:00Z", freeze: true });

    await emu.createIncident();
    await waitFor("the first attempt", () => receiver.received.length === 1);
    // The first retry is due 5–6 s (emulated) after the failure: with the clock frozen it never comes.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(receiver.received.length, 1, "no retry while the emulated clock stands still");

    await emu.control("POST", "clock", { advance: "PT10S" });
    await waitFor("the retry", () => receiver.received.length === 2, 3000);
    const [first, retry] = receiver.received;
    assert.equal(retry?.id, first?.id, "the same delivery, retried");
    assert.deepEqual(retry?.verifiedBy, [0], "signed with the subscription's secret");
  });
});
