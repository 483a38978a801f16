import type { CatalogueField, EnumEntry } from "../src/catalogue/catalogue.ts";
import type { SqlValue } from "./fixtures.ts";

type Lookup = (field: CatalogueField, key: string) => EnumEntry | undefined;
type Row = Record<string, SqlValue>;

const str = { type: "string" } as const;
const strings = { type: "array", items: str } as const;
const time = { type: ["integer", "null"] } as const;

/**
 * The same COC envelope and detail fields incidentd answers, as a plain JSON schema: Fastify then
 * serialises with fast-json-stringify, as it does for incidentd's TypeBox response schemas.
 */
export const DETAIL_RESPONSE = {
  type: "object",
  properties: {
    provider_code: str,
    error_code: str,
    error_msg: { type: "null" },
    data: {
      type: "object",
      properties: {
        incident_num: str,
        region: strings,
        enterprise_project: strings,
        current_cloud_service: strings,
        incident_level: str,
        is_service_interrupt: { type: "boolean" },
        start_time: time,
        fault_recovery_time: time,
        fault_delineation_time: time,
        incident_ownership: str,
        incident_type: str,
        incident_title: str,
        incident_description: str,
        incident_source: str,
        incident_assignee: strings,
        assignee_scene: str,
        assignee_role: str,
        warroom_id: str,
        handle_time: time,
        status: str,
        create_time: { type: "integer" },
        creator: str,
        enum_data_list: {
          type: "array",
          items: {
            type: "object",
            properties: { filed_key: str, enum_key: str, name_zh: str, name_en: str },
          },
        },
      },
    },
  },
} as const;

const asArray = (value: SqlValue) => (value === null ? [] : [String(value)]);
const asText = (value: SqlValue) => (value === null ? "" : String(value));

function enumData(filedKey: string, key: string, entry?: EnumEntry) {
  return {
    filed_key: filedKey,
    enum_key: key,
    name_zh: entry?.name_zh ?? key,
    name_en: entry?.name_en ?? key,
  };
}

/** Row → detail without the directory and catalogue joins: people and applications show their ids. */
export function toReferenceDetail(row: Row, lookup: Lookup) {
  const key = (column: string) => asText(row[column] ?? null);
  const list = [
    enumData("current_cloud_service_id", key("current_cloud_service")),
    enumData("creator", key("creator")),
    enumData("level_id", key("incident_level"), lookup("incident_level", key("incident_level"))),
    enumData("work_flow_status", key("status"), lookup("status", key("status"))),
    enumData("mtm_type", key("incident_type"), lookup("incident_type", key("incident_type"))),
    enumData("source_id", key("incident_source"), lookup("incident_source", key("incident_source"))),
    enumData("assignee", key("incident_assignee")),
  ];
  return {
    incident_num: key("incident_num"),
    region: asArray(row.region ?? null),
    enterprise_project: asArray(row.enterprise_project ?? null),
    current_cloud_service: asArray(row.current_cloud_service ?? null),
    incident_level: key("incident_level"),
    is_service_interrupt: row.is_service_interrupt === 1,
    start_time: row.start_time ?? null,
    fault_recovery_time: row.fault_recovery_time ?? null,
    fault_delineation_time: row.fault_delineation_time ?? null,
    incident_ownership: key("incident_ownership"),
    incident_type: key("incident_type"),
    incident_title: key("incident_title"),
    incident_description: key("incident_description"),
    incident_source: key("incident_source"),
    incident_assignee: asArray(row.incident_assignee ?? null),
    assignee_scene: key("assignee_scene"),
    assignee_role: key("assignee_role"),
    warroom_id: key("warroom_id"),
    handle_time: row.handle_time ?? null,
    status: key("status"),
    create_time: row.create_time ?? 0,
    creator: key("creator"),
    enum_data_list: list,
  };
}
