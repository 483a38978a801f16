import type { Db } from "../db/database.ts";

export interface ProjectSettings {
  strictRoles: boolean;
  approvers: string[];
  /** Incident levels at which a new incident starts a WarRoom in the same transaction. */
  warroomAutoStartLevels: string[];
}

export const DEFAULT_SETTINGS: ProjectSettings = {
  strictRoles: false,
  approvers: [],
  warroomAutoStartLevels: [],
};

export async function findSettings(db: Db, projectId: string): Promise<ProjectSettings> {
  const row = await db
    .selectFrom("project_settings")
    .selectAll()
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  if (!row) return DEFAULT_SETTINGS;
  return {
    strictRoles: Number(row.strict_roles) === 1,
    approvers: JSON.parse(row.approvers) as string[],
    warroomAutoStartLevels: JSON.parse(row.warroom_auto_start_levels) as string[],
  };
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
    warroom_auto_start_levels: JSON.stringify(settings.warroomAutoStartLevels),
    updated_at: now,
  };
  await db
    .insertInto("project_settings")
    .values({ project_id: projectId, ...values })
    .onConflict((oc) => oc.column("project_id").doUpdateSet(values))
    .execute();
}
