import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config.ts";
import { sqlitePathFor } from "../db/database.ts";
import { OpsError } from "./ops-error.ts";

const SQLITE_HEADER = "SQLite format 3\u0000";

/**
 * The installation's SQLite database file; refuses when DATABASE_URL selects PostgreSQL, whose backups
 * are PostgreSQL's own business (`pg_dump`, docs/storage.md).
 */
export function sqliteDatabaseOf(config: Config, command: string, postgresAdvice: string): string {
  if (config.databaseUrl) {
    throw new OpsError(
      `${command} works on the embedded SQLite database only; this installation uses PostgreSQL ` +
        `(DATABASE_URL is set): ${postgresAdvice} (see docs/storage.md, "Backups and moving to PostgreSQL")`,
    );
  }
  return sqlitePathFor(config.dataDir);
}

export function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.toString("latin1") === SQLITE_HEADER;
  } finally {
    fs.closeSync(fd);
  }
}

/** A name next to `file` that no other run uses, so a half-written file never takes the real name. */
export function tempPathBeside(file: string, purpose: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${purpose}-${randomBytes(6).toString("hex")}`,
  );
}

/** The file's contents reach the disk before it is renamed into place. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A rename is durable only once its directory entry is flushed. */
export function fsyncDirectory(dir: string): void {
  const fd = fs.openSync(dir, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Removes the WAL companions (`-wal`, `-shm`) SQLite may have left next to a database file. */
export function removeWalFiles(file: string): void {
  fs.rmSync(`${file}-wal`, { force: true });
  fs.rmSync(`${file}-shm`, { force: true });
}

export function removeSqliteFiles(file: string): void {
  fs.rmSync(file, { force: true });
  removeWalFiles(file);
}

export function sameFile(a: string, b: string): boolean {
  if (!fs.existsSync(a) || !fs.existsSync(b)) return path.resolve(a) === path.resolve(b);
  return fs.realpathSync(a) === fs.realpathSync(b);
}
