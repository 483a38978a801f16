import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createWebhookDispatcher } from "../../src/webhooks/webhook-dispatcher.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { addPerson, type SignedIn, signIn } from "../helpers/sessions.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createWarRoomVia, exampleWarRoom } from "../warrooms/warroom-helpers.ts";
import { silent } from "../webhooks/helpers.ts";
import { addApplication, addDirectoryUser, FakeBot, putAsAdmin } from "./helpers.ts";

/* Application subscribers and WarRoom members, and who may change whose notifications. */

interface Markdown {
  markdown: { content: string };
}

describe("notifying application subscribers and WarRoom members", () => {
  const bot = new FakeBot();
  before(() => bot.start());
  after(() => bot.close());
  const h = useHarness();
  const dispatch = () => createWebhookDispatcher(h.deps, { log: silent, random: () => 0 }).runOnce();
  let dan: SignedIn;
  before(async () => {
    dan = await signIn(h, "dan", await addPerson(h, "dan", "reader"));
    await addPerson(h, "eve", "writer");
    await addApplication(h, "app001");
    await addApplication(h, "app002");
  });
  const asSession = (
    who: SignedIn,
    method: "GET" | "PUT" | "POST" | "DELETE",
    url: string,
    payload?: object,
  ) =>
    h.request({
      method,
      url,
      token: null,
      payload,
      headers: { cookie: who.cookie, "x-csrf-token": who.csrf },
    });

  it("lets a signed-in user set their own methods and subscribe themselves, and no one else's", async () => {
    const own = await asSession(dan, "PUT", "/incidentd/v1/users/dan/notification-methods", {
      chat: { kind: "wecom", url: bot.url("/dan") },
    });
    assert.equal(own.statusCode, 200, own.body);
    const subscribed = await asSession(dan, "POST", "/incidentd/v1/applications/app001/subscribers", {
      user_id: "dan",
      events: ["incident.created"],
    });
    assert.equal(subscribed.statusCode, 200, subscribed.body);
    for (const [method, url, payload] of [
      [
        "PUT",
        "/incidentd/v1/users/eve/notification-methods",
        { chat: { kind: "wecom", url: bot.url("/x") } },
      ],
      ["GET", "/incidentd/v1/users/eve/notification-rules", undefined],
      [
        "POST",
        "/incidentd/v1/applications/app001/subscribers",
        { user_id: "eve", events: ["incident.created"] },
      ],
    ] as const) {
      const res = await asSession(dan, method, url, payload);
      assert.equal(res.statusCode, 404, `${method} ${url}: ${res.body}`);
      assert.match(res.json().error_msg, /user not found: eve/);
    }
    // A token is not a person: only an admin token may change a user's notifications.
    const byToken = await h.request({
      method: "GET",
      url: "/incidentd/v1/users/dan/notification-methods",
      token: h.tokens.writer,
    });
    assert.equal(byToken.statusCode, 404, byToken.body);
    const otherProject = await h.request({
      method: "GET",
      url: "/incidentd/v1/users/dan/notification-methods",
      token: h.otherProjectToken,
    });
    assert.equal(otherProject.statusCode, 404, otherProject.body);
    const rules = await asSession(dan, "GET", "/incidentd/v1/users/dan/notification-rules");
    assert.deepEqual(rules.json().data.rules, [
      { user_id: "dan", audience: "application", application_id: "app001", events: ["incident.created"] },
    ]);
  });

  it("refuses rules naming an unknown application or missing one, naming the field", async () => {
    const url = "/incidentd/v1/users/dan/notification-rules";
    for (const [rule, message] of [
      [
        { audience: "application", application_id: "nope", events: ["incident.created"] },
        /rules\[0\]\.application_id: unknown application nope/,
      ],
      [
        { audience: "application", events: ["incident.created"] },
        /rules\[0\]\.application_id: an application rule names its application/,
      ],
      [{ audience: "assignee", events: [] }, /events/],
    ] as const) {
      const res = await h.request({ method: "PUT", url, token: h.tokens.admin, payload: { rules: [rule] } });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error_msg, message);
    }
  });

  it("tells an application's subscribers about its incidents only", async () => {
    const mine = await createIncidentVia(h, exampleIncident({ current_cloud_service: ["app001"] }));
    const other = await createIncidentVia(h, exampleIncident({ current_cloud_service: ["app002"] }));
    await dispatch();
    const told = (bot.at("/dan") as unknown as Markdown[]).map((b) => b.markdown.content);
    assert.equal(told.length, 1);
    assert.match(told[0] ?? "", new RegExp(mine));
    assert.doesNotMatch(told[0] ?? "", new RegExp(other));
    const list = await h.request({
      method: "GET",
      url: "/incidentd/v1/applications/app001/subscribers",
      token: h.tokens.reader,
    });
    assert.deepEqual(
      list.json().data.subscribers.map((s: { user_id: string }) => s.user_id),
      ["dan"],
    );
    const gone = await asSession(dan, "DELETE", "/incidentd/v1/applications/app001/subscribers/dan");
    assert.equal(gone.statusCode, 200, gone.body);
    await createIncidentVia(h, exampleIncident({ current_cloud_service: ["app001"] }));
    await dispatch();
    assert.equal(bot.at("/dan").length, 1);
  });

  it("tells a WarRoom's members about the WarRoom and its incident's changes", async () => {
    await addDirectoryUser(h, "fay");
    await putAsAdmin(h, "/incidentd/v1/users/fay/notification-methods", {
      chat: { kind: "wecom", url: bot.url("/fay") },
    });
    await putAsAdmin(h, "/incidentd/v1/users/fay/notification-rules", {
      rules: [{ audience: "warroom_member", events: ["warroom.started", "incident.updated"] }],
    });
    const outside = await createIncidentVia(h, exampleIncident({ current_cloud_service: ["app002"] }));
    const num = await createIncidentVia(h, exampleIncident({ current_cloud_service: ["app002"] }));
    await createWarRoomVia(h, exampleWarRoom(num, { participant: ["fay", "gus"] }));
    await createWarRoomVia(h, exampleWarRoom(outside, { participant: ["gus"] }));
    await dispatch();
    const told = (bot.at("/fay") as unknown as Markdown[]).map((b) => b.markdown.content);
    assert.equal(told.length, 1);
    assert.match(told[0] ?? "", new RegExp(num));
    const accepted = await h.request({
      method: "POST",
      url: "/v1/external/incident/handle",
      payload: {
        incident_num: num,
        operator: "9605B67C741D4553887A3462771107D3",
        operate_key: "acceptedIncident1",
      },
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    await dispatch();
    assert.equal(bot.at("/fay").length, 2);
  });
});
