import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { afterEach, describe, it } from "node:test";
import { findTokenRecord } from "../../src/auth/token.service.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createDeps } from "../../src/deps.ts";
import { bootstrap, createFirstStartAdmin } from "../../src/projects/bootstrap.ts";
import { listProjects } from "../../src/projects/project.service.ts";
import { TestClock, testConfig } from "../../testkit/harness.ts";
import { openTestDatabase } from "../../testkit/test-database.ts";

describe("bootstrap", () => {
  const opened: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of opened.splice(0)) await close();
  });

  async function freshDeps(bootstrapEnv: Partial<ReturnType<typeof testConfig>["bootstrap"]> = {}) {
    const config = testConfig();
    config.bootstrap = bootstrapEnv;
    const { db, close } = await openTestDatabase();
    opened.push(close);
    await migrateToLatest(db);
    return createDeps(config, db, new TestClock(), randomBytes(32));
  }

  it("on a first start without settings creates a project and an admin token, once", async () => {
    const deps = await freshDeps();
    assert.deepEqual(await bootstrap(deps), { messages: [] }, "no settings: nothing before listening");
    const first = await createFirstStartAdmin(deps);
    assert.ok(first);
    const record = await findTokenRecord(deps, first.token);
    assert.equal(record?.role, "admin");
    assert.equal(record?.projectId, first.projectId);
    assert.equal(await createFirstStartAdmin(deps), undefined);
    assert.equal((await listProjects(deps.db)).length, 1);
  });

  it("creates the configured project and admin token idempotently", async () => {
    const token = "ci-bootstrap-token-0123456789";
    const deps = await freshDeps({ projectId: "ci", token });
    await bootstrap(deps);
    await bootstrap(deps);
    assert.equal(await createFirstStartAdmin(deps), undefined, "settings given: no generated token");
    assert.deepEqual(
      (await listProjects(deps.db)).map((p) => p.id),
      ["ci"],
    );
    const record = await findTokenRecord(deps, token);
    assert.equal(record?.projectId, "ci");
    assert.equal(record?.role, "admin");
    const tokens = await deps.db.selectFrom("tokens").selectAll().execute();
    assert.equal(tokens.length, 1);
  });

  it("refuses a bootstrap token shorter than 16 characters", async () => {
    const deps = await freshDeps({ token: "short" });
    await assert.rejects(bootstrap(deps), /at least 16 characters/);
  });

  it("creates the configured admin access key idempotently, with the secret sealed", async () => {
    const deps = await freshDeps({
      accessKey: "BOOTSTRAPAK000000001",
      secretKey: "bootstrap-secret-key-000000000000",
      projectId: "p",
    });
    await bootstrap(deps);
    await bootstrap(deps);
    const rows = await deps.db.selectFrom("access_keys").selectAll().execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.project_id, "p");
    assert.equal(rows[0]?.role, "admin");
    assert.doesNotMatch(JSON.stringify(rows), /bootstrap-secret-key/);
  });

  it("refuses half an access key pair", async () => {
    const deps = await freshDeps({ accessKey: "BOOTSTRAPAK000000001" });
    await assert.rejects(
      bootstrap(deps),
      /set both INCIDENTD_BOOTSTRAP_ACCESS_KEY and INCIDENTD_BOOTSTRAP_SECRET_KEY/,
    );
  });
});
