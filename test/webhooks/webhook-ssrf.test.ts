import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { refusedAddress } from "../../src/webhooks/webhook-address.ts";
import { EXCERPT_BYTES, sendWebhook } from "../../src/webhooks/webhook-sender.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { webhookSettings } from "./helpers.ts";
import { Receiver } from "./receiver.ts";

/*
 * Outbound safety: cloud metadata addresses are never a target, private ones only when allowed; no
 * redirect is followed and answers are read only so far.
 */

async function createWith(h: ReturnType<typeof useHarness>, url: string) {
  return h.request({
    method: "POST",
    url: "/incidentd/v1/webhooks",
    token: h.tokens.admin,
    payload: { url },
  });
}

describe("webhook URLs when private targets are allowed (the default)", () => {
  const h = useHarness();

  for (const [url, reason] of [
    ["http://169.254.169.254/latest/meta-data/", /metadata/],
    ["http://[fd00:ec2::254]/", /metadata/],
    ["http://[::ffff:169.254.169.254]/", /metadata/],
    ["http://100.100.100.200/", /metadata/],
    ["http://metadata.google.internal/computeMetadata/v1/", /metadata/],
    ["ftp://example.com/hook", /scheme must be http or https/],
    ["file:///etc/passwd", /scheme must be http or https/],
    ["not a url", /absolute http or https URL/],
    ["https://user:pass@example.com/", /user name or password/],
  ] as const) {
    it(`refuses ${url}`, async () => {
      const res = await createWith(h, url);
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error_msg, /^url: /);
      assert.match(res.json().error_msg, reason);
    });
  }

  it("refuses an e-mail subscription while no SMTP server is configured", async () => {
    const res = await h.request({
      method: "POST",
      url: "/incidentd/v1/webhooks",
      token: h.tokens.admin,
      payload: { url: "mailto:oncall@example.com", kind: "email" },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_msg, "kind: e-mail needs an SMTP server: set INCIDENTD_SMTP_URL");
  });

  it("accepts loopback and private receivers", async () => {
    for (const url of ["http://127.0.0.1:9/hook", "http://10.1.2.3/hook", "https://hooks.example.com/x"]) {
      assert.equal((await createWith(h, url)).statusCode, 200, url);
    }
  });

  it("refuses a metadata URL given in a change too", async () => {
    const created = (await createWith(h, "https://hooks.example.com/y")).json().data;
    const res = await h.request({
      method: "PATCH",
      url: `/incidentd/v1/webhooks/${created.id}`,
      token: h.tokens.admin,
      payload: { url: "http://169.254.169.254/" },
    });
    assert.equal(res.statusCode, 400);
  });
});

describe("webhook URLs with INCIDENTD_WEBHOOK_ALLOW_PRIVATE=false", () => {
  const h = useHarness({ config: webhookSettings({ allowPrivate: false, disableAfterHours: 24 }) });

  for (const url of [
    "http://127.0.0.1:8080/",
    "http://10.0.0.1/",
    "http://192.168.1.1/",
    "http://[::1]/",
    "http://localhost/",
  ]) {
    it(`refuses ${url}`, async () => {
      const res = await createWith(h, url);
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error_msg, /INCIDENTD_WEBHOOK_ALLOW_PRIVATE=false/);
    });
  }

  it("accepts a public address", async () => {
    assert.equal((await createWith(h, "https://203.0.113.7/hook")).statusCode, 200);
  });
});

describe("sending", () => {
  const receiver = new Receiver();
  let redirecting: http.Server;
  let big: http.Server;
  const urlOf = (s: http.Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
  before(async () => {
    await receiver.start();
    redirecting = http.createServer((_req, res) => res.writeHead(302, { location: receiver.url }).end());
    big = http.createServer((_req, res) => {
      res.writeHead(200);
      res.end("é".repeat(200_000));
    });
    await new Promise<void>((r) => redirecting.listen(0, "127.0.0.1", r));
    await new Promise<void>((r) => big.listen(0, "127.0.0.1", r));
  });
  after(async () => {
    await receiver.close();
    redirecting.close();
    big.close();
  });
  const send = (url: string, allowPrivate = true) =>
    sendWebhook({ url, headers: {}, body: "{}", allowPrivate });

  it("checks the addresses a name resolves to before connecting", async () => {
    const port = new URL(receiver.url).port;
    const result = await send(`http://localhost:${port}/hook`, false);
    assert.equal(result.statusCode, null);
    assert.match(result.error ?? "", /^refused: localhost resolves to .* private or loopback/);
    assert.equal(receiver.received.length, 0);
    assert.equal((await send(`http://localhost:${port}/hook`, true)).statusCode, 204);
  });

  it("never connects to a metadata address", async () => {
    const result = await send("http://169.254.169.254/latest/meta-data/");
    assert.match(result.error ?? "", /^refused: .*metadata/);
    assert.equal(
      refusedAddress("::ffff:169.254.169.254", true),
      "::ffff:169.254.169.254 is a cloud metadata address",
    );
    assert.equal(refusedAddress("fd00:ec2::254", true), "fd00:ec2::254 is a cloud metadata address");
    assert.equal(refusedAddress("8.8.8.8", false), null);
  });

  it("follows no redirect", async () => {
    receiver.received.length = 0;
    const result = await send(urlOf(redirecting));
    assert.equal(result.statusCode, 302);
    assert.equal(receiver.received.length, 0);
  });

  it("reads at most 64 kB of an answer and keeps a 1 kB excerpt", async () => {
    const result = await send(urlOf(big));
    assert.equal(result.statusCode, 200);
    assert.ok(Buffer.byteLength(result.excerpt ?? "") <= EXCERPT_BYTES);
    assert.ok((result.excerpt ?? "").length >= 500);
    assert.doesNotMatch(result.excerpt ?? "", /\uFFFD/);
  });

  it("gives up on a receiver that does not answer", { timeout: 15_000 }, async () => {
    const silentServer = http.createServer(() => {});
    await new Promise<void>((r) => silentServer.listen(0, "127.0.0.1", r));
    try {
      const result = await send(urlOf(silentServer));
      assert.equal(result.statusCode, null);
      assert.match(result.error ?? "", /no answer within 10000 ms/);
      assert.ok(result.latencyMs >= 9_900);
    } finally {
      silentServer.closeAllConnections();
      silentServer.close();
    }
  });
});
