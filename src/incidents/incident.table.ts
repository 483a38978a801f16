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

// The columns of the rows a create inserts, in a fixed order (the compiler checks each list is complete;
// incident.repository.ts writes them in this order).
export const INCIDENT_COLUMNS = Object.keys({
  incident_num: 0,
  project_id: 0,
  version: 0,
  region: 0,
  enterprise_project: 0,
  current_cloud_service: 0,
  incident_level: 0,
  is_service_interrupt: 0,
  start_time: 0,
  fault_recovery_time: 0,
  fault_delineation_time: 0,
  incident_ownership: 0,
  incident_type: 0,
  incident_title: 0,
  incident_description: 0,
  incident_source: 0,
  incident_assignee: 0,
  assignee_scene: 0,
  assignee_role: 0,
  warroom_id: 0,
  handle_time: 0,
  status: 0,
  creator: 0,
  create_time: 0,
  update_time: 0,
  node: 0,
  pending: 0,
  last_operator: 0,
} satisfies Record<keyof IncidentTable, 0>) as (keyof IncidentTable)[];
export const HISTORY_COLUMNS = Object.keys({
  id: 0,
  project_id: 0,
  incident_num: 0,
  seq: 0,
  action: 0,
  action_name_zh: 0,
  action_name_en: 0,
  operator: 0,
  status_before: 0,
  status_after: 0,
  comment: 0,
  details: 0,
  create_time: 0,
} satisfies Record<keyof IncidentHistoryTable, 0>) as (keyof IncidentHistoryTable)[];
