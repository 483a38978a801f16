import { Type } from "@sinclair/typebox";
import type { ProjectSettings } from "./settings.repository.ts";

export const SettingsSchema = Type.Object({
  strict_roles: Type.Boolean({
    description: "Strict roles (SPEC §4): assignee/creator/approver rules instead of any writer.",
  }),
  approvers: Type.Array(Type.String(), { description: "Users who approve pause and level-change requests." }),
});

export function toSettingsView(settings: ProjectSettings) {
  return { strict_roles: settings.strictRoles, approvers: settings.approvers };
}
