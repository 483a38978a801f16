import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { findTokenRecord } from "../../src/auth/token.service.ts";
import { COMMANDS } from "../../src/cli/commands.ts";
import { withDeps } from "../../src/cli/context.ts";
import { testConfig } from "../../testkit/harness.ts";
import { createTestSchema, ENGINE } from "../../testkit/test-database.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("metrics tokens", () => {
  const h = useHarness();

  it("are created with the CLI's token create --role metrics; keys and people cannot have the role", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "incidentd-metrics-"));
    const schema = ENGINE === "postgres" ? await createTestSchema() : undefined;
    const config = testConfig({
      dataDir: dir,
      databaseUrl: schema?.url,
      masterKey: randomBytes(32).toString("hex"),
    });
    const lines: string[] = [];
    const run = (command: string, flags: Record<string, string>, args: string[] = []) =>
      (COMMANDS[command] ?? assert.fail(command))(config, args, { project: "p", ...flags }, (l) =>
        lines.push(l),
      );
    try {
      await run("project create", { id: "p" });
      await run("token create", { role: "metrics", principal: "prometheus" });
      const token = lines.find((l) => l.startsWith("idt_")) ?? "";
      await withDeps(config, async (deps) =>
        assert.equal((await findTokenRecord(deps, token))?.role, "metrics"),
      );
      await assert.rejects(
        run("key create", { role: "metrics", principal: "x" }),
        /--role must be one of admin, writer, reader$/,
      );
      await assert.rejects(run("user add", { role: "metrics", name: "X" }, ["x"]), /--role must be one of/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await schema?.drop();
    }
  });

  it("are created through the admin API, which refuses the role for access keys and people", async () => {
    const created = await h.request({
      method: "POST",
      url: "/incidentd/v1/tokens",
      token: h.tokens.admin,
      payload: { name: "prom", role: "metrics", principal: "prometheus" },
    });
    assert.equal(created.statusCode, 200, created.body);
    assert.equal(created.json().data.role, "metrics");
    const key = await h.request({
      method: "POST",
      url: "/incidentd/v1/access-keys",
      token: h.tokens.admin,
      payload: { name: "prom", role: "metrics", principal: "prometheus" },
    });
    assert.equal(key.statusCode, 400, key.body);
    assert.match(key.json().error_msg, /role/);
    const added = await h.request({
      method: "POST",
      url: "/incidentd/v1/users",
      token: h.tokens.admin,
      payload: { id: "prom", display_name: "Prom" },
    });
    assert.equal(added.statusCode, 200, added.body);
    const user = await h.request({
      method: "PUT",
      url: "/incidentd/v1/users/prom/role",
      token: h.tokens.admin,
      payload: { role: "metrics" },
    });
    assert.equal(user.statusCode, 400, user.body);
    assert.match(user.json().error_msg, /role/);
  });
});
