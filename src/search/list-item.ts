import { findBuiltIn } from "../catalogue/catalogue.ts";
import type { Incident } from "../incidents/incident.ts";
import type { IncidentNames } from "../incidents/incident-detail.ts";

const str = (value: string | number | null) => (value === null ? "" : String(value));

function enumEntry(propId: string, bizId: string, zh: string | undefined, en: string | undefined) {
  return { prop_id: propId, biz_id: bizId, name_zh: zh ?? bizId, name_en: en ?? bizId };
}

/** CocIncidentDataV2: every value a string, as the SDK models them; absent values are "". */
export function toListItem(incident: Incident, names: IncidentNames) {
  const level = findBuiltIn("incident_level", incident.level);
  const status = findBuiltIn("status", incident.status);
  const source = findBuiltIn("incident_source", incident.source);
  const type = findBuiltIn("incident_type", incident.type) ?? names.typeEntry;
  const enums = [
    enumEntry("level_id", incident.level, level?.name_zh, level?.name_en),
    enumEntry("work_flow_status", incident.status, status?.name_zh, status?.name_en),
    enumEntry("mtm_type", incident.type, type?.name_zh, type?.name_en),
    enumEntry("source_id", incident.source, source?.name_zh, source?.name_en),
    enumEntry("creator", incident.creator, names.creatorName ?? undefined, names.creatorName ?? undefined),
  ];
  if (incident.assignee)
    enums.push(
      enumEntry(
        "assignee",
        incident.assignee,
        names.assigneeName ?? undefined,
        names.assigneeName ?? undefined,
      ),
    );
  if (incident.currentCloudService) {
    const app = names.applicationName ?? undefined;
    enums.push(enumEntry("current_cloud_service_id", incident.currentCloudService, app, app));
  }
  return {
    ticket_id: incident.number,
    title: incident.title,
    description: str(incident.description),
    level_id: incident.level,
    mtm_type: incident.type,
    mtm_region: str(incident.region),
    source_id: incident.source,
    current_cloud_service_id: str(incident.currentCloudService),
    enterprise_project_id: str(incident.enterpriseProject),
    forward_rule_id: "",
    is_service_interrupt: String(incident.isServiceInterrupt),
    work_flow_status: incident.status,
    phase: incident.node,
    assignee: str(incident.assignee),
    assignee_scene: str(incident.assigneeScene),
    assignee_role: str(incident.assigneeRole),
    creator: incident.creator,
    operator: str(incident.lastOperator),
    create_time: String(incident.createTime),
    update_time: String(incident.updateTime),
    start_time: str(incident.startTime),
    handle_time: str(incident.handleTime),
    incident_ownership: str(incident.ownership),
    enum_data_list: enums,
  };
}

export type ListItem = ReturnType<typeof toListItem>;
