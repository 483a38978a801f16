import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import type { Config, SqliteSynchronous } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { lockInstallationExclusively } from "../db/installation-lock.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { migrationProvider } from "../db/migrations/index.ts";
import { OpsError } from "./ops-error.ts";
import { installStagedMasterKey, planMasterKey, stageMasterKey } from "./restore-key.ts";
import {
  fsyncDirectory,
  fsyncFile,
  hasSqliteHeader,
  removeSqliteFiles,
  removeWalFiles,
  sameFile,
  tempPathBeside,
} from "./sqlite-file.ts";

export interface RestoreRequest {
  /** A backup (`incidentd backup`) or a copy of a stopped installation's `incidentd.db`. */
  file: string;
  /** The installation's database, `$INCIDENTD_DATA_DIR/incidentd.db`. */
  database: string;
  synchronous: SqliteSynchronous;
  force: boolean;
  /** The data directory (master.key) and INCIDENTD_MASTER_KEY. */
  config: Config;
  /** Opens a master key the backup carries protected by a passphrase. */
  passphrase?: string;
}

export interface RestoreReport {
  file: string;
  database: string;
  replaced: boolean;
  incidents: number;
  migrationsApplied: string[];
  masterKey: string;
}

/**
 * Puts a backup in place of the installation's database: checked first, copied beside the target, flushed
 * and renamed, so the target is at every moment either the old database or the complete new one.
 */
export async function restoreDatabase(request: RestoreRequest): Promise<RestoreReport> {
  const file = path.resolve(request.file);
  const { database } = request;
  if (!fs.existsSync(file)) throw new OpsError(`${file} does not exist`);
  if (sameFile(file, database)) throw new OpsError(`${file} is the installation's database itself`);
  const replaced = fs.existsSync(database);
  if (replaced && !request.force) {
    throw new OpsError(
      `${database} already exists. Stop the server first, then run restore again with --force to replace ` +
        "that database (back it up first if you may need it)",
    );
  }
  if (!hasSqliteHeader(file))
    throw new OpsError(`${file} is not a SQLite database, hence not an incidentd backup`);

  fs.mkdirSync(path.dirname(database), { recursive: true, mode: 0o700 });
  // Even with --force: a process with the database open would keep writing to the replaced file, and
  // what it acknowledged would be lost. Held to the end, so nothing opens the installation meanwhile.
  const lock = lockInstallationExclusively(path.dirname(database), "refusing to restore");
  const temp = tempPathBeside(database, "restoring");
  let stagedKey: string | undefined;
  try {
    // Checks run on the private copy: the backup itself is never opened, so nothing is written beside it.
    fs.copyFileSync(file, temp);
    // The copy takes the backup's mode; the installation's database is 0600 whatever the backup's was.
    fs.chmodSync(temp, 0o600);
    const incidents = checkIncidentdDatabase(
      temp,
      file,
      Object.keys(await migrationProvider.getMigrations()),
    );
    const key = planMasterKey(temp, file, request.config, request.passphrase);
    fsyncFile(temp);
    if (key.install) stagedKey = stageMasterKey(path.dirname(database), key.install);
    // The old database's WAL must not be replayed onto the new file. Removing it first is safe: a crash
    // before the rename leaves the old database as of its last checkpoint, which --force gave away anyway.
    removeWalFiles(database);
    fs.renameSync(temp, database);
    // Between these renames a crash leaves the new database with the old key: the server then refuses
    // to start (the key does not open the secrets) and running restore again finishes the job.
    if (stagedKey) installStagedMasterKey(stagedKey, path.dirname(database));
    stagedKey = undefined;
    fsyncDirectory(path.dirname(database));
    const db = openDatabase({ engine: "sqlite", path: database, synchronous: request.synchronous });
    try {
      const migrationsApplied = await migrateToLatest(db);
      return { file, database, replaced, incidents, migrationsApplied, masterKey: key.note };
    } finally {
      await db.destroy();
    }
  } finally {
    removeSqliteFiles(temp);
    if (stagedKey) fs.rmSync(stagedKey, { force: true });
    lock.release();
  }
}

/** Integrity check, incidentd's tables, and a schema this version knows; answers the incident count. */
function checkIncidentdDatabase(copy: string, shownAs: string, knownMigrations: string[]): number {
  let db: SqliteDatabase.Database | undefined;
  try {
    db = new SqliteDatabase(copy);
    const problems = db.pragma("integrity_check") as Array<{ integrity_check: string }>;
    if (problems.length !== 1 || problems[0]?.integrity_check !== "ok") {
      const details = problems.slice(0, 5).map((p) => p.integrity_check);
      throw new OpsError(`${shownAs} fails SQLite's integrity check: ${details.join("; ")}`);
    }
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>
      ).map((t) => t.name),
    );
    const missing = ["kysely_migration", "incidents"].filter((t) => !tables.has(t));
    if (missing.length > 0) {
      throw new OpsError(
        `${shownAs} is a SQLite database but not an incidentd one (no ${missing.join(", ")} table)`,
      );
    }
    const applied = db.prepare("SELECT name FROM kysely_migration").all() as Array<{ name: string }>;
    const unknown = applied.map((m) => m.name).filter((name) => !knownMigrations.includes(name));
    if (unknown.length > 0) {
      throw new OpsError(
        `${shownAs} was written by a newer incidentd (unknown migrations: ${unknown.join(", ")}); upgrade first`,
      );
    }
    return (db.prepare("SELECT count(*) AS n FROM incidents").get() as { n: number }).n;
  } catch (error) {
    if (error instanceof OpsError) throw error;
    // A file with a valid header can still be damaged beyond opening (SQLITE_CORRUPT, SQLITE_NOTADB).
    throw new OpsError(`${shownAs} is not a usable SQLite database: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    db?.close();
  }
}
