import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { COMMANDS } from "../../src/cli/commands.ts";
import { withDeps } from "../../src/cli/context.ts";
import { authenticateFeed } from "../../src/oncall/oncall-feed.service.ts";
import { testConfig } from "../../testkit/harness.ts";
import { createTestSchema, ENGINE } from "../../testkit/test-database.ts";
import { PEOPLE, sceneDocument } from "./feed-helpers.ts";

describe("incidentd oncall put | get | list | who | shifts | override | participant | feed", () => {
  it("stores a scene from a file, answers who is on call and shifts, adds overrides, manages feeds", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "incidentd-oncall-cli-"));
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
    const output = async (command: string, args: string[], flags: Record<string, string> = {}) => {
      lines.length = 0;
      await run(command, args, flags);
      return [...lines];
    };
    try {
      await run("project create", [], { id: "p" });
      for (const id of PEOPLE) await run("user add", [id], { name: id.toUpperCase() });
      const file = path.join(dir, "scene.json");
      writeFileSync(file, JSON.stringify(sceneDocument()));
      assert.deepEqual(await output("oncall put", ["app-ops"], { file }), [
        'stored on-call scene app-ops ("Application operations") version 1 in project p',
      ]);
      assert.deepEqual(JSON.parse((await output("oncall get", ["app-ops"])).join("\n")), sceneDocument());
      assert.deepEqual(await output("oncall list", []), ["app-ops\tApplication operations"]);

      assert.deepEqual(
        await output("oncall who", ["app-ops", "primary"], { at: "2024-01-02T12:00:00+01:00" }),
        ["bob\tBOB\t2024-01-02T08:00:00.000Z\t2024-01-03T08:00:00.000Z\trotation"],
      );
      assert.deepEqual(await output("oncall who", ["app-ops", "secondary"], { at: "2024-01-06T12:00:00Z" }), [
        "nobody is on call for app-ops/secondary at 2024-01-06T12:00:00.000Z",
      ]);
      assert.deepEqual(
        await output("oncall shifts", ["ann"], { from: "2024-01-01T00:00:00Z", to: "2024-01-08T00:00:00Z" }),
        [
          "app-ops\tprimary\t2024-01-01T08:00:00.000Z\t2024-01-02T08:00:00.000Z\trotation",
          "app-ops\tprimary\t2024-01-04T08:00:00.000Z\t2024-01-05T08:00:00.000Z\trotation",
          "app-ops\tprimary\t2024-01-07T08:00:00.000Z\t2024-01-08T00:00:00.000Z\trotation",
        ],
      );

      const override = {
        role: "primary",
        user: "dan",
        start: "2024-01-02T10:00:00Z",
        end: "2024-01-02T11:00:00Z",
      };
      assert.deepEqual(await output("oncall override", ["app-ops"], override), [
        "added override 1 to app-ops: dan on call for primary from 2024-01-02T10:00:00Z to 2024-01-02T11:00:00Z (version 2)",
      ]);
      assert.match(
        (await output("oncall who", ["app-ops", "primary"], { at: "2024-01-02T10:30:00Z" }))[0] ?? "",
        /^dan\tDAN\t.*\toverride$/,
      );
      await assert.rejects(
        run("oncall override", ["app-ops"], { ...override, user: "zed" }),
        /zed is not a user/,
      );
      await assert.rejects(run("oncall override", ["app-ops"], { role: "primary" }), /--user is required/);

      assert.deepEqual(
        await output("oncall participant", ["add", "app-ops", "primary"], { user: "dan", position: "0" }),
        ["app-ops/primary rotation 0: dan, ann, bob, cho (version 3)"],
      );
      assert.deepEqual(
        await output("oncall participant", ["remove", "app-ops", "primary"], { user: "bob" }),
        ["app-ops/primary rotation 0: dan, ann, cho (version 4)"],
      );
      await assert.rejects(
        run("oncall participant", ["add", "app-ops", "primary"], { user: "ann", rotation: "1" }),
        /index: no rotation 1 in role primary/,
      );
      await assert.rejects(
        run("oncall participant", ["add", "app-ops", "primary"], { user: "ann" }),
        /already a participant/,
      );
      await assert.rejects(
        run("oncall participant", ["add", "app-ops", "primary"], { user: "ann", position: "-1" }),
        /--position must be a 0-based index/,
      );
      assert.deepEqual(await output("oncall override", ["app-ops"], { remove: "0" }), [
        "removed override 0 from app-ops (version 5)",
      ]);
      const overrides = JSON.parse((await output("oncall get", ["app-ops"])).join("\n")).overrides;
      assert.deepEqual(overrides, [
        { role_id: "primary", user_id: "dan", start: override.start, end: override.end },
      ]);

      const created = await output("oncall feed", ["create"], { scene: "app-ops", role: "primary" });
      assert.match(
        created[0] ?? "",
        /^created on-call feed (feed_[0-9a-f]{32}) \("app-ops\/primary"\) in project p$/,
      );
      const id = /feed_[0-9a-f]{32}/.exec(created[0] ?? "")?.[0] ?? assert.fail(created.join("\n"));
      const url = created[2] ?? "";
      const token =
        /^\/incidentd\/v1\/oncall\/feeds\/(idf_[0-9a-f]{64})\.ics$/.exec(url)?.[1] ?? assert.fail(url);
      assert.equal((await withDeps(config, (deps) => authenticateFeed(deps, token))).id, id);
      await run("oncall feed", ["create"], { user: "ann", name: "Ann's pager" });
      const listed = await output("oncall feed", ["list"]);
      assert.equal(listed.length, 2);
      assert.match(
        listed[0] ?? "",
        new RegExp(`^${id}\trole app-ops/primary\tapp-ops/primary\tcreated \\S+\trevoked -$`),
      );
      assert.match(listed[1] ?? "", /^feed_[0-9a-f]{32}\tuser ann\tAnn's pager\t/);
      assert.ok(!listed.join("\n").includes(token.slice(4)), "the list shows no secret");

      assert.deepEqual(await output("oncall feed", ["revoke", id]), [`revoked on-call feed ${id}`]);
      assert.match((await output("oncall feed", ["list"]))[0] ?? "", /\trevoked 20\d\d-/);
      await assert.rejects(
        withDeps(config, (deps) => authenticateFeed(deps, token)),
        /on-call feed not found/,
      );

      await assert.rejects(
        run("oncall feed", ["create"], { scene: "app-ops" }),
        /give --user USER_ID, or --scene/,
      );
      await assert.rejects(
        run("oncall feed", ["create"], { scene: "app-ops", role: "boss" }),
        /role_id: no role boss/,
      );
      await assert.rejects(run("oncall feed", ["explode"]), /unknown command: oncall feed explode/);
      await assert.rejects(run("oncall who", ["app-ops"]), /missing role id/);
      await assert.rejects(
        run("oncall who", ["app-ops", "primary"], { at: "noon" }),
        /--at must be an ISO-8601/,
      );
      writeFileSync(file, JSON.stringify({ ...sceneDocument(), roles: "none" }));
      await assert.rejects(run("oncall put", ["app-ops"], { file }), /scene\.json: roles: /);
      writeFileSync(file, "{");
      await assert.rejects(run("oncall put", ["app-ops"], { file }), /cannot read .* as JSON/);
      await assert.rejects(run("oncall get", ["nope"]), /on-call scene not found: nope/);
    } finally {
      await schema?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
