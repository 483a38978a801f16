import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { SMTPServer } from "smtp-server";
import { createWebhookDispatcher } from "../../src/webhooks/webhook-dispatcher.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { addWebhook, ledgerOf, silent, webhookSettings } from "./helpers.ts";

/* E-mail subscriptions go through the same outbox and ledger, sent to a local SMTP server (smtp-server). */

interface Mail {
  from: string;
  to: string[];
  raw: string;
}

describe("e-mail deliveries", () => {
  const mails: Mail[] = [];
  let reject = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (reject) return callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  let port = 0;
  // A TCP port is taken before the harness starts, so the config can name it.
  before(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    port = (server.server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  const h = useHarness({
    config: webhookSettings({
      incidentLink: "https://console.example/incidents/{incident_num}",
      smtpFrom: "incidentd <alerts@example.com>",
    }),
  });
  const dispatch = () => createWebhookDispatcher(h.deps, { log: silent, random: () => 0 }).runOnce();
  // The SMTP port is only known once listening: the harness's config is completed here.
  before(() => {
    h.deps.config.webhooks.smtpUrl = `smtp://127.0.0.1:${port}`;
  });

  it("sends subject, text and HTML parts with the link to every address of the mailto: URL", async () => {
    const hook = await addWebhook(h, {
      url: "mailto:oncall@example.com,lead@example.com",
      kind: "email",
      events: ["incident.created"],
    });
    const num = await createIncidentVia(h, exampleIncident({ incident_title: "Disk full on db-1" }));
    assert.equal(await dispatch(), 1);
    assert.equal(mails.length, 1);
    const [mail] = mails;
    assert.equal(mail?.from, "alerts@example.com");
    assert.deepEqual(mail?.to, ["oncall@example.com", "lead@example.com"]);
    const raw = (mail?.raw ?? "").replace(/=\r\n/g, "");
    assert.match(raw, new RegExp(`^Subject: New incident: ${num} Disk full on db-1\\r$`, "m"));
    assert.match(raw, /Content-Type: multipart\/alternative/);
    assert.match(raw, /Content-Type: text\/plain/);
    assert.match(raw, /Content-Type: text\/html/);
    assert.match(raw, /Level: P5/);
    assert.match(raw, new RegExp(`Open the incident: https://console.example/incidents/${num}`));
    assert.match(
      raw,
      new RegExp(
        `<a href=3D"https://console.example/incidents/${num}">|<a href="https://console.example/incidents/${num}">`,
      ),
    );
    const [delivery] = (await ledgerOf(h, hook.id)).deliveries;
    assert.equal(delivery.status, "delivered");
    assert.equal(delivery.attempt_log[0].status_code, 250);
    assert.equal(delivery.attempt_log[0].url, "mailto:oncall@example.com,lead@example.com");
    await h.request({ method: "DELETE", url: `/incidentd/v1/webhooks/${hook.id}`, token: h.tokens.admin });
  });

  it("a refused recipient is a failed attempt, retried, with the SMTP answer in the ledger", async () => {
    const hook = await addWebhook(h, { url: "mailto:nobody@example.com", kind: "email" });
    reject = true;
    try {
      await createIncidentVia(h);
      assert.equal(await dispatch(), 1);
      const [delivery] = (await ledgerOf(h, hook.id)).deliveries;
      assert.equal(delivery.status, "pending");
      assert.equal(delivery.last_status_code, 550);
      assert.match(delivery.last_error, /^SMTP: .*mailbox unavailable/);
    } finally {
      reject = false;
    }
  });

  it("refuses an e-mail subscription whose url is not mailto: addresses", async () => {
    for (const url of ["https://example.com/", "mailto:", "mailto:not-an-address"]) {
      const res = await h.request({
        method: "POST",
        url: "/incidentd/v1/webhooks",
        token: h.tokens.admin,
        payload: { url, kind: "email" },
      });
      assert.equal(res.statusCode, 400, url);
      assert.match(res.json().error_msg, /^url: /);
    }
  });
});
