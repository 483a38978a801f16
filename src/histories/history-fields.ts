import type { FieldSet, FilterField } from "../incident-list/list-fields.ts";
import { FIELD_NAMES as LIST_FIELD_NAMES } from "../incident-list/list-fields.ts";

/**
 * The fields of a history entry (COC's CocTicketHistoryBaseInfoV2) that the v2 and v1 history queries
 * filter, sort and group by, with the same compiler and operators as ListIncidents. The columns are those
 * of the derived table `h` (history.repository.ts): `status` is the status after the step, `start_time`
 * when the step began (the previous entry's time), `stop_time` when it was taken; `create_time` is
 * `stop_time` under the name the v1 API sorts by; `ticket_id` is the incident number (as v1 items show it,
 * and as the v1 API's required ticket filter names it).
 */
export const HISTORY_FIELDS_BY_NAME: Record<string, FilterField> = {
  action: { column: "action", type: "string" },
  action_name_zh: { column: "action_name_zh", type: "string" },
  action_name_en: { column: "action_name_en", type: "string" },
  operator: { column: "operator", type: "string" },
  status: { column: "status", type: "string" },
  comment: { column: "comment", type: "string" },
  start_time: { column: "start_time", type: "int" },
  stop_time: { column: "stop_time", type: "int" },
  create_time: { column: "stop_time", type: "int" },
  ticket_id: { column: "incident_num", type: "string" },
};

export const HISTORY_FIELD_NAMES = Object.keys(HISTORY_FIELDS_BY_NAME);

/** The keys of a v2 history item, which `fields` may select. */
export const HISTORY_ITEM_KEYS = [
  "action",
  "action_name_zh",
  "action_name_en",
  "operator",
  "status",
  "start_time",
  "stop_time",
  "comment",
  "enum_data_list",
];

const MUST_BE = `must be one of ${HISTORY_FIELD_NAMES.join(", ")}`;

export const HISTORY_FIELDS: FieldSet = {
  alias: "h",
  get: (name) => (Object.hasOwn(HISTORY_FIELDS_BY_NAME, name) ? HISTORY_FIELDS_BY_NAME[name] : undefined),
  nullable: (field) => field.column === "comment",
  unknown: (name) =>
    LIST_FIELD_NAMES.includes(name)
      ? `${name} is an incident field of ListIncidents, not a field of a history entry; ${MUST_BE}`
      : `unknown field ${JSON.stringify(name)}; ${MUST_BE}`,
};
