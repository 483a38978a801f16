import { type Answer, api, type Body, call } from "./client.ts";
import { apiUpload } from "./http.ts";

export interface EnumName {
  name_zh: string;
  name_en: string;
}
export interface ListEnum extends EnumName {
  prop_id: string;
  biz_id: string;
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

export interface ListAnswer {
  total?: number;
  tickets: ListItem[];
  count_filters?: { name: string; count: number }[];
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

type ListBody = Body<"/v2/incidents/list", "post">;

export function listIncidents(body: Record<string, unknown>): Promise<ListAnswer> {
  // The list's filters are built from the controls (list-query.ts); the schema checks them on the server.
  // Items hold the selected `fields` only, so the schema types them loosely: ListItem names the default ones.
  return call(api.POST("/v2/incidents/list", { body: body as ListBody })) as unknown as Promise<ListAnswer>;
}

export type StatusCounts = Answer<"/incidentd/v1/incidents/status-counts", "post">;

/** The tabs' counts: exact up to the server's cap, `capped` beyond it (docs/search.md, Status counts). */
export function countIncidentsByStatus(body: Body<"/incidentd/v1/incidents/status-counts", "post">) {
  return call(api.POST("/incidentd/v1/incidents/status-counts", { body }));
}

const num = (incidentNum: string) => ({ params: { path: { incident_num: incidentNum } } });
const id = (incidentNum: string) => ({ params: { path: { incident_id: incidentNum } } });

export const showIncident = (n: string) => call(api.GET("/v1/external/incident/{incident_num}", num(n)));
export const incidentTasks = (n: string) => call(api.GET("/v2/incidents/{incident_id}/tasks", id(n)));
export const incidentHistory = (n: string) =>
  call(api.POST("/v2/incidents/{incident_id}/histories", { ...id(n), body: {} }));
export const describeWorkflow = () => call(api.GET("/v1/workflow")) as Promise<{ nodes: WorkflowNode[] }>;
export const loadCatalogue = (): Promise<Catalogue> => call(api.GET("/incidentd/v1/catalogue"));
/** The form's values as CreateCocIncident takes them (the server validates and names a bad field). */
export const createIncident = (body: Record<string, unknown>) =>
  call(
    api.POST("/v1/external/incident/create", { body: body as Body<"/v1/external/incident/create", "post"> }),
  );
export const handleIncident = (n: string, taskId: string, action: string, params: Record<string, unknown>) =>
  call(
    api.POST("/v2/incidents/{incident_id}/actions", {
      ...id(n),
      body: { task_id: taskId, action, params } as Body<"/v2/incidents/{incident_id}/actions", "post">,
    }),
  );
export const uploadAttachment = (file: File) => apiUpload<Attachment>("/v1/incident/attachments", file);
export const attachmentUrl = (docId: string) => `/v1/incident/attachments/${encodeURIComponent(docId)}`;

export type IncidentDetail = Answer<"/v1/external/incident/{incident_num}", "get">;
export type Task = Answer<"/v2/incidents/{incident_id}/tasks", "get">[number];
export type HistoryItem = Answer<"/v2/incidents/{incident_id}/histories", "post">["info"][number];
export type CatalogueEntry = Answer<"/incidentd/v1/catalogue", "get">["incident_level"][number];
/** Entries per field (incident_level, incident_type, …): pickers look a field up by name. */
export type Catalogue = Record<string, CatalogueEntry[]>;
