import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";
import type SqliteDatabase from "better-sqlite3";
import { OpsError } from "./ops-error.ts";

/**
 * The master key travels inside the backup, in this one-row table, so that a backup restored on a new
 * machine still opens its access keys' secrets. Restore drops the table before the database goes live.
 */
export const BACKUP_KEY_TABLE = "incidentd_backup_key";

/** How an operator gives the passphrase; named in every message that asks for it. */
export const PASSPHRASE_SOURCES =
  "--passphrase-stdin (one line on standard input) or INCIDENTD_BACKUP_PASSPHRASE";

interface BackupKeyRow {
  /** "none": master_key is the key in hex; "scrypt-aes-256-gcm": base64 of iv, tag and wrapped key. */
  protection: string;
  master_key: string;
  salt: string | null;
  scrypt_n: number | null;
  scrypt_r: number | null;
  scrypt_p: number | null;
}

const WRAPPED = "scrypt-aes-256-gcm";
// scrypt at N=2^15, r=8 (32 MiB, a fraction of a second): a stolen backup's passphrase cannot be guessed
// quickly. The parameters are stored with the key, so they can grow without breaking older backups.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
const AAD = Buffer.from("incidentd backup master key v1");

function deriveKey(passphrase: string, salt: Buffer, n: number, r: number, p: number): Buffer {
  return scryptSync(passphrase, salt, 32, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 });
}

/** Writes the key into a backup file being finished (not yet in its final place). */
export function writeBackupKey(copy: SqliteDatabase.Database, key: Buffer, passphrase?: string): void {
  let row: BackupKeyRow;
  if (passphrase === undefined) {
    row = {
      protection: "none",
      master_key: key.toString("hex"),
      salt: null,
      scrypt_n: null,
      scrypt_r: null,
      scrypt_p: null,
    };
  } else {
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const cipher = createCipheriv(
      "aes-256-gcm",
      deriveKey(passphrase, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p),
      iv,
    );
    cipher.setAAD(AAD);
    const body = Buffer.concat([cipher.update(key), cipher.final()]);
    row = {
      protection: WRAPPED,
      master_key: Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64"),
      salt: salt.toString("base64"),
      scrypt_n: SCRYPT.N,
      scrypt_r: SCRYPT.r,
      scrypt_p: SCRYPT.p,
    };
  }
  copy.exec(
    `CREATE TABLE ${BACKUP_KEY_TABLE} (protection TEXT NOT NULL, master_key TEXT NOT NULL, salt TEXT, ` +
      "scrypt_n INTEGER, scrypt_r INTEGER, scrypt_p INTEGER)",
  );
  copy
    .prepare(
      `INSERT INTO ${BACKUP_KEY_TABLE} VALUES (@protection, @master_key, @salt, @scrypt_n, @scrypt_r, @scrypt_p)`,
    )
    .run(row);
}

export interface BackupKey {
  protected: boolean;
  /** Unwraps the key; refuses, naming the flag and the variable, without the right passphrase. */
  open(passphrase: string | undefined): Buffer;
}

/**
 * Reads the key out of a private copy of a backup and removes it from that copy, overwriting its pages
 * (secure_delete), so the database put in place does not hold it. Undefined for a backup without a key.
 */
export function takeBackupKey(copy: SqliteDatabase.Database, shownAs: string): BackupKey | undefined {
  const exists = copy
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(BACKUP_KEY_TABLE);
  if (!exists) return undefined;
  const row = copy.prepare(`SELECT * FROM ${BACKUP_KEY_TABLE}`).get() as BackupKeyRow | undefined;
  copy.pragma("secure_delete = ON");
  copy.exec(`DROP TABLE ${BACKUP_KEY_TABLE}`);
  if (!row) return undefined;
  const damaged = () =>
    new OpsError(`${shownAs} holds a damaged master key; it cannot be restored with its key`);
  if (row.protection === "none") {
    const key = Buffer.from(row.master_key, "hex");
    if (key.length !== 32) throw damaged();
    return { protected: false, open: () => key };
  }
  if (row.protection !== WRAPPED || !row.salt || !row.scrypt_n || !row.scrypt_r || !row.scrypt_p)
    throw new OpsError(
      `${shownAs} protects its master key in a way this incidentd does not know; upgrade first`,
    );
  const { salt, scrypt_n: n, scrypt_r: r, scrypt_p: p } = row;
  return {
    protected: true,
    open(passphrase) {
      if (passphrase === undefined) {
        throw new OpsError(
          `${shownAs} carries the master key protected by a passphrase: give the passphrase used for the ` +
            `backup with ${PASSPHRASE_SOURCES}`,
        );
      }
      const raw = Buffer.from(row.master_key, "base64");
      try {
        const decipher = createDecipheriv(
          "aes-256-gcm",
          deriveKey(passphrase, Buffer.from(salt, "base64"), n, r, p),
          raw.subarray(0, 12),
        );
        decipher.setAAD(AAD);
        decipher.setAuthTag(raw.subarray(12, 28));
        const key = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
        if (key.length !== 32) throw damaged();
        return key;
      } catch (error) {
        if (error instanceof OpsError) throw error;
        throw new OpsError(
          `the passphrase does not open the master key in ${shownAs}: give the one used for the backup`,
        );
      }
    },
  };
}
