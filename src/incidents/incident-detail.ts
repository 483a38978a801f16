import { type CatalogueField, type EnumEntry, findBuiltIn } from "../catalogue/catalogue.ts";
import type { Incident } from "./incident.ts";

/** Display names resolved from the project's directory and catalogue (absent when unknown). */
export interface IncidentNames {
  creatorName: string | null;
  assigneeName: string | null;
  applicationName: string | null;
  typeEntry: EnumEntry | null;
  ownershipEntry: EnumEntry | null;
}

export interface EnumData {
  filed_key: string;
  enum_key: string;
  name_zh: string;
  name_en: string;
}

function named(filedKey: string, key: string, name: string | null): EnumData {
  return { filed_key: filedKey, enum_key: key, name_zh: name ?? key, name_en: name ?? key };
}

function fromEntry(filedKey: string, key: string, entry: EnumEntry | null | undefined): EnumData {
  return {
    filed_key: filedKey,
    enum_key: key,
    name_zh: entry?.name_zh ?? key,
    name_en: entry?.name_en ?? key,
  };
}

function builtIn(filedKey: string, field: CatalogueField, key: string): EnumData {
  return fromEntry(filedKey, key, findBuiltIn(field, key));
}

/**
 * `enum_data_list` as COC's detail example shows it: `filed_key` (sic) carries the v2 field name, in the
 * example's order; people and applications carry their display name (or the id when unknown). The
 * example's seven entries are always there: an incident without an application or an assignee has the
 * entry with `""` for key and names (as the detail's other absent strings), so a client finding an entry
 * by `filed_key` always finds it (docs/api.md). `incident_ownership` follows when it has a name.
 */
export function buildEnumDataList(incident: Incident, names: IncidentNames): EnumData[] {
  const list: EnumData[] = [];
  list.push(named("current_cloud_service_id", incident.currentCloudService ?? "", names.applicationName));
  list.push(named("creator", incident.creator, names.creatorName));
  list.push(builtIn("level_id", "incident_level", incident.level));
  list.push(builtIn("work_flow_status", "status", incident.status));
  list.push(
    fromEntry("mtm_type", incident.type, findBuiltIn("incident_type", incident.type) ?? names.typeEntry),
  );
  list.push(builtIn("source_id", "incident_source", incident.source));
  list.push(named("assignee", incident.assignee ?? "", names.assigneeName));
  if (incident.ownership && names.ownershipEntry) {
    list.push(fromEntry("incident_ownership", incident.ownership, names.ownershipEntry));
  }
  return list;
}

function asArray(value: string | null): string[] {
  return value === null ? [] : [value];
}

/**
 * The ShowCocIncidentDetail `data` object: absent strings are "", absent times null (docs/api.md). An
 * incident without a region answers `region: [""]`, the shape of COC's documented example.
 */
export function toIncidentDetail(incident: Incident, names: IncidentNames) {
  return {
    incident_num: incident.number,
    region: [incident.region ?? ""],
    enterprise_project: asArray(incident.enterpriseProject),
    current_cloud_service: asArray(incident.currentCloudService),
    incident_level: incident.level,
    is_service_interrupt: incident.isServiceInterrupt,
    start_time: incident.startTime,
    fault_recovery_time: incident.faultRecoveryTime,
    fault_delineation_time: incident.faultDelineationTime,
    incident_ownership: incident.ownership ?? "",
    incident_type: incident.type,
    incident_title: incident.title,
    incident_description: incident.description ?? "",
    incident_source: incident.source,
    incident_assignee: asArray(incident.assignee),
    assignee_scene: incident.assigneeScene ?? "",
    assignee_role: incident.assigneeRole ?? "",
    warroom_id: incident.warroomId ?? "",
    handle_time: incident.handleTime,
    status: incident.status,
    create_time: incident.createTime,
    creator: incident.creator,
    enum_data_list: buildEnumDataList(incident, names),
  };
}

export type IncidentDetail = ReturnType<typeof toIncidentDetail>;
