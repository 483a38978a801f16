import { type CatalogueField, findBuiltIn } from "../catalogue/catalogue.ts";
import type { Incident } from "../incidents/incident.ts";
import type { IncidentNames } from "../incidents/incident-detail.ts";

const str = (value: string | number | null) => (value === null ? "" : String(value));

export type EnumProp =
  | "level_id"
  | "work_flow_status"
  | "mtm_type"
  | "source_id"
  | "creator"
  | "assignee"
  | "current_cloud_service_id";

const CATALOGUE_FIELD: Partial<Record<EnumProp, CatalogueField>> = {
  level_id: "incident_level",
  work_flow_status: "status",
  mtm_type: "incident_type",
  source_id: "incident_source",
};

/**
 * One enum_data_list entry of a v2 list item. Names come from the built-in catalogue where the prop has
 * one, else from `zh`/`en` (a project's own incident type, a person's or application's directory name),
 * else the id itself.
 */
export function listEnumEntry(prop: EnumProp, bizId: string, zh: string | null, en: string | null) {
  const field = CATALOGUE_FIELD[prop];
  const builtIn = field ? findBuiltIn(field, bizId) : undefined;
  return {
    prop_id: prop,
    biz_id: bizId,
    name_zh: builtIn?.name_zh ?? zh ?? bizId,
    name_en: builtIn?.name_en ?? en ?? bizId,
  };
}

/** CocIncidentDataV2: every value a string, as the SDK models them; absent values are "". */
export function toListItem(incident: Incident, names: IncidentNames, forwardRuleId: string | null = null) {
  const type = names.typeEntry;
  const enums = [
    listEnumEntry("level_id", incident.level, null, null),
    listEnumEntry("work_flow_status", incident.status, null, null),
    listEnumEntry("mtm_type", incident.type, type?.name_zh ?? null, type?.name_en ?? null),
    listEnumEntry("source_id", incident.source, null, null),
    listEnumEntry("creator", incident.creator, names.creatorName, names.creatorName),
  ];
  if (incident.assignee)
    enums.push(listEnumEntry("assignee", incident.assignee, names.assigneeName, names.assigneeName));
  if (incident.currentCloudService) {
    const app = names.applicationName;
    enums.push(listEnumEntry("current_cloud_service_id", incident.currentCloudService, app, app));
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
    forward_rule_id: forwardRuleId ?? "",
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
