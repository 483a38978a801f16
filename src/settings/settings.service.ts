import type { Deps } from "../deps.ts";
import { invalidParameter } from "../errors.ts";
import { checkLevel } from "../incidents/incident.ts";
import { findSettings, type ProjectSettings, saveSettings } from "./settings.repository.ts";

export function getSettings(deps: Deps, projectId: string): Promise<ProjectSettings> {
  return findSettings(deps.db, projectId);
}

/** Changes the given settings; absent ones keep their values. */
export async function updateSettings(
  deps: Deps,
  projectId: string,
  input: { strictRoles?: boolean; approvers?: string[]; warroomAutoStartLevels?: string[] },
): Promise<ProjectSettings> {
  const current = await findSettings(deps.db, projectId);
  const next: ProjectSettings = {
    strictRoles: input.strictRoles ?? current.strictRoles,
    approvers: input.approvers ? [...new Set(input.approvers)] : current.approvers,
    warroomAutoStartLevels: input.warroomAutoStartLevels
      ? [...new Set(input.warroomAutoStartLevels)]
      : current.warroomAutoStartLevels,
  };
  for (const [i, level] of (input.warroomAutoStartLevels ?? []).entries()) {
    checkLevel(level, `warroom_auto_start_levels[${i}]`);
  }
  if (next.strictRoles && next.approvers.length === 0) {
    throw invalidParameter(
      "approvers",
      "must list at least one user when strict_roles is true (someone must approve)",
    );
  }
  await saveSettings(deps.db, projectId, next, deps.clock.now());
  return next;
}
