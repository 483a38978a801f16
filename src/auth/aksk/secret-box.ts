import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type Config, ConfigError } from "../../config.ts";

/**
 * Secret keys must be recoverable to verify signatures, so they are stored encrypted (AES-256-GCM) with
 * the server's master key, never in clear text.
 */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new ConfigError("the master key must be 32 bytes");
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
    },
    open(sealed) {
      const raw = Buffer.from(sealed.replace(/^v1:/, ""), "base64");
      const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    },
  };
}

export function parseMasterKey(raw: string, source: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, "hex") : Buffer.from(raw, "base64");
  if (key.length !== 32) throw new ConfigError(`${source} must be 32 bytes, as 64 hex digits or base64`);
  return key;
}

export function masterKeyFile(dataDir: string): string {
  return path.join(dataDir, "master.key");
}

export interface FoundMasterKey {
  key: Buffer;
  /** Where it came from, for messages: "INCIDENTD_MASTER_KEY" or the key file's path. */
  source: string;
}

/** INCIDENTD_MASTER_KEY, else an existing `master.key` in the data directory; never creates one. */
export function findMasterKey(config: Config): FoundMasterKey | undefined {
  if (config.masterKey)
    return { key: parseMasterKey(config.masterKey, "INCIDENTD_MASTER_KEY"), source: "INCIDENTD_MASTER_KEY" };
  if (config.databaseUrl) return undefined;
  const file = masterKeyFile(config.dataDir);
  if (!fs.existsSync(file)) return undefined;
  return { key: parseMasterKey(fs.readFileSync(file, "utf8").trim(), file), source: file };
}

/**
 * INCIDENTD_MASTER_KEY, else `master.key` in the data directory, created (mode 0600) on first use. Nodes
 * sharing a PostgreSQL database must share the key, so there it has to come from the environment. Only
 * for a database without sealed secrets (master-key.ts decides): a new key opens none of the old ones.
 */
export function loadMasterKey(config: Config): Buffer {
  const found = findMasterKey(config);
  if (found) return found.key;
  if (config.databaseUrl) {
    throw new ConfigError(
      "set INCIDENTD_MASTER_KEY (64 hex digits) on every node: nodes sharing PostgreSQL must share the master key",
    );
  }
  const file = masterKeyFile(config.dataDir);
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return parseMasterKey(fs.readFileSync(file, "utf8").trim(), file);
}

/** Loads the key on first use, so installations without access keys never need one. */
export function lazySecretBox(load: () => Buffer): SecretBox {
  let box: SecretBox | undefined;
  const get = () => {
    box ??= createSecretBox(load());
    return box;
  };
  return { seal: (plain) => get().seal(plain), open: (sealed) => get().open(sealed) };
}
