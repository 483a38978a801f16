import type { ExportNames } from "./export-names.ts";
import { FIELD_NAMES, LIST_FIELDS, type ListField } from "./list-fields.ts";
import { type PagePosition, type PageRequest, positionOf } from "./list-page.ts";

/**
 * The export reads its rows as arrays of the list fields' columns and writes them straight to lines
 * (export-lines.ts). The list API maps each row to a domain incident, then to a list item, then
 * serialises it; at 1.7 kB a row, those objects and the directory joins cost the export more than
 * SQLite takes to read the row (docs/benchmarks.md).
 */
export type ExportRow = unknown[];

/** Every list field's column, in FIELD_NAMES order: an export row's columns. */
export const EXPORT_COLUMNS = FIELD_NAMES.map((name) => `i.${(LIST_FIELDS[name] as ListField).column}`);

/** After the list fields: the transfer rule that created the incident (forward_rule_id), or null. */
export const FORWARD_RULE_COLUMN = "fwd.rule_id";
export const FORWARD_RULE = FIELD_NAMES.length;

/** Where a list field's column is in an export row. */
export function columnAt(field: string): number {
  const index = FIELD_NAMES.indexOf(field);
  if (index < 0) throw new Error(`${field} is not a list field`);
  return index;
}

export const CREATOR = columnAt("creator");
export const ASSIGNEE = columnAt("assignee");
export const APPLICATION = columnAt("current_cloud_service_id");
export const TYPE = columnAt("mtm_type");

/** Notes the names a batch of rows shows, for `names.load()` to read those not yet known. */
export function needNamesOf(rows: readonly ExportRow[], names: ExportNames): void {
  for (const row of rows) {
    names.users.need(row[CREATOR]);
    names.users.need(row[ASSIGNEE]);
    names.applications.need(row[APPLICATION]);
    names.types.need(row[TYPE]);
  }
}

const INCIDENT_NUM = columnAt("ticket_id");

/** Where the export continues after `rows` (a batch of `request`): undefined after the last batch. */
export function positionAfter(rows: readonly ExportRow[], request: PageRequest): PagePosition | undefined {
  const lastRow = rows.length === request.limit ? rows.at(-1) : undefined;
  if (!lastRow) return undefined;
  const sortAt = FIELD_NAMES.findIndex((name) => LIST_FIELDS[name] === request.sort.field);
  return positionOf(request.sort, lastRow[sortAt], lastRow[INCIDENT_NUM] as string);
}
