import type { Db } from "../db/database.ts";
import { arrayRows } from "../db/prepared.ts";
import type { ExportNames } from "./export-names.ts";
import { FIELD_NAMES, LIST_FIELDS, type ListField } from "./list-fields.ts";
import { inPage, type PagePosition, type PageRequest, positionOf } from "./list-page.ts";

/**
 * The export reads its rows as arrays of the list fields' columns and writes them straight to lines
 * (export-lines.ts). The list API maps each row to a domain incident, then to a list item, then
 * serialises it; at 1.7 kB a row, those objects and the directory joins cost the export more than
 * SQLite takes to read the row (docs/benchmarks.md).
 */
export type ExportRow = unknown[];

// Every list field's column, in FIELD_NAMES order.
const COLUMNS = FIELD_NAMES.map((name) => `i.${(LIST_FIELDS[name] as ListField).column}`);

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

/**
 * One page of the export in the list's total order, with the names its rows show loaded into `names`,
 * and the position after its last row when the page is full.
 */
export async function fetchExportRows(
  db: Db,
  projectId: string,
  request: PageRequest,
  names: ExportNames,
): Promise<{ rows: ExportRow[]; last?: PagePosition }> {
  const base = db
    .selectFrom("incidents as i")
    .select(COLUMNS as never)
    .where("i.project_id", "=", projectId);
  const rows = await arrayRows(db, inPage(base, request));
  for (const row of rows) {
    names.users.need(row[CREATOR]);
    names.users.need(row[ASSIGNEE]);
    names.applications.need(row[APPLICATION]);
    names.types.need(row[TYPE]);
  }
  await names.load();
  const lastRow = rows.length === request.limit ? rows.at(-1) : undefined;
  if (!lastRow) return { rows };
  const sortAt = FIELD_NAMES.findIndex((name) => LIST_FIELDS[name] === request.sort.field);
  return { rows, last: positionOf(request.sort, lastRow[sortAt], lastRow[0] as string) };
}
