import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useHarness } from "../helpers/use-harness.ts";
import { webhookSettings } from "../webhooks/helpers.ts";
import { addDirectoryUser, putAsAdmin } from "./helpers.ts";

/* SetNotificationMethods: replacing, keeping, refusing; methods stay apart from the webhooks API. */

describe("contact methods", () => {
  const h = useHarness({ config: webhookSettings({ smtpUrl: "smtp://127.0.0.1:2525" }) });
  const url = "/incidentd/v1/users/kim/notification-methods";
  const put = (payload: Record<string, unknown>) =>
    h.request({ method: "PUT", url, token: h.tokens.admin, payload });

  it("refuses an e-mail method for a user the directory has no address for, naming the field", async () => {
    await addDirectoryUser(h, "kim");
    const res = await put({ email: {} });
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.json().error_msg, /^email\.address: the user has no e-mail address/);
  });

  it("refuses a chat URL that is not http(s), and a user who does not exist", async () => {
    const bad = await put({ chat: { kind: "slack", url: "ftp://example.com/hook" } });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.json().error_msg, /^url: /);
    const nobody = await h.request({
      method: "PUT",
      url: "/incidentd/v1/users/nobody/notification-methods",
      token: h.tokens.admin,
      payload: {},
    });
    assert.equal(nobody.statusCode, 404, nobody.body);
  });

  it("keeps a method's id when it is set again, re-enables it, and removes one left out", async () => {
    const first = await putAsAdmin(h, url, {
      email: { address: "kim@example.com" },
      chat: { kind: "slack", url: "https://hooks.slack.com/services/T/B/X" },
    });
    assert.equal(first.methods.length, 2);
    const slack = first.methods.find((m: { kind: string }) => m.kind === "slack");
    await h.deps.db
      .updateTable("webhooks")
      .set({ enabled: 0, disabled_reason: "the receiver answered 410 Gone" })
      .where("id", "=", slack.id)
      .execute();
    const again = await putAsAdmin(h, url, {
      chat: { kind: "slack", url: "https://hooks.slack.com/services/T/B/Y", language: "zh" },
    });
    assert.deepEqual(again.methods, [
      {
        id: slack.id,
        kind: "slack",
        target: "https://hooks.slack.com/services/T/B/Y",
        language: "zh",
        has_signing_secret: false,
        enabled: true,
        disabled_reason: null,
        failing_since: null,
      },
    ]);
  });

  it("never shows a user's methods among the project's webhook subscriptions", async () => {
    const { methods } = await putAsAdmin(h, url, { chat: { kind: "wecom", url: "https://qyapi.example/x" } });
    const list = await h.request({ method: "GET", url: "/incidentd/v1/webhooks", token: h.tokens.admin });
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(list.json().data.webhooks, []);
    const show = await h.request({
      method: "GET",
      url: `/incidentd/v1/webhooks/${methods[0].id}`,
      token: h.tokens.admin,
    });
    assert.equal(show.statusCode, 404, show.body);
    const remove = await h.request({
      method: "DELETE",
      url: `/incidentd/v1/webhooks/${methods[0].id}`,
      token: h.tokens.admin,
    });
    assert.equal(remove.statusCode, 404, remove.body);
  });
});
