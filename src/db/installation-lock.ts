import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { OpsError } from "../ops/ops-error.ts";

/**
 * Who has a SQLite installation open, told by the operating system: every process that opens it holds a
 * SHARED lock on `incidentd.lock` in the data directory, and `restore` needs an EXCLUSIVE one. These are
 * SQLite's own file locks (fcntl), taken through a small rollback-journal database kept in an open read
 * transaction, so the kernel drops them when a process exits or crashes: a dead server never blocks a
 * restore. SQLite's locks on incidentd.db itself would also show an open connection, but restore renames
 * a new file over that one, and a process opening the old file meanwhile would keep writing to a deleted
 * file; the lock file is never replaced, so it also holds new processes off until the restore is done.
 * Locks are per process: worker threads and further connections of a process share its lock.
 */
export const LOCK_FILE = "incidentd.lock";

export interface InstallationLock {
  release(): void;
}

/** How long an opening process waits for a restore in progress before giving up. */
const WAIT_FOR_RESTORE_MS = 10_000;

function openLockDatabase(dataDir: string): SqliteDatabase.Database {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, LOCK_FILE);
  // Created 0600 up front; never opened with fs once it exists, because closing any descriptor of a file
  // drops all of the process's fcntl locks on it.
  if (!fs.existsSync(file)) {
    try {
      fs.writeFileSync(file, "", { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return new SqliteDatabase(file);
}

const isBusy = (error: unknown) => (error as { code?: string }).code?.startsWith("SQLITE_BUSY") === true;

/** Taken by every process that opens the installation's database; released when it closes (or dies). */
export function shareInstallation(dataDir: string): InstallationLock {
  const lock = openLockDatabase(dataDir);
  try {
    lock.pragma(`busy_timeout = ${WAIT_FOR_RESTORE_MS}`);
    lock.exec("BEGIN");
    lock.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch (error) {
    lock.close();
    if (!isBusy(error)) throw error;
    throw new OpsError(
      `a restore is replacing the database in ${dataDir} (it holds ${LOCK_FILE}); start again once it has finished`,
    );
  }
  return { release: () => lock.close() };
}

/**
 * Taken by restore: refuses at once while any other process (a server, a CLI command, a backup) has the
 * installation open, naming the processes it can see and how to stop them.
 */
export function lockInstallationExclusively(dataDir: string, refusal: string): InstallationLock {
  const lock = openLockDatabase(dataDir);
  try {
    lock.pragma("busy_timeout = 0");
    lock.exec("BEGIN EXCLUSIVE");
  } catch (error) {
    lock.close();
    if (!isBusy(error)) throw error;
    const pids = processesHolding(path.join(dataDir, LOCK_FILE));
    const who = pids.length ? ` (pid ${pids.join(", ")})` : "";
    throw new OpsError(
      `${refusal}: another incidentd process${who} has the database in ${dataDir} open. Stop the server ` +
        `(e.g. \`systemctl stop incidentd\`, or \`kill ${pids[0] ?? "<pid>"}\`, which shuts it down cleanly) ` +
        "and wait for running incidentd commands to finish, then run restore again. Nothing was changed",
    );
  }
  return {
    release: () => {
      lock.exec("ROLLBACK");
      lock.close();
    },
  };
}

/** Linux only, best effort: the processes (of this user) with the lock file open, read from /proc. */
function processesHolding(lockFile: string): number[] {
  const pids: number[] = [];
  let entries: string[];
  let file: string;
  try {
    file = fs.realpathSync(lockFile);
    entries = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  } catch {
    return pids;
  }
  for (const pid of entries) {
    try {
      const fds = fs.readdirSync(`/proc/${pid}/fd`);
      if (fds.some((fd) => safeReadlink(`/proc/${pid}/fd/${fd}`) === file)) pids.push(Number(pid));
    } catch {
      // Another user's process, or one that just exited.
    }
  }
  return pids;
}

function safeReadlink(link: string): string | undefined {
  try {
    return fs.readlinkSync(link);
  } catch {
    return undefined;
  }
}
