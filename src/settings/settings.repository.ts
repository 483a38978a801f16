import type { Db } from "../db/database.ts";

/** Raised in the transaction of every change to a project's settings; each node's SettingsCache compares it. */
export const SETTINGS_VERSION_COUNTER = "settings_version";

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
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("project_settings")
      .values({ project_id: projectId, ...values })
      .onConflict((oc) => oc.column("project_id").doUpdateSet(values))
      .execute();
    // No migration adds the row: the first change creates it (until then the version reads as -1).
    await trx
      .insertInto("counters")
      .values({ name: SETTINGS_VERSION_COUNTER, value: 1 })
      .onConflict((oc) => oc.column("name").doUpdateSet((eb) => ({ value: eb("counters.value", "+", 1) })))
      .execute();
  });
}
