export interface IncidentTable {
  incident_num: string;
  project_id: string;
  version: number;
  /** COC's 0-1 element arrays are stored as one nullable value: null = [], "" = [""]. */
  region: string | null;
  enterprise_project: string | null;
  current_cloud_service: string | null;
  incident_level: string;
  /** 0/1: SQLite has no boolean type. */
  is_service_interrupt: number;
  start_time: number | null;
  fault_recovery_time: number | null;
  fault_delineation_time: number | null;
  incident_ownership: string | null;
  incident_type: string;
  incident_title: string;
  incident_description: string | null;
  incident_source: string;
  incident_assignee: string | null;
  assignee_scene: string | null;
  assignee_role: string | null;
  warroom_id: string | null;
  handle_time: number | null;
  status: string;
  creator: string;
  create_time: number;
  update_time: number;
  /** Workflow node key (src/workflow/workflow.ts). */
  node: string;
  /** JSON of an open pause / level-change request, else null. */
  pending: string | null;
  last_operator: string | null;
}

export interface IncidentHistoryTable {
  id: string;
  project_id: string;
  incident_num: string;
  seq: number;
  action: string;
  action_name_zh: string;
  action_name_en: string;
  operator: string;
  status_before: string | null;
  status_after: string;
  comment: string | null;
  /** JSON object with the action's parameters / changed fields. */
  details: string | null;
  create_time: number;
}

export interface CounterTable {
  name: string;
  value: number;
}
