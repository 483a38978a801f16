import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { processDueEscalations } from "../../src/oncall/escalation.service.ts";
import { createWebhookDispatcher } from "../../src/webhooks/webhook-dispatcher.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { silent, webhookSettings } from "../webhooks/helpers.ts";
import { addDirectoryUser, FakeBot, MailBox, putAsAdmin } from "./helpers.ts";

/*
 * The assignee is told by the contact methods they chose (e-mail to a real local SMTP server, a chat bot
 * at a local fake receiver), through the outbox, dispatcher and ledger that webhooks use.
 */

const MINUTE = 60_000;
const START = Date.UTC(2024, 2, 18, 13, 22, 3, 172);

describe("notifying the assignee", () => {
  const mailbox = new MailBox();
  const bot = new FakeBot();
  before(async () => {
    await mailbox.start();
    await bot.start();
  });
  after(async () => {
    await mailbox.close();
    await bot.close();
  });
  const h = useHarness({
    config: webhookSettings({ incidentLink: "https://console.example/incidents/{incident_num}" }),
  });
  const dispatch = () => createWebhookDispatcher(h.deps, { log: silent, random: () => 0 }).runOnce();
  before(async () => {
    h.deps.config.webhooks.smtpUrl = mailbox.url;
    h.clock.current = START;
  });
  const pending = async () =>
    (await h.deps.db.selectFrom("webhook_deliveries").select("id").where("status", "=", "pending").execute())
      .length;

  it("e-mails an assignee with an e-mail method (the directory address) and records it in the ledger", async () => {
    await addDirectoryUser(h, "ann", "ann@example.com");
    const { methods } = await putAsAdmin(h, "/incidentd/v1/users/ann/notification-methods", { email: {} });
    assert.deepEqual(
      methods.map((m: { kind: string; target: string }) => [m.kind, m.target]),
      [["email", "ann@example.com"]],
    );
    await putAsAdmin(h, "/incidentd/v1/users/ann/notification-rules", {
      rules: [{ audience: "assignee", events: ["incident.assigned"] }],
    });
    const num = await createIncidentVia(
      h,
      exampleIncident({ incident_title: "Disk full", incident_assignee: ["ann"] }),
    );
    assert.equal(await dispatch(), 1);
    assert.equal(mailbox.mails.length, 1);
    const [mail] = mailbox.mails;
    assert.deepEqual(mail?.to, ["ann@example.com"]);
    assert.match(mail?.raw ?? "", new RegExp(`^Subject: New incident: ${num} Disk full\\r$`, "m"));
    assert.match(mail?.raw ?? "", new RegExp(`https://console.example/incidents/${num}`));
    const ledger = await h.request({
      method: "GET",
      url: `/incidentd/v1/users/ann/notification-methods/${methods[0].id}/deliveries`,
      token: h.tokens.admin,
    });
    assert.equal(ledger.statusCode, 200, ledger.body);
    const [delivery] = ledger.json().data.deliveries;
    assert.equal(delivery.incident_num, num);
    assert.equal(delivery.event_type, "incident.created");
    assert.equal(delivery.status, "delivered");
    assert.equal(delivery.attempt_log[0].status_code, 250);
    const again = await h.request({
      method: "POST",
      url: `/incidentd/v1/users/ann/notification-methods/${methods[0].id}/deliveries/${delivery.id}/redeliver`,
      token: h.tokens.admin,
    });
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(await dispatch(), 1);
    assert.equal(mailbox.mails.length, 2);
    assert.deepEqual(mailbox.mails[1]?.to, ["ann@example.com"]);
  });

  it("posts the vendor's message to an assignee's chat bot, and nothing to others", async () => {
    await addDirectoryUser(h, "bob");
    await putAsAdmin(h, "/incidentd/v1/users/bob/notification-methods", {
      chat: { kind: "wecom", url: bot.url("/wecom/bob"), language: "en" },
    });
    await putAsAdmin(h, "/incidentd/v1/users/bob/notification-rules", {
      rules: [{ audience: "assignee", events: ["incident.created"] }],
    });
    const mails = mailbox.mails.length;
    await createIncidentVia(h, exampleIncident({ incident_assignee: ["someone-else"] }));
    const num = await createIncidentVia(h, exampleIncident({ incident_assignee: ["bob"] }));
    await dispatch();
    const bodies = bot.at("/wecom/bob") as Array<{ msgtype: string; markdown: { content: string } }>;
    assert.equal(bodies.length, 1);
    assert.equal(bodies[0]?.msgtype, "markdown");
    assert.match(bodies[0]?.markdown.content ?? "", new RegExp(num));
    assert.equal(mailbox.mails.length, mails); // ann was not the assignee of either
  });

  it("tells the new assignee when an escalation reassigns the incident", async () => {
    await addDirectoryUser(h, "cho");
    await putAsAdmin(h, "/incidentd/v1/users/cho/notification-methods", {
      chat: { kind: "wecom", url: bot.url("/wecom/cho") },
    });
    await putAsAdmin(h, "/incidentd/v1/users/cho/notification-rules", {
      rules: [{ audience: "assignee", events: ["incident.assigned"] }],
    });
    const scene = await h.request({
      method: "PUT",
      url: "/incidentd/v1/oncall/scenes/pay",
      token: h.tokens.admin,
      payload: {
        name: "Payments",
        roles: [
          {
            role_id: "primary",
            name: "Primary",
            rotations: [
              {
                participants: ["ann"],
                shift: "P1D",
                handoff: "00:00",
                time_zone: "UTC",
                start: "2024-01-01",
              },
            ],
          },
        ],
        escalation: { steps: [{ after_minutes: 10, user_id: "cho" }] },
      },
    });
    assert.equal(scene.statusCode, 200, scene.body);
    const num = await createIncidentVia(
      h,
      exampleIncident({ incident_assignee: [], assignee_scene: "pay", assignee_role: "primary" }),
    );
    await dispatch();
    const mailsBefore = mailbox.mails.length; // ann, the on-call assignee, was e-mailed
    assert.equal(bot.at("/wecom/cho").length, 0);
    h.clock.current = START + 10 * MINUTE;
    assert.equal(await processDueEscalations(h.deps, "node-a"), 1);
    await dispatch();
    const told = bot.at("/wecom/cho") as Array<{ markdown: { content: string } }>;
    assert.equal(told.length, 1);
    assert.match(told[0]?.markdown.content ?? "", new RegExp(num));
    assert.match(told[0]?.markdown.content ?? "", /cho/);
    assert.equal(mailbox.mails.length, mailsBefore); // ann no longer the assignee
  });

  it("a rolled-back change tells nobody", async () => {
    assert.equal(await pending(), 0);
    const unsubscribe = h.deps.incidentEvents.subscribe(() => {
      throw new Error("a later subscriber refuses the change");
    });
    try {
      const res = await h.request({
        method: "POST",
        url: "/v1/external/incident/create",
        payload: exampleIncident({ incident_assignee: ["ann"] }),
      });
      assert.equal(res.statusCode, 500);
    } finally {
      unsubscribe();
    }
    assert.equal(await pending(), 0);
    const mails = mailbox.mails.length;
    assert.equal(await dispatch(), 0);
    assert.equal(mailbox.mails.length, mails);
  });
});
