export interface ProjectSettingsTable {
  project_id: string;
  /** 0/1: strict roles (assignee/creator/approver rules, docs/workflow.md). */
  strict_roles: number;
  /** JSON array of user ids allowed to approve pause and level-change requests in strict mode. */
  approvers: string;
  /** JSON array of incident level keys whose new incidents start a WarRoom at once (docs/warrooms.md). */
  warroom_auto_start_levels: string;
  updated_at: number;
}
