import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, beforeEach, describe, it } from "node:test";
import { createWebhookDispatcher } from "../../src/webhooks/webhook-dispatcher.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { addWebhook, ledgerOf, silent, webhookSettings } from "./helpers.ts";

/*
 * Chat bots get their own message formats, signed the way each vendor documents it; local fake receivers
 * check the body's shape and verify the signature independently of incidentd's code.
 */

interface Got {
  url: URL;
  body: Record<string, unknown>;
}

class FakeBot {
  readonly got: Got[] = [];
  answer = '{"code":0,"msg":"success"}';
  readonly #server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      this.got.push({
        url: new URL(req.url ?? "/", "http://bot"),
        body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
      });
      res.writeHead(200, { "content-type": "application/json" }).end(this.answer);
    });
  });
  start = () => new Promise<void>((r) => this.#server.listen(0, "127.0.0.1", r));
  url = (path: string) => `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}${path}`;
  close = () => {
    this.#server.closeAllConnections();
    return new Promise<void>((r) => this.#server.close(() => r()));
  };
}

interface Card {
  header: { title: { content: string }; template: string };
  elements: [{ text: { content: string } }, { actions: [{ url: string }] }];
}

interface SlackBlock {
  type: string;
  fields?: unknown[];
  elements?: Array<{ url: string }>;
}

const LINK = "https://console.example/incidents/{incident_num}";

describe("chat bot deliveries", () => {
  const h = useHarness({
    config: webhookSettings({ allowPrivate: true, disableAfterHours: 24, incidentLink: LINK }),
  });
  const bot = new FakeBot();
  const dispatch = () => createWebhookDispatcher(h.deps, { log: silent, random: () => 0 }).runOnce();
  let hooks: string[] = [];
  before(() => bot.start());
  after(() => bot.close());
  beforeEach(async () => {
    bot.got.length = 0;
    bot.answer = '{"code":0,"msg":"success"}';
    for (const id of hooks)
      await h.request({ method: "DELETE", url: `/incidentd/v1/webhooks/${id}`, token: h.tokens.admin });
    hooks = [];
  });
  const add = async (payload: Record<string, unknown>) => {
    const hook = await addWebhook(h, { events: ["incident.created"], ...payload });
    hooks.push(hook.id);
    return hook;
  };

  it("Feishu/Lark: an interactive card with a signature the bot verifies (timestamp + secret)", async () => {
    const hook = await add({
      url: bot.url("/open-apis/bot/v2/hook/abc"),
      kind: "feishu",
      language: "zh",
      signing_secret: "fs-secret",
    });
    const shown = await h.request({
      method: "GET",
      url: `/incidentd/v1/webhooks/${hook.id}`,
      token: h.tokens.admin,
    });
    assert.deepEqual([shown.json().data.kind, shown.json().data.has_signing_secret], ["feishu", true]);
    const num = await createIncidentVia(h, exampleIncident({ incident_level: "level_10" }));
    assert.equal(await dispatch(), 1);
    const [got] = bot.got;
    const body = got?.body as {
      timestamp: string;
      sign: string;
      msg_type: string;
      card: Card;
    };
    // Feishu's documented check: base64(HMAC-SHA256 with key "timestamp\nsecret" over an empty message).
    const expected = createHmac("sha256", `${body.timestamp}\nfs-secret`).digest("base64");
    assert.equal(body.sign, expected);
    assert.ok(
      Math.abs(Number(body.timestamp) - Date.now() / 1000) < 3600,
      "Feishu refuses timestamps over an hour off",
    );
    assert.equal(body.msg_type, "interactive");
    assert.equal(body.card.header.title.content, `新事件单: ${num} 事件标题`);
    assert.equal(body.card.header.template, "red");
    assert.match(body.card.elements[0].text.content, /\*\*级别\*\*: P1/);
    assert.match(body.card.elements[0].text.content, /\*\*状态\*\*: 未受理/);
    assert.equal(body.card.elements[1].actions[0].url, `https://console.example/incidents/${num}`);
    const [delivery] = (await ledgerOf(h, hook.id)).deliveries;
    assert.equal(delivery.status, "delivered");
  });

  it("a bot's refusal in a 200 answer (code ≠ 0) is a failed attempt, retried", async () => {
    const hook = await add({
      url: bot.url("/open-apis/bot/v2/hook/abc"),
      kind: "feishu",
      signing_secret: "wrong",
    });
    bot.answer =
      '{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}';
    await createIncidentVia(h);
    assert.equal(await dispatch(), 1);
    const [delivery] = (await ledgerOf(h, hook.id)).deliveries;
    assert.equal(delivery.status, "pending");
    assert.equal(delivery.last_status_code, 200);
    assert.match(delivery.last_error, /^the bot refused the message: code 19021 sign match fail/);
  });

  it("DingTalk: markdown, signed in the URL (HMAC-SHA256 of timestamp\\nsecret, keyed with the secret)", async () => {
    await add({
      url: bot.url("/robot/send?access_token=tok"),
      kind: "dingtalk",
      language: "en",
      signing_secret: "SECdd",
    });
    bot.answer = '{"errcode":0,"errmsg":"ok"}';
    const num = await createIncidentVia(h);
    assert.equal(await dispatch(), 1);
    const [got] = bot.got;
    const timestamp = got?.url.searchParams.get("timestamp") ?? "";
    assert.equal(got?.url.searchParams.get("access_token"), "tok");
    const expected = createHmac("sha256", "SECdd").update(`${timestamp}\nSECdd`).digest("base64");
    assert.equal(got?.url.searchParams.get("sign"), expected);
    assert.ok(
      Math.abs(Number(timestamp) - Date.now()) < 3_600_000,
      "DingTalk refuses timestamps over an hour off",
    );
    const body = got?.body as { msgtype: string; markdown: { title: string; text: string } };
    assert.equal(body.msgtype, "markdown");
    assert.equal(body.markdown.title, `New incident: ${num} 事件标题`);
    assert.match(body.markdown.text, /^### New incident: /);
    assert.match(body.markdown.text, /- \*\*Level\*\*: P5/);
    assert.match(body.markdown.text, /- \*\*Assignee\*\*: /);
    assert.match(
      body.markdown.text,
      new RegExp(`\\[Open the incident\\]\\(https://console.example/incidents/${num}\\)`),
    );
  });

  it("WeCom: a markdown message", async () => {
    await add({ url: bot.url("/cgi-bin/webhook/send?key=k1"), kind: "wecom", language: "zh" });
    bot.answer = '{"errcode":0,"errmsg":"ok"}';
    await createIncidentVia(h);
    assert.equal(await dispatch(), 1);
    const body = bot.got[0]?.body as { msgtype: string; markdown: { content: string } };
    assert.equal(body.msgtype, "markdown");
    assert.match(body.markdown.content, /^### 新事件单: IM/);
    assert.match(body.markdown.content, /- \*\*应用\*\*: app001/);
  });

  it("Slack: Block Kit with a header, fields and a button", async () => {
    await add({ url: bot.url("/services/T000/B000/XXXX"), kind: "slack" });
    bot.answer = "ok";
    const num = await createIncidentVia(h);
    assert.equal(await dispatch(), 1);
    const body = bot.got[0]?.body as { text: string; blocks: SlackBlock[] };
    assert.equal(body.text, `New incident: ${num} 事件标题`);
    assert.deepEqual(
      body.blocks.map((b) => b.type),
      ["header", "section", "actions"],
    );
    assert.deepEqual(body.blocks[1]?.fields?.[0], { type: "mrkdwn", text: "*Level*\nP5" });
    assert.equal(body.blocks[2]?.elements?.[0]?.url, `https://console.example/incidents/${num}`);
  });
});
