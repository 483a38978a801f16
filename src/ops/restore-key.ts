import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { keyOpens } from "../auth/aksk/master-key.ts";
import { findMasterKey, masterKeyFile, parseMasterKey } from "../auth/aksk/secret-box.ts";
import type { Config } from "../config.ts";
import { takeBackupKey } from "./backup-key.ts";
import { OpsError } from "./ops-error.ts";
import { fsyncFile, tempPathBeside } from "./sqlite-file.ts";

export interface MasterKeyPlan {
  /** A key to write as the data directory's master.key once the database is in place. */
  install?: Buffer;
  /** One line for the operator. */
  note: string;
}

/**
 * Decides, on the private copy of a backup, which master key the restored database will use, and
 * refuses (before anything changes) when its sealed secrets would be unusable. Removes the carried key
 * from the copy. Never makes up a key: a new one would open none of the backup's secrets.
 */
export function planMasterKey(
  copyFile: string,
  shownAs: string,
  config: Config,
  passphrase: string | undefined,
): MasterKeyPlan {
  const copy = new SqliteDatabase(copyFile);
  try {
    // The carried key's old pages are overwritten (secure_delete) and never reach a journal on disk.
    copy.pragma("journal_mode = MEMORY");
    const carried = takeBackupKey(copy, shownAs);
    const sealed = copy.prepare("SELECT secret_sealed FROM access_keys LIMIT 1").get() as
      | { secret_sealed: string }
      | undefined;
    const file = masterKeyFile(config.dataDir);
    if (carried) {
      const key = carried.open(passphrase);
      if (config.masterKey) {
        if (!parseMasterKey(config.masterKey, "INCIDENTD_MASTER_KEY").equals(key)) {
          throw new OpsError(
            `INCIDENTD_MASTER_KEY is set to another key than the master key ${shownAs} carries: unset it, so ` +
              `that restore installs the backup's key as ${file}, or set it to the original installation's key`,
          );
        }
        return { note: "master key: the backup's key, which INCIDENTD_MASTER_KEY already holds" };
      }
      return { install: key, note: `master key: the backup's key, installed as ${file}` };
    }
    if (!sealed) return { note: "master key: none in the backup, and none needed (no access keys)" };
    const found = findMasterKey(config);
    const supply =
      `Copy the original installation's master.key into ${config.dataDir} (mode 0600) or set ` +
      "INCIDENTD_MASTER_KEY to its contents, then run restore again";
    if (!found) {
      throw new OpsError(
        `${shownAs} holds access keys whose secret keys are sealed with the original installation's master ` +
          `key, and does not carry that key (a backup made by an older incidentd). ${supply}`,
      );
    }
    if (!keyOpens(found.key, sealed.secret_sealed)) {
      throw new OpsError(
        `${shownAs} holds access keys sealed with another master key than the one from ${found.source}, ` +
          `and does not carry its own. ${supply}`,
      );
    }
    return { note: `master key: ${found.source}, which opens the backup's access keys` };
  } finally {
    copy.close();
  }
}

/** Writes the key beside master.key (0600, flushed); the caller renames it into place. */
export function stageMasterKey(dataDir: string, key: Buffer): string {
  const temp = tempPathBeside(masterKeyFile(dataDir), "restoring");
  fs.writeFileSync(temp, key.toString("hex"), { mode: 0o600, flag: "wx" });
  fsyncFile(temp);
  return temp;
}

export function installStagedMasterKey(staged: string, dataDir: string): void {
  fs.renameSync(staged, path.join(dataDir, path.basename(masterKeyFile(dataDir))));
}
