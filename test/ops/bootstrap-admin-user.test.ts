import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { afterEach, describe, it } from "node:test";
import { signIn } from "../../src/auth/sessions/session.service.ts";
import { findTokenRecord } from "../../src/auth/token.service.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createDeps, type Deps } from "../../src/deps.ts";
import { bootstrap, createFirstStartAdmin } from "../../src/projects/bootstrap.ts";
import { TestClock, testConfig } from "../../testkit/harness.ts";
import { openTestDatabase } from "../../testkit/test-database.ts";

const source = "127.0.0.1";

describe("the bootstrap admin user", () => {
  const opened: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of opened.splice(0)) await close();
  });

  async function freshDeps(bootstrapEnv: ReturnType<typeof testConfig>["bootstrap"] = {}) {
    const config = testConfig();
    config.bootstrap = bootstrapEnv;
    const { db, close } = await openTestDatabase();
    opened.push(close);
    await migrateToLatest(db);
    return createDeps(config, db, new TestClock(), randomBytes(32));
  }

  const signsIn = async (deps: Deps, userId: string, password: string) =>
    (await signIn(deps, { userId, password, source })).session;

  it("is created on a first start with a one-time password, an admin like the token", async () => {
    const deps = await freshDeps();
    const first = await createFirstStartAdmin(deps);
    assert.ok(first);
    assert.equal(first.user, "admin");
    assert.match(first.password, /^[A-Za-z0-9_-]{24}$/);
    const session = await signsIn(deps, "admin", first.password);
    assert.deepEqual(
      [session.role, session.projectId, session.name],
      ["admin", first.projectId, "Administrator"],
    );
    assert.equal((await findTokenRecord(deps, first.token))?.principal, "admin");
    const stored = await deps.db.selectFrom("user_logins").selectAll().execute();
    assert.ok(!JSON.stringify(stored).includes(first.password), "only a hash of the password is stored");
  });

  it("takes its id from INCIDENTD_BOOTSTRAP_ADMIN_USER", async () => {
    const deps = await freshDeps({ adminUser: "root" });
    assert.deepEqual(await bootstrap(deps), { messages: [] });
    const first = await createFirstStartAdmin(deps);
    assert.equal(first?.user, "root");
    assert.equal((await signsIn(deps, "root", first?.password ?? "")).role, "admin");
  });

  it("gets INCIDENTD_BOOTSTRAP_ADMIN_PASSWORD on the first start only", async () => {
    const deps = await freshDeps({ adminUser: "ops", adminPassword: "first-password" });
    const report = await bootstrap(deps);
    assert.ok(report.messages.includes("bootstrap: created the admin user ops of project default"));
    assert.equal(await createFirstStartAdmin(deps), undefined, "settings given: nothing generated");
    assert.equal((await signsIn(deps, "ops", "first-password")).role, "admin");
    deps.config.bootstrap.adminPassword = "another-password";
    assert.deepEqual(await bootstrap(deps), { messages: [] });
    await assert.rejects(signsIn(deps, "ops", "another-password"), /user id or the password is wrong/);
    assert.equal((await signsIn(deps, "ops", "first-password")).userId, "ops");
  });

  it("refuses an INCIDENTD_BOOTSTRAP_ADMIN_PASSWORD shorter than 8 characters", async () => {
    const deps = await freshDeps({ adminPassword: "short" });
    await assert.rejects(bootstrap(deps), /INCIDENTD_BOOTSTRAP_ADMIN_PASSWORD must be at least 8 characters/);
  });
});
