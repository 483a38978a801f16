import assert from "node:assert/strict";
import net from "node:net";
import { after, before, describe, it } from "node:test";
import { createTestSchema, POSTGRES_ONLY } from "../testkit/test-database.ts";
import { callApi, type RunningServer, startServer } from "./process.ts";

const TOKEN = "outage-bootstrap-token-000000000";

/** A TCP proxy in front of PostgreSQL that the test can cut (every connection dies) and restore. */
class TcpProxy {
  private server?: net.Server;
  private sockets = new Set<net.Socket>();
  constructor(
    private readonly target: { host: string; port: number },
    public port = 0,
  ) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

const call = (server: RunningServer, method: string, path: string, body?: unknown) =>
  // biome-ignore lint/suspicious/noExplicitAny: bodies of several operations, read field by field.
  callApi<any>(server.baseUrl, method, path, TOKEN, body);

const incident = {
  incident_type: "inc_type_p_config_issues",
  creator: "u1",
  is_service_interrupt: false,
  incident_assignee: ["u2"],
  incident_level: "level_40",
  incident_title: "survives an outage",
  incident_source: "incident_source_manual",
};

describe("a node while PostgreSQL goes away and comes back", () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let proxy: TcpProxy;
  let node: RunningServer;
  before(async () => {
    if (POSTGRES_ONLY.skip) return;
    schema = await createTestSchema();
    const real = new URL(schema.url);
    proxy = new TcpProxy({ host: real.hostname, port: Number(real.port || 5432) });
    await proxy.open();
    const viaProxy = new URL(schema.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    node = await startServer({
      DATABASE_URL: viaProxy.toString(),
      INCIDENTD_BOOTSTRAP_PROJECT_ID: "out",
      INCIDENTD_BOOTSTRAP_TOKEN: TOKEN,
    });
  });
  after(async () => {
    await node?.stop();
    await proxy?.cut();
    await schema?.drop();
  });

  it(
    "answers 503 while the database is unreachable and recovers by itself, without a restart",
    POSTGRES_ONLY,
    async () => {
      const before = await call(node, "POST", "/v1/external/incident/create", incident);
      assert.equal(before.status, 200);

      await proxy.cut();
      const ready = await call(node, "GET", "/readyz");
      assert.equal(ready.status, 503);
      assert.equal(ready.body.error_code, "IDT.00000503");
      const during = await call(node, "GET", `/v1/external/incident/${before.body.data.incident_num}`);
      assert.equal(during.status, 503, JSON.stringify(during.body));
      const write = await call(node, "POST", "/v1/external/incident/create", incident);
      assert.equal(write.status, 503);
      assert.equal((await call(node, "GET", "/healthz")).status, 200, "the process stays up");

      await proxy.open();
      let recovered = false;
      for (let attempt = 0; attempt < 20 && !recovered; attempt++) {
        recovered = (await call(node, "GET", "/readyz")).status === 200;
        if (!recovered) await new Promise((r) => setTimeout(r, 250));
      }
      assert.ok(recovered, "readyz recovers");
      const afterOutage = await call(node, "GET", `/v1/external/incident/${before.body.data.incident_num}`);
      assert.equal(afterOutage.status, 200);
      assert.equal((await call(node, "POST", "/v1/external/incident/create", incident)).status, 200);
      assert.doesNotMatch(
        node.output(),
        /Internal server error|"level":50/,
        "no unexpected errors were logged",
      );
    },
  );
});
