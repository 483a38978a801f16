import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildApp } from "../../src/app.ts";
import { hashToken } from "../../src/auth/credential.ts";
import { COMMANDS } from "../../src/cli/commands.ts";
import { databaseOptionsFrom, openDatabase } from "../../src/db/database.ts";
import { createDeps } from "../../src/deps.ts";
import { redactIntegrationKey } from "../../src/integrations/integration.ts";
import { runCli } from "../../test-e2e/process.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { TestClock } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { ACCEPTED, cliInstallation, KEY_REFUSED } from "./alarm-helpers.ts";

describe("integrations admin API", () => {
  const h = useHarness();

  const admin = (method: "GET" | "POST" | "DELETE", url: string, payload?: Record<string, unknown>) =>
    h.request({ method, url, token: h.tokens.admin, payload });

  it("creates an integration and shows its 32-character key and intake path once", async () => {
    const res = await admin("POST", "/incidentd/v1/integrations", { name: "grafana", kind: "custom" });
    assert.equal(res.statusCode, 200, res.body);
    const created = res.json().data;
    assert.match(created.integration_key, /^[A-Za-z0-9]{32}$/);
    assert.equal(created.path, `/v1/event/huawei/custom/${created.integration_key}`);
    assert.equal(created.bearer_path, "/v1/event/huawei/custom");
    assert.deepEqual(
      [created.name, created.kind, created.enabled, created.key_hint],
      ["grafana", "custom", true, created.integration_key.slice(-4)],
    );
    const listed = (await admin("GET", "/incidentd/v1/integrations")).json().data.integrations;
    const entry = listed.find((i: { id: string }) => i.id === created.id);
    assert.deepEqual(Object.keys(entry).sort(), ["created_at", "enabled", "id", "key_hint", "kind", "name"]);
    assert.doesNotMatch(JSON.stringify(listed), new RegExp(created.integration_key));
  });

  it("stores only the SHA-256 of the key", async () => {
    const created = (
      await admin("POST", "/incidentd/v1/integrations", { name: "am", kind: "prometheus" })
    ).json().data;
    const row = await h.deps.db
      .selectFrom("integrations")
      .selectAll()
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.key_hash, hashToken(created.integration_key));
    assert.doesNotMatch(JSON.stringify(row), new RegExp(created.integration_key));
  });

  it("disables, enables and deletes, and answers an unknown id with 404", async () => {
    const { id } = (await admin("POST", "/incidentd/v1/integrations", { name: "x", kind: "custom" })).json()
      .data;
    assert.equal((await admin("POST", `/incidentd/v1/integrations/${id}/disable`)).statusCode, 200);
    const listed = () => admin("GET", "/incidentd/v1/integrations");
    const find = async () =>
      (await listed()).json().data.integrations.find((i: { id: string }) => i.id === id) as
        | { enabled: boolean }
        | undefined;
    assert.equal((await find())?.enabled, false);
    assert.equal((await admin("POST", `/incidentd/v1/integrations/${id}/enable`)).statusCode, 200);
    assert.equal((await find())?.enabled, true);
    assert.equal((await admin("DELETE", `/incidentd/v1/integrations/${id}`)).statusCode, 200);
    assert.equal(await find(), undefined);
    const gone = await admin("DELETE", `/incidentd/v1/integrations/${id}`);
    assert.deepEqual(
      [gone.statusCode, gone.json().error_code, gone.json().error_msg],
      [404, "IDT.00000404", `integration not found: ${id}`],
    );
  });

  it("keeps another project's admin away from this project's integrations", async () => {
    const { id } = (await admin("POST", "/incidentd/v1/integrations", { name: "y", kind: "custom" })).json()
      .data;
    const res = await h.request({
      method: "POST",
      url: `/incidentd/v1/integrations/${id}/disable`,
      token: h.otherProjectToken,
    });
    assert.equal(res.statusCode, 404);
    const theirs = await h.request({
      method: "GET",
      url: "/incidentd/v1/integrations",
      token: h.otherProjectToken,
    });
    assert.equal(
      theirs.json().data.integrations.some((i: { id: string }) => i.id === id),
      false,
    );
  });

  it("refuses writers and readers with 403 on every integration route", async () => {
    const { id } = (await admin("POST", "/incidentd/v1/integrations", { name: "z", kind: "custom" })).json()
      .data;
    const calls: Array<["GET" | "POST" | "DELETE", string, Record<string, unknown>?]> = [
      ["POST", "/incidentd/v1/integrations", { name: "n", kind: "custom" }],
      ["GET", "/incidentd/v1/integrations"],
      ["POST", `/incidentd/v1/integrations/${id}/disable`],
      ["POST", `/incidentd/v1/integrations/${id}/enable`],
      ["DELETE", `/incidentd/v1/integrations/${id}`],
    ];
    for (const role of ["writer", "reader"] as const) {
      for (const [method, url, payload] of calls) {
        const res = await h.request({ method, url, payload, token: h.tokens[role] });
        assert.equal(res.statusCode, 403, `${role} ${method} ${url}`);
        assert.equal(res.json().error_code, "APIG.0302");
      }
    }
  });

  it("rejects an unknown kind and an empty name", async () => {
    const kind = await admin("POST", "/incidentd/v1/integrations", { name: "k", kind: "email" });
    assert.deepEqual(
      [kind.statusCode, kind.json().error_msg],
      [400, "kind: must be one of custom, prometheus"],
    );
    const name = await admin("POST", "/incidentd/v1/integrations", { name: "", kind: "custom" });
    assert.equal(name.json().error_msg, "name: must not be empty");
  });
});

describe("integration keys in logs", () => {
  it("logs a request routed to an intake route as its route, the key masked and the query dropped", () => {
    const key = "Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4f";
    const route = "/v1/event/huawei/custom/:integration_key";
    assert.equal(
      redactIntegrationKey({ url: `/v1/event/huawei/custom/${key}`, route }),
      "/v1/event/huawei/custom/***",
    );
    assert.equal(
      redactIntegrationKey({
        url: `/coc/v1/event/%70rometheus/%41${key.slice(1)}?x=1`,
        route: "/coc/v1/event/prometheus/:integration_key",
      }),
      "/coc/v1/event/prometheus/***",
    );
    assert.equal(
      redactIntegrationKey({ url: "/v1/alarm-mgmt/alarm/abc?x=1", route: "/v1/alarm-mgmt/alarm/:alarm_id" }),
      "/v1/alarm-mgmt/alarm/abc?x=1",
    );
  });

  it("masks key-shaped runs in the decoded URL of a request that matched no route", () => {
    const key = "Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4f";
    const masked = (url: string) => redactIntegrationKey({ url, route: undefined });
    assert.equal(masked(`//v1/event/prometheus/${key}`), "//v1/event/prometheus/***");
    assert.equal(
      masked(`/v1/event/huawei%2Fcustom/Ab%33dEf6hIj9lMn2pQr5tUv8xYz1bCd4f`),
      "/v1/event/huawei/custom/***",
    );
    assert.equal(masked(`/v1/event/prometheus/%2541${key.slice(1)}x/y%zz`), "/v1/event/prometheus/***/y%zz");
    assert.equal(masked("/v1/nothing/here?q=%41"), "/v1/nothing/here?q=%41");
  });
});

describe("incidentd integration … (CLI)", () => {
  it("creates, lists, disables, enables and deletes integrations; the printed key reports alarms", async () => {
    const { config, remove } = await cliInstallation();
    const lines: string[] = [];
    const print = (line: string) => lines.push(line);
    const run = (command: string, args: string[], flags: Record<string, string>) => {
      const handler = COMMANDS[command];
      assert.ok(handler, command);
      return handler(config, args, flags, print);
    };
    try {
      await run("project create", [], { id: "ops" });
      await run("integration create", [], { kind: "custom", name: "zabbix", project: "ops" });
      const key = lines.find((l) => l.startsWith("key "))?.slice(4) ?? "";
      assert.match(key, /^[A-Za-z0-9]{32}$/);
      assert.ok(lines.includes(`POST /v1/event/huawei/custom/${key}`), lines.join("\n"));
      const id = /integration ([0-9a-f-]{36})/.exec(lines.join("\n"))?.[1] ?? "";

      lines.length = 0;
      await run("integration list", [], {});
      assert.match(lines[0] ?? "", new RegExp(`^${id}\tcustom\tzabbix\tenabled\tkey …${key.slice(-4)}\t`));
      assert.doesNotMatch(lines.join("\n"), new RegExp(key));

      const db = openDatabase(databaseOptionsFrom(config));
      const app = await buildApp(createDeps(config, db, new TestClock()));
      const report = () =>
        app.inject({ method: "POST", url: `/v1/event/huawei/custom/${key}`, payload: customEvent() });
      try {
        assert.deepEqual((await report()).json(), ACCEPTED);
        await run("integration disable", [id], {});
        assert.deepEqual((await report()).json(), KEY_REFUSED);
        await run("integration enable", [id], {});
        assert.equal((await report()).statusCode, 200);
        await run("integration delete", [id], {});
        assert.deepEqual((await report()).json(), KEY_REFUSED);
        assert.deepEqual(lines.slice(-3), [
          `disabled integration ${id}`,
          `enabled integration ${id}`,
          `deleted integration ${id}`,
        ]);
      } finally {
        await app.close();
        await db.destroy();
      }
      await assert.rejects(
        run("integration create", [], { kind: "email" }),
        /--kind must be one of custom, prometheus/,
      );
    } finally {
      await remove();
    }
  });

  it("parses --kind on the command line", async () => {
    const { config, remove } = await cliInstallation();
    try {
      const env = { INCIDENTD_DATA_DIR: config.dataDir, DATABASE_URL: config.databaseUrl ?? "" };
      assert.equal(runCli(["project", "create", "--id", "p1"], env).status, 0);
      const created = runCli(["integration", "create", "--kind", "prometheus", "--name", "am"], env);
      assert.equal(created.status, 0, created.stderr);
      assert.match(created.stdout, /created prometheus integration .* \("am"\) in project p1/);
      assert.match(created.stdout, /POST \/v1\/event\/prometheus\/[A-Za-z0-9]{32}\n/);
    } finally {
      await remove();
    }
  });
});
