import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { createAccessKey } from "../../src/auth/aksk/access-key.service.ts";
import { installationKey } from "../../src/auth/aksk/master-key.ts";
import { databaseOptionsFrom, openDatabase } from "../../src/db/database.ts";
import { lockInstallationExclusively } from "../../src/db/installation-lock.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createDeps } from "../../src/deps.ts";
import { backupDatabase } from "../../src/ops/backup.ts";
import { restoreDatabase } from "../../src/ops/restore.ts";
import { ensureProject } from "../../src/projects/project.service.ts";
import { TestClock, testConfig } from "../../testkit/harness.ts";

/** Every entry of a directory with its permission bits, e.g. { "incidentd.db": 0o600 }. */
function modes(dir: string): Record<string, number> {
  const found: Record<string, number> = { ".": statSync(dir).mode & 0o777 };
  for (const name of readdirSync(dir)) found[name] = statSync(path.join(dir, name)).mode & 0o777;
  return found;
}

describe("files other local users cannot read", () => {
  let root: string;
  let umask: number;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), "incidentd-modes-"));
    umask = process.umask(0);
  });
  after(() => {
    process.umask(umask);
    rmSync(root, { recursive: true, force: true });
  });

  it("creates the data directory 0700 and the database, WAL, lock, key and backup 0600 under umask 000", async () => {
    const config = testConfig({ dataDir: path.join(root, "live", "data"), databaseUrl: undefined });
    const db = openDatabase(databaseOptionsFrom(config));
    const backup = path.join(root, "backup.db");
    try {
      await migrateToLatest(db);
      const deps = createDeps(config, db, new TestClock(), await installationKey(config, db));
      const { project } = await ensureProject(deps, "p");
      // Attachments, like every other record, live in the database file itself.
      await createAccessKey(deps, project.id, { name: "k", role: "admin", principal: "ops" });
      assert.deepEqual(modes(config.dataDir), {
        ".": 0o700,
        "incidentd.db": 0o600,
        "incidentd.db-wal": 0o600,
        "incidentd.db-shm": 0o600,
        "incidentd.lock": 0o600,
        "master.key": 0o600,
      });
      assert.equal(statSync(path.join(root, "live")).mode & 0o777, 0o700, "created parents too");
      const request = { database: path.join(config.dataDir, "incidentd.db"), synchronous: "FULL" as const };
      await backupDatabase({ ...request, file: backup, force: false, config });
      assert.equal(statSync(backup).mode & 0o777, 0o600);
    } finally {
      await db.destroy();
    }

    chmodSync(backup, 0o644);
    const target = testConfig({ dataDir: path.join(root, "restored"), databaseUrl: undefined });
    const database = path.join(target.dataDir, "incidentd.db");
    await restoreDatabase({ file: backup, database, synchronous: "FULL", force: false, config: target });
    assert.deepEqual(modes(target.dataDir), {
      ".": 0o700,
      "incidentd.db": 0o600,
      "incidentd.lock": 0o600,
      "master.key": 0o600,
    });
  });

  it("tightens a database an older version left readable by others", async () => {
    const config = testConfig({ dataDir: path.join(root, "restored"), databaseUrl: undefined });
    chmodSync(path.join(config.dataDir, "incidentd.db"), 0o644);
    const db = openDatabase(databaseOptionsFrom(config));
    await db.destroy();
    assert.equal(statSync(path.join(config.dataDir, "incidentd.db")).mode & 0o777, 0o600);
  });
});

describe("the installation lock", () => {
  it("refuses an exclusive lock while the database is open, and grants it once closed", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "incidentd-lock-"));
    try {
      const config = testConfig({ dataDir, databaseUrl: undefined });
      const db = openDatabase(databaseOptionsFrom(config));
      await migrateToLatest(db);
      assert.throws(
        () => lockInstallationExclusively(dataDir, "refusing to restore"),
        /refusing to restore: another incidentd process has the database in .* open\. Stop the server/,
      );
      await db.destroy();
      lockInstallationExclusively(dataDir, "refusing to restore").release();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
