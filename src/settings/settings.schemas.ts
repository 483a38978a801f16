import { Type } from "@sinclair/typebox";
import type { ProjectSettings } from "./settings.repository.ts";

export const SettingsSchema = Type.Object({
  strict_roles: Type.Boolean({
    description: "Strict roles: assignee/creator/approver rules instead of any writer (docs/workflow.md).",
  }),
  approvers: Type.Array(Type.String(), { description: "Users who approve pause and level-change requests." }),
  warroom_auto_start_levels: Type.Array(Type.String(), {
    description:
      "Incident levels (level_10 … level_50) at which a new incident starts a WarRoom at once; CreateCocIncident then requires region.",
  }),
});

export function toSettingsView(settings: ProjectSettings) {
  return {
    strict_roles: settings.strictRoles,
    approvers: settings.approvers,
    warroom_auto_start_levels: settings.warroomAutoStartLevels,
  };
}
