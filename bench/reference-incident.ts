import type { Incident } from "../src/incidents/incident.ts";
import { PROJECT_ID } from "./fixtures.ts";

/** What both reference servers (SQLite and PostgreSQL) share: the create body's mapping and the envelope. */
export type Body = Record<string, unknown>;
const first = (value: unknown) => (Array.isArray(value) && typeof value[0] === "string" ? value[0] : null);
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

/** The body taken as it comes (no validation), stored like incidentd stores a new incident. */
export function newIncident(body: Body, num: string, now: number): Incident {
  return {
    number: num,
    projectId: PROJECT_ID,
    version: 1,
    region: first(body.region),
    enterpriseProject: first(body.enterprise_project),
    currentCloudService: first(body.current_cloud_service),
    level: String(body.incident_level),
    isServiceInterrupt: body.is_service_interrupt === true || body.is_service_interrupt === "true",
    startTime: null,
    faultRecoveryTime: null,
    faultDelineationTime: null,
    ownership: text(body.incident_ownership),
    type: String(body.incident_type),
    title: String(body.incident_title),
    description: text(body.incident_description),
    source: String(body.incident_source),
    assignee: first(body.incident_assignee),
    assigneeScene: text(body.assignee_scene),
    assigneeRole: text(body.assignee_role),
    warroomId: null,
    handleTime: null,
    status: "INCIDENT_STATUS_TRIGGERED",
    creator: String(body.creator),
    createTime: now,
    updateTime: now,
    node: "unaccepted",
    pending: null,
    lastOperator: String(body.creator),
  };
}

export const envelope = (data: unknown) => ({
  provider_code: "049",
  error_code: "GOM.00000000",
  error_msg: null,
  data,
});
