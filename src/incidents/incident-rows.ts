import type { IncidentTable } from "./incident.table.ts";
import type { Incident, PendingRequest } from "./incident.ts";

/** An incident row and the domain object it maps to (incident.repository.ts reads and writes them). */

const toNumberOrNull = (value: number | string | null): number | null =>
  value === null ? null : Number(value);

export function toIncident(row: IncidentTable): Incident {
  return {
    number: row.incident_num,
    projectId: row.project_id,
    version: Number(row.version),
    region: row.region,
    enterpriseProject: row.enterprise_project,
    currentCloudService: row.current_cloud_service,
    level: row.incident_level,
    isServiceInterrupt: Number(row.is_service_interrupt) === 1,
    startTime: toNumberOrNull(row.start_time),
    faultRecoveryTime: toNumberOrNull(row.fault_recovery_time),
    faultDelineationTime: toNumberOrNull(row.fault_delineation_time),
    ownership: row.incident_ownership,
    type: row.incident_type,
    title: row.incident_title,
    description: row.incident_description,
    source: row.incident_source,
    assignee: row.incident_assignee,
    assigneeScene: row.assignee_scene,
    assigneeRole: row.assignee_role,
    warroomId: row.warroom_id,
    handleTime: toNumberOrNull(row.handle_time),
    status: row.status,
    creator: row.creator,
    createTime: Number(row.create_time),
    updateTime: Number(row.update_time),
    node: row.node,
    pending: row.pending === null ? null : (JSON.parse(row.pending) as PendingRequest),
    lastOperator: row.last_operator,
  };
}

export function toIncidentRow(incident: Incident): IncidentTable {
  return {
    incident_num: incident.number,
    project_id: incident.projectId,
    version: incident.version,
    region: incident.region,
    enterprise_project: incident.enterpriseProject,
    current_cloud_service: incident.currentCloudService,
    incident_level: incident.level,
    is_service_interrupt: incident.isServiceInterrupt ? 1 : 0,
    start_time: incident.startTime,
    fault_recovery_time: incident.faultRecoveryTime,
    fault_delineation_time: incident.faultDelineationTime,
    incident_ownership: incident.ownership,
    incident_type: incident.type,
    incident_title: incident.title,
    incident_description: incident.description,
    incident_source: incident.source,
    incident_assignee: incident.assignee,
    assignee_scene: incident.assigneeScene,
    assignee_role: incident.assigneeRole,
    warroom_id: incident.warroomId,
    handle_time: incident.handleTime,
    status: incident.status,
    creator: incident.creator,
    create_time: incident.createTime,
    update_time: incident.updateTime,
    node: incident.node,
    pending: incident.pending === null ? null : JSON.stringify(incident.pending),
    last_operator: incident.lastOperator,
  };
}
