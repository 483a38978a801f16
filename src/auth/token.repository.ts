import type { Db } from "../db/database.ts";
import { type CredentialRole, isRole } from "./credential.ts";
import type { TokenTable } from "./token.table.ts";

export interface TokenRecord {
  id: string;
  projectId: string;
  name: string;
  role: CredentialRole;
  principal: string;
  actAsOthers: boolean;
  createdAt: number;
  revokedAt: number | null;
}

function toRecord(row: TokenTable): TokenRecord {
  if (!isRole(row.role)) throw new Error(`token ${row.id} has an unknown role ${row.role}`);
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    role: row.role,
    principal: row.principal,
    actAsOthers: Number(row.act_as_others) === 1,
    createdAt: Number(row.created_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  };
}

export async function insertToken(db: Db, row: TokenTable): Promise<void> {
  await db.insertInto("tokens").values(row).execute();
}

export async function insertTokenIfAbsent(db: Db, row: TokenTable): Promise<boolean> {
  const result = await db
    .insertInto("tokens")
    .values(row)
    .onConflict((oc) => oc.column("token_hash").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findTokenByHash(db: Db, tokenHash: string): Promise<TokenRecord | undefined> {
  const row = await db
    .selectFrom("tokens")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function listTokens(db: Db, projectId: string): Promise<TokenRecord[]> {
  const rows = await db
    .selectFrom("tokens")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toRecord);
}

/** Marks a token revoked; returns its hash (for cache eviction) or undefined when there is no such token. */
export async function revokeToken(
  db: Db,
  projectId: string,
  id: string,
  now: number,
): Promise<string | undefined> {
  const row = await db
    .updateTable("tokens")
    .set((eb) => ({ revoked_at: eb.fn.coalesce("revoked_at", eb.val(now)) }))
    .where("project_id", "=", projectId)
    .where("id", "=", id)
    .returning("token_hash")
    .executeTakeFirst();
  return row?.token_hash;
}
