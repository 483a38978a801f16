import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { findAccessKey } from "../../src/auth/aksk/access-key.repository.ts";
import { findTokenRecord } from "../../src/auth/token.service.ts";
import { COMMANDS } from "../../src/cli/commands.ts";
import { withDeps } from "../../src/cli/context.ts";
import { testConfig } from "../../testkit/harness.ts";
import { createTestSchema, ENGINE } from "../../testkit/test-database.ts";

describe("token create / key create --act-as-others (CLI)", () => {
  it("grants the permission only when asked, and lists it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "incidentd-relay-"));
    const schema = ENGINE === "postgres" ? await createTestSchema() : undefined;
    const config = testConfig({
      dataDir: dir,
      databaseUrl: schema?.url,
      masterKey: randomBytes(32).toString("hex"),
    });
    const lines: string[] = [];
    const run = (command: string, flags: Record<string, string>) =>
      (COMMANDS[command] ?? assert.fail(command))(config, [], { project: "p", ...flags }, (l) =>
        lines.push(l),
      );
    try {
      await run("project create", { id: "p" });
      await run("token create", { role: "writer", principal: "relay-bot", "act-as-others": "true" });
      await run("token create", { role: "writer", principal: "person" });
      await run("key create", { role: "writer", principal: "relay-ak", "act-as-others": "true" });
      await run("key create", { role: "writer", principal: "person-ak" });
      const created = lines.join("\n");
      assert.match(created, /acting as relay-bot \(may act as other users in strict mode\)/);
      assert.match(created, /acting as person\n/);
      const [relayToken, personToken] = lines.filter((l) => l.startsWith("idt_"));
      const [relayKey, personKey] = lines.filter((l) => l.startsWith("AK ")).map((l) => l.slice(3));
      await withDeps(config, async (deps) => {
        assert.equal((await findTokenRecord(deps, relayToken ?? ""))?.actAsOthers, true);
        assert.equal((await findTokenRecord(deps, personToken ?? ""))?.actAsOthers, false);
        assert.equal((await findAccessKey(deps.db, relayKey ?? ""))?.actAsOthers, true);
        assert.equal((await findAccessKey(deps.db, personKey ?? ""))?.actAsOthers, false);
      });
      lines.length = 0;
      await run("token list", {});
      await run("key list", {});
      const listed = lines.map((l) => [l.split("\t")[2], l.split("\t").at(-1)]);
      assert.deepEqual(listed, [
        ["relay-bot", "act-as-others"],
        ["person", "own-principal"],
        ["relay-ak", "act-as-others"],
        ["person-ak", "own-principal"],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await schema?.drop();
    }
  });
});
