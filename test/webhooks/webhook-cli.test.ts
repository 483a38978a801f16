import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { COMMANDS } from "../../src/cli/commands.ts";
import { testConfig } from "../../testkit/harness.ts";
import { createTestSchema, ENGINE } from "../../testkit/test-database.ts";

describe("incidentd webhook add | list | remove", () => {
  it("adds a subscription showing its secret once, lists it without the secret, removes it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "incidentd-webhook-cli-"));
    const schema = ENGINE === "postgres" ? await createTestSchema() : undefined;
    const config = testConfig({
      dataDir: dir,
      databaseUrl: schema?.url,
      masterKey: randomBytes(32).toString("hex"),
    });
    const lines: string[] = [];
    const run = (command: string, args: string[], flags: Record<string, string> = {}) =>
      (COMMANDS[command] ?? assert.fail(command))(config, args, { project: "p", ...flags }, (l) =>
        lines.push(l),
      );
    try {
      await run("project create", [], { id: "p" });
      await run("webhook add", ["https://hooks.example.com/incidents"], {
        events: "incident.created,incident.closed",
        description: "pager",
      });
      const secret = lines.find((l) => l.startsWith("whsec_"));
      assert.ok(secret, lines.join("\n"));
      const id = /added webhook (wh_[0-9a-f]+)/.exec(lines.join("\n"))?.[1] ?? assert.fail(lines.join("\n"));
      lines.length = 0;
      await run("webhook list", []);
      assert.deepEqual(lines, [
        `${id}\tstandard\thttps://hooks.example.com/incidents\tincident.created,incident.closed\tenabled`,
      ]);
      await assert.rejects(run("webhook add", ["http://169.254.169.254/"]), /cloud metadata address/);
      await assert.rejects(
        run("webhook add", ["https://x.example/"], { kind: "pager" }),
        /--kind must be one of/,
      );
      await assert.rejects(
        run("webhook add", ["https://x.example/"], { events: "incident.exploded" }),
        /unknown event incident.exploded/,
      );
      lines.length = 0;
      await run("webhook remove", [id]);
      await run("webhook list", []);
      assert.deepEqual(lines, [`removed webhook ${id}`]);
    } finally {
      await schema?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
