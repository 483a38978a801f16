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

function parseKey(raw: string, source: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, "hex") : Buffer.from(raw, "base64");
  if (key.length !== 32) throw new ConfigError(`${source} must be 32 bytes, as 64 hex digits or base64`);
  return key;
}

/**
 * INCIDENTD_MASTER_KEY, else `master.key` in the data directory, created (mode 0600) on first use. Nodes
 * sharing a PostgreSQL database must share the key, so there it has to come from the environment.
 */
export function loadMasterKey(config: Config): Buffer {
  if (config.masterKey) return parseKey(config.masterKey, "INCIDENTD_MASTER_KEY");
  if (config.databaseUrl) {
    throw new ConfigError(
      "set INCIDENTD_MASTER_KEY (64 hex digits) on every node: nodes sharing PostgreSQL must share the master key",
    );
  }
  const file = path.join(config.dataDir, "master.key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return parseKey(fs.readFileSync(file, "utf8").trim(), file);
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
