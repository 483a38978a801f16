import type { Db } from "../db/database.ts";

export interface ProjectSettings {
  strictRoles: boolean;
  approvers: string[];
}

export const DEFAULT_SETTINGS: ProjectSettings = { strictRoles: false, approvers: [] };

export async function findSettings(db: Db, projectId: string): Promise<ProjectSettings> {
  const row = await db
    .selectFrom("project_settings")
    .selectAll()
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  if (!row) return DEFAULT_SETTINGS;
  return { strictRoles: Number(row.strict_roles) === 1, approvers: JSON.parse(row.approvers) as string[] };
}

export async function saveSettings(
  db: Db,
  projectId: string,
  settings: ProjectSettings,
  now: number,
): Promise<void> {
  const values = {
    strict_roles: settings.strictRoles ? 1 : 0,
    approvers: JSON.stringify(settings.approvers),
    updated_at: now,
  };
  await db
    .insertInto("project_settings")
    .values({ project_id: projectId, ...values })
    .onConflict((oc) => oc.column("project_id").doUpdateSet(values))
    .execute();
}
