import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import type { SqliteSynchronous } from "../config.ts";
import { openSqlite } from "../db/database.ts";
import { OpsError } from "./ops-error.ts";
import { fsyncDirectory, fsyncFile, removeSqliteFiles, sameFile, tempPathBeside } from "./sqlite-file.ts";

export interface BackupRequest {
  /** The live database, `$INCIDENTD_DATA_DIR/incidentd.db`. */
  database: string;
  synchronous: SqliteSynchronous;
  /** Where the backup goes. */
  file: string;
  force: boolean;
}

export interface BackupReport {
  file: string;
  bytes: number;
  incidents: number;
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
  try {
    const live = openSqlite(request.database, request.synchronous);
    try {
      // All pages in one step, i.e. inside one read transaction: in WAL mode writers carry on meanwhile,
      // whereas small steps restart from scratch whenever the server commits in between.
      await live.backup(temp, { progress: ({ totalPages }) => totalPages });
    } finally {
      live.close();
    }
    const incidents = finishBackupFile(temp);
    fsyncFile(temp);
    fs.renameSync(temp, file);
    fsyncDirectory(path.dirname(file));
    return { file, bytes: fs.statSync(file).size, incidents };
  } finally {
    removeSqliteFiles(temp);
  }
}

/**
 * The copy inherits WAL mode from the live database; switching it to a rollback journal makes the backup
 * one self-contained file that opens (even read-only) without `-wal`/`-shm` files appearing beside it.
 */
function finishBackupFile(file: string): number {
  const copy = new SqliteDatabase(file);
  try {
    copy.pragma("journal_mode = DELETE");
    const row = copy.prepare("SELECT count(*) AS n FROM incidents").get() as { n: number };
    return row.n;
  } finally {
    copy.close();
  }
}
