import type { Db } from "../db/database.ts";
import type { IntegrationTable } from "./integration.table.ts";
import { type Integration, isIntegrationKind } from "./integration.ts";

function toIntegration(row: IntegrationTable): Integration {
  if (!isIntegrationKind(row.kind)) throw new Error(`integration ${row.id} has an unknown kind ${row.kind}`);
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    kind: row.kind,
    enabled: Number(row.enabled) === 1,
    keyHint: row.key_hint,
    createdAt: Number(row.created_at),
  };
}

export async function insertIntegration(db: Db, row: IntegrationTable): Promise<void> {
  await db.insertInto("integrations").values(row).execute();
}

export async function findIntegrationByKeyHash(db: Db, keyHash: string): Promise<Integration | undefined> {
  const row = await db
    .selectFrom("integrations")
    .selectAll()
    .where("key_hash", "=", keyHash)
    .executeTakeFirst();
  return row ? toIntegration(row) : undefined;
}

export async function listIntegrations(db: Db, projectId: string): Promise<Integration[]> {
  const rows = await db
    .selectFrom("integrations")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toIntegration);
}

export async function setIntegrationEnabled(
  db: Db,
  projectId: string,
  id: string,
  enabled: boolean,
): Promise<boolean> {
  const result = await db
    .updateTable("integrations")
    .set({ enabled: enabled ? 1 : 0 })
    .where("project_id", "=", projectId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteIntegration(db: Db, projectId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("integrations")
    .where("project_id", "=", projectId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
