import type { Db } from "../../db/database.ts";
import { isPersonRole, type Role } from "../credential.ts";
import type { AccessKeyTable } from "./access-key.table.ts";

export interface AccessKeyRecord {
  accessKey: string;
  projectId: string;
  name: string;
  role: Role;
  principal: string;
  actAsOthers: boolean;
  secretSealed: string;
  enabled: boolean;
  lockedUntil: number | null;
  createdAt: number;
}

function toRecord(row: AccessKeyTable): AccessKeyRecord {
  if (!isPersonRole(row.role))
    throw new Error(`access key ${row.access_key} has an unknown role ${row.role}`);
  return {
    accessKey: row.access_key,
    projectId: row.project_id,
    name: row.name,
    role: row.role,
    principal: row.principal,
    actAsOthers: Number(row.act_as_others) === 1,
    secretSealed: row.secret_sealed,
    enabled: Number(row.enabled) === 1,
    lockedUntil: row.locked_until === null ? null : Number(row.locked_until),
    createdAt: Number(row.created_at),
  };
}

export async function insertAccessKey(db: Db, row: AccessKeyTable): Promise<boolean> {
  const result = await db
    .insertInto("access_keys")
    .values(row)
    .onConflict((oc) => oc.column("access_key").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findAccessKey(db: Db, accessKey: string): Promise<AccessKeyRecord | undefined> {
  const row = await db
    .selectFrom("access_keys")
    .selectAll()
    .where("access_key", "=", accessKey)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export interface KeyForSource {
  key: AccessKeyRecord;
  /** Failed signatures from this source in a row, and until when they lock it out (signature_failures). */
  sourceFailures: number;
  sourceLockedUntil: number | null;
}

/** The key with its lock for one source address, in one query (every signed request asks for both). */
export async function findAccessKeyForSource(
  db: Db,
  accessKey: string,
  source: string,
): Promise<KeyForSource | undefined> {
  const row = await db
    .selectFrom("access_keys")
    .leftJoin("signature_failures as f", (join) =>
      join.onRef("f.access_key", "=", "access_keys.access_key").on("f.source", "=", source),
    )
    .selectAll("access_keys")
    .select(["f.failures as source_failures", "f.locked_until as source_locked_until"])
    .where("access_keys.access_key", "=", accessKey)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    key: toRecord(row),
    sourceFailures: Number(row.source_failures ?? 0),
    sourceLockedUntil: row.source_locked_until === null ? null : Number(row.source_locked_until),
  };
}

export async function listAccessKeys(db: Db, projectId: string): Promise<AccessKeyRecord[]> {
  const rows = await db
    .selectFrom("access_keys")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("created_at")
    .orderBy("access_key")
    .execute();
  return rows.map(toRecord);
}

export async function setAccessKeyEnabled(db: Db, projectId: string, accessKey: string, enabled: boolean) {
  const result = await db
    .updateTable("access_keys")
    .set({ enabled: enabled ? 1 : 0 })
    .where("project_id", "=", projectId)
    .where("access_key", "=", accessKey)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteAccessKey(db: Db, projectId: string, accessKey: string): Promise<boolean> {
  const result = await db
    .deleteFrom("access_keys")
    .where("project_id", "=", projectId)
    .where("access_key", "=", accessKey)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** One sealed secret, if any access key exists: enough to tell whether a master key is the right one. */
export async function sampleSealedSecret(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom("access_keys").select("secret_sealed").limit(1).executeTakeFirst();
  return row?.secret_sealed;
}
