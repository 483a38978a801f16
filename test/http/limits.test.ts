import assert from "node:assert/strict";
import net from "node:net";
import { before, describe, it } from "node:test";
import { loadConfig } from "../../src/config.ts";
import { createIntegration } from "../../src/integrations/integration.service.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { useHarness } from "../helpers/use-harness.ts";

const limits = (overrides: Partial<ReturnType<typeof loadConfig>["limits"]>) => ({
  ...loadConfig({}).limits,
  ...overrides,
});

/** Sends raw bytes on a fresh connection and collects everything the server answers until it closes. */
function rawExchange(port: number, write: (socket: net.Socket) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString("utf8");
    });
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
    socket.on("connect", () => write(socket));
  });
}

function envelopeOf(raw: string): { status: number; body: Record<string, unknown>; head: string } {
  const [head, body] = raw.split("\r\n\r\n");
  return { status: Number(head?.split(" ")[1]), body: JSON.parse(body ?? "null"), head: head ?? "" };
}

describe("per-credential rate limits", () => {
  const h = useHarness({ config: { limits: limits({ ratePerSecond: 2, rateBurst: 3 }) } });

  const list = (token: string) => h.request({ method: "GET", url: "/v1/incident-tickets", token });

  it("allows the burst, then answers 429 APIG.0308 with Retry-After and the gateway envelope", async () => {
    for (let i = 0; i < 3; i++) assert.equal((await list(h.tokens.reader)).statusCode, 200);
    const refused = await list(h.tokens.reader);
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.headers["retry-after"], "1");
    const body = refused.json();
    assert.equal(body.error_code, "APIG.0308");
    assert.match(body.error_msg, /at most 2 requests per second \(bursts of 3\) per credential/);
    assert.equal(body.request_id, refused.headers["x-request-id"]);
  });

  it("never throttles one credential for another's traffic", async () => {
    assert.equal((await list(h.tokens.writer)).statusCode, 200);
    assert.equal((await list(h.tokens.reader)).statusCode, 429);
  });

  it("refills at the configured rate", async () => {
    h.clock.advance(500);
    assert.equal((await list(h.tokens.reader)).statusCode, 200);
    assert.equal((await list(h.tokens.reader)).statusCode, 429);
    h.clock.advance(60_000);
    for (let i = 0; i < 3; i++) assert.equal((await list(h.tokens.reader)).statusCode, 200);
    assert.equal((await list(h.tokens.reader)).statusCode, 429);
  });

  it("gives each alarm integration key its own budget", async () => {
    const { key } = await createIntegration(h.deps, h.projectId, { name: "mon", kind: "custom" });
    const report = () =>
      h.request({
        method: "POST",
        url: `/v1/event/huawei/custom/${key}`,
        token: null,
        payload: customEvent(),
      });
    for (let i = 0; i < 3; i++) assert.equal((await report()).statusCode, 200);
    const refused = await report();
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.json().error_code, "APIG.0308");
    assert.equal(refused.headers["retry-after"], "1");
  });

  it("leaves unauthenticated health checks alone", async () => {
    for (let i = 0; i < 10; i++)
      assert.equal((await h.request({ method: "GET", url: "/healthz" })).statusCode, 200);
  });
});

describe("slow, oversized and surplus connections", () => {
  let port: number;
  const h = useHarness({
    config: { limits: limits({ requestTimeoutMs: 400, maxHeaderBytes: 2048, maxConnections: 3 }) },
  });
  before(async () => {
    await h.app.listen({ host: "127.0.0.1", port: 0 });
    port = (h.app.server.address() as net.AddressInfo).port;
  });

  it("answers a client that trickles its request 408 with the envelope, while others are served", async () => {
    const started = Date.now();
    const slow = rawExchange(port, (socket) => {
      socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
      const timer = setInterval(() => socket.writable && socket.write("X-Slow: y\r\n"), 100);
      socket.on("close", () => clearInterval(timer));
    });
    const fast = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(fast.status, 200);
    assert.ok(Date.now() - started < 300, "a fast client is answered while the slow one is still sending");
    const answer = envelopeOf(await slow);
    assert.equal(answer.status, 408);
    assert.equal(answer.body.error_code, "IDT.00000408");
    assert.match(answer.head, /x-request-id: [0-9a-f-]{36}/i);
    assert.ok(Date.now() - started < 3000, "the deadline is enforced promptly");
  });

  it("answers a client that stalls mid-body 408", async () => {
    const answer = envelopeOf(
      await rawExchange(port, (socket) => {
        socket.write(
          `POST /v1/external/incident/create HTTP/1.1\r\nHost: x\r\nX-Auth-Token: ${h.tokens.writer}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"incident`,
        );
      }),
    );
    assert.equal(answer.status, 408);
    assert.equal(answer.body.error_code, "IDT.00000408");
  });

  it("answers headers over the limit 431 with the envelope", async () => {
    const answer = envelopeOf(
      await rawExchange(port, (socket) => {
        socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(4096)}\r\n\r\n`);
      }),
    );
    assert.equal(answer.status, 431);
    assert.equal(answer.body.error_code, "IDT.00000431");
  });

  it("answers bytes that are not HTTP 400 with the envelope", async () => {
    const answer = envelopeOf(
      await rawExchange(port, (socket) => socket.write("\u0001\u0002 nonsense\r\n\r\n")),
    );
    assert.equal(answer.status, 400);
    assert.equal(answer.body.error_code, "GOM.00007256");
  });

  it("refuses connections beyond the limit and serves again once they close", async () => {
    const held = await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<net.Socket>((resolve) => {
            const socket = net.connect(port, "127.0.0.1", () => resolve(socket));
          }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const refused = await rawExchange(port, (socket) =>
      socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"),
    );
    assert.equal(refused, "", "the surplus connection is closed without an answer");
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
  });
});
