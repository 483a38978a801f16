import type { Db } from "../../db/database.ts";
import { isRole, type Role } from "../credential.ts";
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
  failedAttempts: number;
  lockedUntil: number | null;
  createdAt: number;
}

function toRecord(row: AccessKeyTable): AccessKeyRecord {
  if (!isRole(row.role)) throw new Error(`access key ${row.access_key} has an unknown role ${row.role}`);
  return {
    accessKey: row.access_key,
    projectId: row.project_id,
    name: row.name,
    role: row.role,
    principal: row.principal,
    actAsOthers: Number(row.act_as_others) === 1,
    secretSealed: row.secret_sealed,
    enabled: Number(row.enabled) === 1,
    failedAttempts: Number(row.failed_attempts),
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

/**
 * Counts a failed signature in the database (so every node sees it); the fifth in a row locks the key
 * until `lockUntil`. Returns the new count.
 */
export async function recordFailure(
  db: Db,
  accessKey: string,
  lockAfter: number,
  lockUntil: number,
): Promise<number> {
  const row = await db
    .updateTable("access_keys")
    .set((eb) => ({
      failed_attempts: eb("failed_attempts", "+", 1),
      locked_until: eb
        .case()
        .when("failed_attempts", ">=", lockAfter - 1)
        .then(lockUntil)
        .else(eb.ref("locked_until"))
        .end(),
    }))
    .where("access_key", "=", accessKey)
    .returning("failed_attempts")
    .executeTakeFirst();
  return Number(row?.failed_attempts ?? 0);
}

export async function resetFailures(db: Db, accessKey: string): Promise<void> {
  await db
    .updateTable("access_keys")
    .set({ failed_attempts: 0, locked_until: null })
    .where("access_key", "=", accessKey)
    .execute();
}
