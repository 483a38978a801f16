import type { Executor } from "../db/prepared.ts";
import type { IncidentTable } from "./incident.table.ts";
import type { Incident } from "./incident.ts";
import type { IncidentNames } from "./incident-detail.ts";
import { toIncident } from "./incident-rows.ts";

/** Incidents joined with the directory and catalogue names their views show (one query). */
export function selectIncidentsWithNames(db: Executor, projectId: string) {
  return (
    db
      .selectFrom("incidents as i")
      .leftJoin("directory_users as cu", (j) =>
        j.onRef("cu.project_id", "=", "i.project_id").onRef("cu.id", "=", "i.creator"),
      )
      .leftJoin("directory_users as au", (j) =>
        j.onRef("au.project_id", "=", "i.project_id").onRef("au.id", "=", "i.incident_assignee"),
      )
      .leftJoin("applications as app", (j) =>
        j.onRef("app.project_id", "=", "i.project_id").onRef("app.id", "=", "i.current_cloud_service"),
      )
      .leftJoin("catalogue_entries as ct", (j) =>
        j
          .onRef("ct.project_id", "=", "i.project_id")
          .on("ct.field", "=", "incident_type")
          .onRef("ct.key", "=", "i.incident_type"),
      )
      .leftJoin("catalogue_entries as co", (j) =>
        j
          .onRef("co.project_id", "=", "i.project_id")
          .on("co.field", "=", "incident_ownership")
          .onRef("co.key", "=", "i.incident_ownership"),
      )
      // The transfer rule that created the incident, if one did (ListIncidents' forward_rule_id).
      .leftJoin("transfer_incidents as fwd", (j) =>
        j.onRef("fwd.project_id", "=", "i.project_id").onRef("fwd.incident_num", "=", "i.incident_num"),
      )
      .selectAll("i")
      .select([
        "cu.display_name as creator_name",
        "au.display_name as assignee_name",
        "app.name as application_name",
        "ct.name_zh as type_name_zh",
        "ct.name_en as type_name_en",
        "co.name_zh as ownership_name_zh",
        "co.name_en as ownership_name_en",
        "fwd.rule_id as forward_rule_id",
      ])
      .where("i.project_id", "=", projectId)
  );
}

type NamedRow = IncidentTable & {
  creator_name: string | null;
  assignee_name: string | null;
  application_name: string | null;
  type_name_zh: string | null;
  type_name_en: string | null;
  ownership_name_zh: string | null;
  ownership_name_en: string | null;
  forward_rule_id: string | null;
};

function enumEntry(key: string | null, zh: string | null, en: string | null) {
  return key !== null && zh !== null && en !== null ? { key, name_zh: zh, name_en: en } : null;
}

export function toIncidentWithNames(row: NamedRow): {
  incident: Incident;
  names: IncidentNames;
  forwardRuleId: string | null;
} {
  return {
    incident: toIncident(row),
    forwardRuleId: row.forward_rule_id,
    names: {
      creatorName: row.creator_name,
      assigneeName: row.assignee_name,
      applicationName: row.application_name,
      typeEntry: enumEntry(row.incident_type, row.type_name_zh, row.type_name_en),
      ownershipEntry: enumEntry(row.incident_ownership, row.ownership_name_zh, row.ownership_name_en),
    },
  };
}
