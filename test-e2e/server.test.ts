import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { exampleIncident } from "../testkit/example-incident.ts";
import { ENGINE } from "../testkit/test-database.ts";
import { callApi, callSigned, type Installation, runCli, startServer, tempInstallation } from "./process.ts";

const TOKEN = "e2e-bootstrap-token-000000000000";
const EXAMPLE = exampleIncident();

const call = callApi<{ incident_num: string }>;

describe("the real server process", () => {
  let data: Installation;
  before(async () => {
    data = await tempInstallation();
  });
  after(() => data.remove());

  it("keeps an incident across a SIGTERM shutdown and a restart", async () => {
    const env = {
      ...data.env,
      INCIDENTD_BOOTSTRAP_PROJECT_ID: "e2e",
      INCIDENTD_BOOTSTRAP_TOKEN: TOKEN,
    };
    const first = await startServer(env);
    const created = await call(first.baseUrl, "POST", "/v1/external/incident/create", TOKEN, EXAMPLE);
    assert.equal(created.status, 200, JSON.stringify(created.body));
    const num = created.body.data.incident_num;
    const before = await call(first.baseUrl, "GET", `/v1/external/incident/${num}`, TOKEN);
    assert.equal(await first.stop("SIGTERM"), 0, "graceful shutdown exits 0");

    const second = await startServer(env);
    try {
      const afterRestart = await call(second.baseUrl, "GET", `/v1/external/incident/${num}`, TOKEN);
      assert.equal(afterRestart.status, 200);
      assert.deepEqual(afterRestart.body, before.body);
    } finally {
      await second.stop();
    }
    assert.doesNotMatch(
      first.output() + second.output(),
      new RegExp(TOKEN),
      "the token never reaches the logs",
    );
  });

  it("manages tokens and the directory from the CLI against the same data directory", async () => {
    const env = data.env;
    const created = runCli(
      ["token", "create", "--role", "reader", "--principal", "viewer-1", "--project", "e2e"],
      env,
    );
    assert.equal(created.status, 0, created.stderr);
    const token = created.stdout.trim().split("\n").at(-1) as string;
    assert.match(token, /^idt_/);
    assert.equal(runCli(["user", "add", "viewer-1", "--name", "Viewer One"], env).status, 0);
    assert.match(runCli(["user", "list"], env).stdout, /viewer-1\tViewer One/);
    assert.match(runCli(["token", "list"], env).stdout, /reader\tviewer-1/);

    const server = await startServer(env);
    try {
      const users = await call(server.baseUrl, "GET", "/incidentd/v1/users", token);
      assert.equal(users.status, 200);
      const write = await call(server.baseUrl, "POST", "/v1/external/incident/create", token, EXAMPLE);
      assert.equal(write.status, 403);
    } finally {
      await server.stop();
    }
  });

  it("creates access keys from the CLI and never stores the secret key in clear text", async () => {
    // PostgreSQL installations take the master key from the environment (every node must share it).
    const env =
      ENGINE === "postgres"
        ? { ...data.env, INCIDENTD_MASTER_KEY: randomBytes(32).toString("hex") }
        : data.env;
    const created = runCli(
      ["key", "create", "--role", "reader", "--principal", "sdk-user", "--project", "e2e"],
      env,
    );
    assert.equal(created.status, 0, created.stderr);
    const accessKey = /^AK (\S+)$/m.exec(created.stdout)?.[1] as string;
    const secretKey = /^SK (\S+)$/m.exec(created.stdout)?.[1] as string;
    assert.match(secretKey, /^[A-Za-z0-9]{40}$/);
    assert.match(
      runCli(["key", "list", "--project", "e2e"], env).stdout,
      new RegExp(`${accessKey}\treader\tsdk-user`),
    );
    const server = await startServer(env);
    try {
      const signed = await callSigned(server.baseUrl, "GET", "/incidentd/v1/catalogue", {
        accessKey,
        secretKey,
      });
      assert.equal(signed.status, 200);
    } finally {
      await server.stop();
    }
    if (ENGINE === "postgres") {
      const client = new pg.Client({ connectionString: data.env.DATABASE_URL });
      await client.connect();
      try {
        const { rows } = await client.query("SELECT * FROM access_keys");
        assert.equal(rows.length, 1);
        assert.ok(!JSON.stringify(rows).includes(secretKey), "access_keys holds the SK in clear text");
      } finally {
        await client.end();
      }
    }
    for (const suffix of ["", "-wal"]) {
      const file = path.join(data.env.INCIDENTD_DATA_DIR as string, `incidentd.db${suffix}`);
      if (existsSync(file))
        assert.ok(!readFileSync(file).includes(secretKey), `${file} holds the SK in clear text`);
    }
  });

  it("explains CLI mistakes on stderr with exit code 2", () => {
    const result = runCli(["token", "create", "--role", "root", "--principal", "x"], {
      ...data.env,
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--role must be one of admin, writer, reader/);
    assert.equal(runCli(["frobnicate"], data.env).status, 2);
  });
});

describe("a first start on an empty installation", () => {
  let data: Installation;
  before(async () => {
    data = await tempInstallation();
  });
  after(() => data.remove());

  it("prints a usable admin token once, with a usage hint, and never logs it", async () => {
    const server = await startServer({ ...data.env, EXPECT_BANNER: "1" });
    try {
      const token = /token: {3}(idt_\S+)/.exec(server.output())?.[1];
      assert.ok(token, server.output());
      assert.match(server.output(), /X-Auth-Token/);
      const tokens = await call(server.baseUrl, "GET", "/incidentd/v1/tokens", token);
      assert.equal(tokens.status, 200);
      const logLines = server
        .output()
        .split("\n")
        .filter((line) => line.startsWith("{"));
      assert.ok(logLines.length > 0);
      for (const line of logLines) assert.ok(!line.includes(token), `token in log line: ${line}`);
    } finally {
      await server.stop();
    }
    const again = await startServer(data.env);
    await again.stop();
    assert.doesNotMatch(again.output(), /token: {3}idt_/, "the token is printed only on the first start");
  });

  it("answers a busy port with one line naming it, creates no token, and a later start shows it", async () => {
    const fresh = await tempInstallation();
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    try {
      const port = (holder.address() as net.AddressInfo).port;
      const busy = runCli(["serve"], { ...fresh.env, HOST: "127.0.0.1", PORT: String(port) });
      assert.equal(busy.status, 1, busy.stderr);
      assert.equal(
        busy.stderr,
        `incidentd: cannot listen on 127.0.0.1:${port}: the port is already in use; stop what uses it, ` +
          "or choose another port with PORT (and the address with HOST)\n",
      );
      assert.doesNotMatch(busy.stdout, /token|first start/);
      assert.equal(runCli(["project", "list"], fresh.env).stdout, "", "no project or token was created");

      const later = await startServer({ ...fresh.env, EXPECT_BANNER: "1" });
      await later.stop();
      assert.match(later.output(), /token: {3}idt_\S+/, "the next start on a free port shows the token");
    } finally {
      holder.close();
      await fresh.remove();
    }
  });
});
