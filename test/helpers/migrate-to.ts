import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp } from "../../src/app.ts";
import { issueToken } from "../../src/auth/token.service.ts";
import { openDatabase, sqlitePathFor } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createDeps } from "../../src/deps.ts";
import type { App } from "../../src/http/app-types.ts";
import { migrateToPostgres } from "../../src/ops/migrate-to.ts";
import { createProject } from "../../src/projects/project.service.ts";
import { TestClock, testConfig } from "../../testkit/harness.ts";
import { createTestSchema } from "../../testkit/test-database.ts";

export interface MigrationSteps {
  /** Fills the SQLite installation (project `p`, an admin `token`) through its app. */
  fill(app: App, token: string): Promise<void>;
  /** Checks the PostgreSQL installation after `incidentd migrate-to`; `rows` = rows copied per table. */
  check(app: App, token: string, rows: Record<string, number>): Promise<void>;
}

/**
 * A SQLite installation filled through its app, moved to a fresh PostgreSQL schema with migrate-to, then
 * served from PostgreSQL by a new app on the same clock. Needs DATABASE_URL; cleans up either way.
 */
export async function afterMigrationToPostgres(steps: MigrationSteps): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "incidentd-migrate-"));
  const target = await createTestSchema();
  const clock = new TestClock();
  try {
    const source = openDatabase({ engine: "sqlite", path: sqlitePathFor(dir), synchronous: "FULL" });
    await migrateToLatest(source);
    const deps = createDeps(testConfig({ dataDir: dir }), source, clock);
    await createProject(deps, { id: "p" });
    const { token } = await issueToken(deps, "p", { name: "a", role: "admin", principal: "u" });
    const sqliteApp = await buildApp(deps);
    try {
      await steps.fill(sqliteApp, token);
    } finally {
      await sqliteApp.close();
      await source.destroy();
    }
    const counts = await migrateToPostgres({
      database: sqlitePathFor(dir),
      synchronous: "FULL",
      targetUrl: target.url,
    });
    const rows = Object.fromEntries(counts.map((c) => [c.table, c.rows]));
    const pgDb = openDatabase({ engine: "postgres", url: target.url, poolSize: 2 });
    // The PostgreSQL installation is given the SQLite installation's master key, as docs/storage.md says.
    const keyFile = path.join(dir, "master.key");
    const masterKey = existsSync(keyFile) ? readFileSync(keyFile, "utf8").trim() : undefined;
    const pgConfig = testConfig({ databaseUrl: target.url, masterKey });
    const pgApp = await buildApp(createDeps(pgConfig, pgDb, clock));
    try {
      await steps.check(pgApp, token, rows);
    } finally {
      await pgApp.close();
      await pgDb.destroy();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await target.drop();
  }
}
