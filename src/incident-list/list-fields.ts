import type { IncidentTable } from "../incidents/incident.table.ts";

/**
 * The whitelist of v2 list fields (COC API reference, ListIncidents: CocIncidentDataV2) and the column each reads.
 * Filters and sorts may use only these; anything else is a 400 naming the field.
 */
export type FieldType = "string" | "int" | "bool";

/** A field a filter may name: the column it reads (of the table `FieldSet.alias` names) and its type. */
export interface FilterField {
  column: string;
  type: FieldType;
}

/**
 * What a filter language is compiled over: ListIncidents' incident fields (`INCIDENT_FIELDS`) or a
 * history's entry fields (`HISTORY_FIELDS`). One compiler serves both, so operators, values, condition
 * and limits mean the same everywhere.
 */
export interface FieldSet<F extends FilterField = FilterField> {
  /** The table (or derived table) alias the columns are read from. */
  alias: string;
  get(name: string): F | undefined;
  /** Whether the column can be NULL (read as "" for strings, -1 for integers). */
  nullable(field: F): boolean;
  /** The message after `<at>.field: ` for a name that is not a field here. */
  unknown(name: string): string;
}

export interface ListField {
  column: keyof IncidentTable;
  type: FieldType;
}

export const LIST_FIELDS: Record<string, ListField> = {
  ticket_id: { column: "incident_num", type: "string" },
  title: { column: "incident_title", type: "string" },
  description: { column: "incident_description", type: "string" },
  level_id: { column: "incident_level", type: "string" },
  mtm_type: { column: "incident_type", type: "string" },
  mtm_region: { column: "region", type: "string" },
  source_id: { column: "incident_source", type: "string" },
  current_cloud_service_id: { column: "current_cloud_service", type: "string" },
  enterprise_project_id: { column: "enterprise_project", type: "string" },
  is_service_interrupt: { column: "is_service_interrupt", type: "bool" },
  work_flow_status: { column: "status", type: "string" },
  phase: { column: "node", type: "string" },
  assignee: { column: "incident_assignee", type: "string" },
  assignee_scene: { column: "assignee_scene", type: "string" },
  assignee_role: { column: "assignee_role", type: "string" },
  creator: { column: "creator", type: "string" },
  operator: { column: "last_operator", type: "string" },
  incident_ownership: { column: "incident_ownership", type: "string" },
  create_time: { column: "create_time", type: "int" },
  update_time: { column: "update_time", type: "int" },
  start_time: { column: "start_time", type: "int" },
  handle_time: { column: "handle_time", type: "int" },
};

export const FIELD_NAMES = Object.keys(LIST_FIELDS);

export function listField(name: string): ListField | undefined {
  return Object.hasOwn(LIST_FIELDS, name) ? LIST_FIELDS[name] : undefined;
}

export const OPERATORS: Record<FieldType, readonly string[]> = {
  string: ["=", "!=", "in", "like", "startwith", "endwith", ">", "<", ">=", "<="],
  int: ["=", "!=", "in", ">", "<", ">=", "<="],
  bool: ["=", "!=", "in"],
};

/** Columns that are never NULL; the others read as "" (strings) or -1 (times) when absent. */
const NOT_NULL = new Set<string>([
  "incident_num",
  "incident_title",
  "incident_level",
  "incident_type",
  "incident_source",
  "status",
  "node",
  "creator",
  "create_time",
  "update_time",
  "is_service_interrupt",
]);

export function isNullable(field: ListField): boolean {
  return !NOT_NULL.has(field.column);
}

/** ListIncidents' fields, over `incidents as i`. */
export const INCIDENT_FIELDS: FieldSet<ListField> = {
  alias: "i",
  get: listField,
  nullable: isNullable,
  unknown: (name) => `unknown field ${JSON.stringify(name)}; must be one of ${FIELD_NAMES.join(", ")}`,
};
