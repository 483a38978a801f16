import assert from "node:assert/strict";
import net from "node:net";
import { after, before, describe, it } from "node:test";
import { type Config, loadConfig } from "../../src/config.ts";
import type { App } from "../../src/http/app-types.ts";
import { clientKey } from "../../src/http/connection-guard.ts";
import type { Harness } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

// Every 127.0.0.0/8 address is the loopback interface on Linux, so each stands for a different client.
const CLIENT_A = "127.0.0.2";
const CLIENT_B = "127.0.0.3";

interface Held {
  socket: net.Socket;
  /** Whether the server answered the request (false: the connection was closed without an answer). */
  answered: boolean;
  closed: Promise<void>;
}

/** Opens a keep-alive connection from `localAddress`, sends one request and leaves the connection idle. */
function holdIdle(port: number, localAddress: string, path = "/healthz"): Promise<Held> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1", localAddress });
    const closed = new Promise<void>((done) => socket.once("close", () => done()));
    let received = "";
    socket.on("error", () => {});
    socket.on("connect", () => socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`));
    socket.on("data", (chunk) => {
      received += chunk.toString("utf8");
      const [head, body = ""] = received.split("\r\n\r\n");
      const length = /content-length: (\d+)/i.exec(head ?? "")?.[1];
      if (length !== undefined && Buffer.byteLength(body) >= Number(length))
        resolve({ socket, answered: true, closed });
    });
    socket.once("close", () => resolve({ socket, answered: false, closed }));
  });
}

async function holdMany(port: number, localAddress: string, count: number): Promise<Held[]> {
  const held: Held[] = [];
  for (let i = 0; i < count; i++) held.push(await holdIdle(port, localAddress));
  return held;
}

/** Waits until the server has seen connections close, and its close handlers have run. */
async function connectionsDropTo(h: Harness, count: number): Promise<void> {
  const open = () => new Promise<number>((resolve) => h.app.server.getConnections((_, n) => resolve(n)));
  while ((await open()) > count) await pause(10);
  await pause(10);
}

const isOpen = (held: Held) => !held.socket.destroyed && held.socket.readyState === "open";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const guarded = (limits: Partial<Config["limits"]>, beforeReady?: (app: App) => void) => ({
  config: { limits: { ...loadConfig({}).limits, ratePerSecond: 0, ...limits } },
  beforeReady,
});

async function listen(h: Harness): Promise<number> {
  await h.app.listen({ host: "127.0.0.1", port: 0 });
  return (h.app.server.address() as net.AddressInfo).port;
}

describe("connections per client address", () => {
  let port: number;
  const held: Held[] = [];
  // Registered before the harness's hook: the held connections go before the server closes.
  after(() => {
    for (const one of held) one.socket.destroy();
  });
  const h = useHarness(guarded({ maxConnections: 12, maxConnectionsPerClient: 4 }));
  before(async () => {
    port = await listen(h);
  });

  it("one address holding its cap of idle connections does not stop a second address", async () => {
    held.push(...(await holdMany(port, CLIENT_A, 12)));
    assert.equal(held.filter((one) => one.answered).length, 4, "the first four are served");
    assert.equal(held.filter(isOpen).length, 4, "the surplus ones were closed without an answer");
    const other = await holdIdle(port, CLIENT_B);
    held.push(other);
    assert.equal(other.answered, true);
  });

  it("lets the address connect again once it closes one", async () => {
    held.find(isOpen)?.socket.destroy();
    await connectionsDropTo(h, 4);
    const again = await holdIdle(port, CLIENT_A);
    held.push(again);
    assert.equal(again.answered, true);
  });
});

describe("the reserve for clients holding few connections", () => {
  let port: number;
  const held: Held[] = [];
  after(() => {
    for (const one of held) one.socket.destroy();
  });
  const h = useHarness(guarded({ maxConnections: 20, maxConnectionsPerClient: 0 }));
  before(async () => {
    port = await listen(h);
  });

  it("keeps the last tenth of the limit for addresses holding fewer than eight", async () => {
    held.push(...(await holdMany(port, CLIENT_A, 20)));
    assert.equal(held.filter((one) => one.answered).length, 18);
    const newcomers = await holdMany(port, CLIENT_B, 2);
    held.push(...newcomers);
    assert.deepEqual(
      newcomers.map((one) => one.answered),
      [true, true],
    );
  });
});

describe("idle connections under pressure", () => {
  let port: number;
  const held: Held[] = [];
  let release = () => {};
  const slowAnswer = new Promise<void>((resolve) => {
    release = resolve;
  });
  after(() => {
    release();
    for (const one of held) one.socket.destroy();
  });
  const h = useHarness(
    guarded({ maxConnections: 10, maxConnectionsPerClient: 0, idleUnderPressureMs: 100 }, (app) =>
      app.get("/test/slow", { config: { access: "public" } }, () => slowAnswer.then(() => ({}))),
    ),
  );
  before(async () => {
    port = await listen(h);
  });

  it("keeps idle keep-alive connections open while at most half the limit is in use", async () => {
    held.push(...(await holdMany(port, CLIENT_A, 5)));
    await pause(400);
    assert.equal(held.filter(isOpen).length, 5);
  });

  // Without the guard they would stay open for the 72 s keep-alive timeout: the bound makes that a failure.
  it("closes idle keep-alive connections after the short timeout above half the limit, not busy ones", {
    timeout: 10_000,
  }, async () => {
    const slow = net.connect({ port, host: "127.0.0.1", localAddress: CLIENT_B });
    let slowAnswered = "";
    slow.on("data", (chunk) => {
      slowAnswered += chunk.toString("utf8");
    });
    slow.write("GET /test/slow HTTP/1.1\r\nHost: x\r\n\r\n");
    held.push(await holdIdle(port, CLIENT_A));
    await Promise.all(held.map((one) => one.closed));
    assert.equal(slow.destroyed, false, "a connection whose request is in progress stays open");
    release();
    await new Promise<void>((resolve) => slow.on("data", () => resolve()));
    assert.match(slowAnswered, /^HTTP\/1.1 200/);
    slow.destroy();
  });
});

describe("clientKey", () => {
  it("counts IPv4 (also IPv4-mapped) addresses as they are and IPv6 ones by their /64", () => {
    assert.equal(clientKey("192.0.2.7"), "192.0.2.7");
    assert.equal(clientKey("::ffff:192.0.2.7"), "192.0.2.7");
    assert.equal(clientKey("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
    assert.equal(clientKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"), "2001:db8:1:2::/64");
    assert.equal(clientKey("2001:db8::1"), "2001:db8:0:0::/64");
    assert.equal(clientKey("fe80::1%eth0"), "fe80:0:0:0::/64");
    assert.equal(clientKey("::1"), "0:0:0:0::/64");
  });
});
