import { apiGet, apiSend, apiUpload } from "./http.ts";

export interface EnumName {
  name_zh: string;
  name_en: string;
}
export interface ListEnum extends EnumName {
  prop_id: string;
  biz_id: string;
}
export interface DetailEnum extends EnumName {
  filed_key: string;
  enum_key: string;
}

export interface ListItem {
  ticket_id: string;
  title: string;
  level_id: string;
  work_flow_status: string;
  assignee: string;
  create_time: string;
  enum_data_list: ListEnum[];
}

export interface StringFilter {
  field: string;
  operator: "=" | "!=" | "in" | "like";
  values: string[];
  name?: string;
}

export interface ListAnswer {
  total: number;
  tickets: ListItem[];
  count_filters?: { name: string; count: number }[];
}

export interface IncidentDetail {
  incident_num: string;
  incident_title: string;
  incident_description: string;
  incident_level: string;
  incident_type: string;
  incident_source: string;
  incident_assignee: string[];
  assignee_scene: string;
  assignee_role: string;
  region: string[];
  enterprise_project: string[];
  current_cloud_service: string[];
  is_service_interrupt: boolean;
  incident_ownership: string;
  status: string;
  creator: string;
  create_time: number | null;
  start_time: number | null;
  handle_time: number | null;
  fault_recovery_time: number | null;
  fault_delineation_time: number | null;
  warroom_id: string;
  enum_data_list: DetailEnum[];
}

export interface Task {
  type: string;
  key: string;
  name: string;
  state: string;
  operations: { task_id: string; key: string }[];
}

export interface HistoryItem {
  action: string;
  action_name_zh: string;
  action_name_en: string;
  operator: string;
  status: string;
  start_time: string;
  stop_time: string;
  comment: string;
  enum_data_list: ListEnum[];
}

export interface JsonSchema {
  type?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  maxLength?: number;
  minLength?: number;
  const?: unknown;
  pattern?: string;
  description?: string;
}

export interface WorkflowAction extends EnumName {
  key: string;
  attachment_param: string | null;
  params: JsonSchema;
}
export interface WorkflowNode extends EnumName {
  key: string;
  status: string;
  actions: WorkflowAction[];
}

export interface CatalogueEntry extends EnumName {
  key: string;
}
export type Catalogue = Record<string, CatalogueEntry[]>;

export interface Attachment {
  doc_id: string;
  doc_name: string;
}

export const STATUSES = [
  "INCIDENT_STATUS_TRIGGERED",
  "INCIDENT_STATUS_ACKNOWLEDGED",
  "INCIDENT_STATUS_RESOLVED",
  "INCIDENT_STATUS_REJECTED",
  "INCIDENT_STATUS_COMPLETED",
] as const;

export function listIncidents(body: Record<string, unknown>): Promise<ListAnswer> {
  return apiSend<ListAnswer>("POST", "/v2/incidents/list", body);
}

const enc = encodeURIComponent;

export const showIncident = (num: string) => apiGet<IncidentDetail>(`/v1/external/incident/${enc(num)}`);
export const incidentTasks = (num: string) => apiGet<Task[]>(`/v2/incidents/${enc(num)}/tasks`);
export const incidentHistory = (num: string) =>
  apiSend<{ total: number; info: HistoryItem[] }>("POST", `/v2/incidents/${enc(num)}/histories`, {});
export const describeWorkflow = () => apiGet<{ nodes: WorkflowNode[] }>("/v1/workflow");
export const loadCatalogue = () => apiGet<Catalogue>("/incidentd/v1/catalogue");
export const createIncident = (body: Record<string, unknown>) =>
  apiSend<{ incident_num: string }>("POST", "/v1/external/incident/create", body);
export const handleIncident = (
  num: string,
  taskId: string,
  action: string,
  params: Record<string, unknown>,
) => apiSend<null>("POST", `/v2/incidents/${enc(num)}/actions`, { task_id: taskId, action, params });
export const uploadAttachment = (file: File) => apiUpload<Attachment>("/v1/incident/attachments", file);
export const attachmentUrl = (docId: string) => `/v1/incident/attachments/${enc(docId)}`;
