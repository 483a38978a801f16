import { type Config, ConfigError } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { sampleSealedSecret } from "./access-key.repository.ts";
import { createSecretBox, findMasterKey, loadMasterKey, masterKeyFile } from "./secret-box.ts";

/** True when `key` is the one `sealed` was sealed with (AES-GCM authenticates, so a wrong key fails). */
export function keyOpens(key: Buffer, sealed: string): boolean {
  try {
    createSecretBox(key).open(sealed);
    return true;
  } catch {
    return false;
  }
}

const SEALED =
  "this database holds access keys whose secret keys are sealed with the installation's master key";

/** Names what is missing and how to supply it; shared by the server, the CLI and restore. */
export function missingMasterKeyMessage(config: Config): string {
  if (config.databaseUrl) {
    return `${SEALED}, and INCIDENTD_MASTER_KEY is not set: set it to the key every node of this installation uses`;
  }
  return (
    `${SEALED}, and there is no master key: INCIDENTD_MASTER_KEY is not set and ` +
    `${masterKeyFile(config.dataDir)} does not exist. Put the original installation's master.key into ` +
    `${config.dataDir} (mode 0600) or set INCIDENTD_MASTER_KEY to its contents (a backup made by ` +
    "`incidentd backup` carries the key, and `incidentd restore` installs it). No new key is created: " +
    "it could not open these secrets"
  );
}

export function wrongMasterKeyMessage(source: string, config: Config): string {
  const where = config.databaseUrl
    ? "INCIDENTD_MASTER_KEY"
    : `${masterKeyFile(config.dataDir)} or INCIDENTD_MASTER_KEY`;
  return (
    `${SEALED}, and the key from ${source} does not open them (it is not the key they were sealed ` +
    `with). Supply the original installation's key as ${where}`
  );
}

/**
 * The installation's key. A database without sealed secrets may get a new key (created on first use);
 * one with sealed secrets never does: the key must exist and open them, else nothing starts.
 */
export function masterKeyFor(config: Config, sample: string | undefined): Buffer {
  if (sample === undefined) return loadMasterKey(config);
  const found = findMasterKey(config);
  if (!found) throw new ConfigError(missingMasterKeyMessage(config));
  if (!keyOpens(found.key, sample)) throw new ConfigError(wrongMasterKeyMessage(found.source, config));
  return found.key;
}

/**
 * The master key of an opened installation, loaded once on first call: checked against the sealed secrets
 * the database holds (never a new key over them), or created when there are none. The server calls it
 * before listening; a CLI command only when it needs the key.
 */
export async function installationKey(config: Config, db: Db): Promise<() => Buffer> {
  const sample = await sampleSealedSecret(db);
  let key: Buffer | undefined;
  return () => {
    key ??= masterKeyFor(config, sample);
    return key;
  };
}
