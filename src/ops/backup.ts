import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { keyOpens } from "../auth/aksk/master-key.ts";
import { type FoundMasterKey, findMasterKey } from "../auth/aksk/secret-box.ts";
import type { Config, SqliteSynchronous } from "../config.ts";
import { openSqlite } from "../db/database.ts";
import { shareInstallation } from "../db/installation-lock.ts";
import { writeBackupKey } from "./backup-key.ts";
import { OpsError } from "./ops-error.ts";
import { fsyncDirectory, fsyncFile, removeSqliteFiles, sameFile, tempPathBeside } from "./sqlite-file.ts";

export interface BackupRequest {
  /** The live database, `$INCIDENTD_DATA_DIR/incidentd.db`. */
  database: string;
  synchronous: SqliteSynchronous;
  /** Where the backup goes. */
  file: string;
  force: boolean;
  /** Where the master key comes from: INCIDENTD_MASTER_KEY or the data directory's master.key. */
  config: Config;
  /** Wraps the master key in the backup (scrypt + AES-256-GCM); without it the key is stored as is. */
  passphrase?: string;
}

export interface BackupReport {
  file: string;
  bytes: number;
  incidents: number;
  /** What the backup says about the master key, one line for the operator. */
  masterKey: string;
}

/**
 * Copies the live database with SQLite's online backup API into `file`: a consistent snapshot, taken
 * while the server keeps reading and writing, written under a temporary name and renamed when complete.
 */
export async function backupDatabase(request: BackupRequest): Promise<BackupReport> {
  const file = path.resolve(request.file);
  if (!fs.existsSync(request.database))
    throw new OpsError(`there is no database to back up at ${request.database}`);
  if (sameFile(file, request.database)) throw new OpsError(`${file} is the live database itself`);
  if (fs.existsSync(file) && !request.force) {
    throw new OpsError(`${file} already exists; pass --force to overwrite it`);
  }
  if (!fs.existsSync(path.dirname(file)))
    throw new OpsError(`directory ${path.dirname(file)} does not exist`);

  const temp = tempPathBeside(file, "incomplete");
  // Created 0600 before SQLite opens it, whatever the umask: SQLite keeps an existing file's mode and gives
  // its journal the same one. The backup holds the master key and every sealed secret.
  fs.writeFileSync(temp, "", { mode: 0o600, flag: "wx" });
  try {
    // Held while reading: a restore cannot swap the database out from under the copy.
    const lock = shareInstallation(path.dirname(request.database));
    const live = openSqlite(request.database, request.synchronous);
    try {
      // All pages in one step, i.e. inside one read transaction: in WAL mode writers carry on meanwhile,
      // whereas small steps restart from scratch whenever the server commits in between.
      await live.backup(temp, { progress: ({ totalPages }) => totalPages });
    } finally {
      live.close();
      lock.release();
    }
    const { incidents, masterKey } = finishBackupFile(
      temp,
      findMasterKey(request.config),
      request.passphrase,
    );
    fsyncFile(temp);
    fs.renameSync(temp, file);
    fsyncDirectory(path.dirname(file));
    return { file, bytes: fs.statSync(file).size, incidents, masterKey };
  } finally {
    removeSqliteFiles(temp);
  }
}

/**
 * The copy inherits WAL mode from the live database; switching it to a rollback journal makes the backup
 * one self-contained file that opens (even read-only) without `-wal`/`-shm` files appearing beside it.
 * The master key goes in too, so that the backup restores on a machine that never had it.
 */
function finishBackupFile(
  file: string,
  key: FoundMasterKey | undefined,
  passphrase: string | undefined,
): { incidents: number; masterKey: string } {
  const copy = new SqliteDatabase(file);
  try {
    copy.pragma("journal_mode = DELETE");
    const row = copy.prepare("SELECT count(*) AS n FROM incidents").get() as { n: number };
    const sealed = copy.prepare("SELECT secret_sealed FROM access_keys LIMIT 1").get() as
      | { secret_sealed: string }
      | undefined;
    if (!key) {
      const masterKey = sealed
        ? "warning: the database holds access keys but no master key was found (INCIDENTD_MASTER_KEY or " +
          "master.key); their secret keys cannot be used after a restore without the original key"
        : "master key: none yet (no access keys)";
      return { incidents: row.n, masterKey };
    }
    writeBackupKey(copy, key.key, passphrase);
    let masterKey = passphrase
      ? `master key: included, protected by the passphrase (restore asks for it)`
      : "master key: included without a passphrase; keep the backup as secret as the key (or use --passphrase-stdin)";
    if (sealed && !keyOpens(key.key, sealed.secret_sealed))
      masterKey += `; warning: the key from ${key.source} does not open the access keys in this database`;
    return { incidents: row.n, masterKey };
  } finally {
    copy.close();
  }
}
