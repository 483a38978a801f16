import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { invalidParameter } from "../http/errors.ts";
import { toIncidentWithNames } from "../incidents/incident.repository.ts";
import { sortOf } from "./cursor.ts";
import { compileWhere, type ObjectFilter } from "./filter-compiler.ts";
import { FIELD_NAMES } from "./list-fields.ts";
import { type ListItem, toListItem } from "./list-item.ts";
import { fetchPage } from "./list-page.ts";

export interface ExportQuery {
  string_filters?: ObjectFilter[];
  int_filters?: ObjectFilter[];
  condition?: string;
  sort_filter?: { field: string; operator: string };
  fields?: string[];
}

const BATCH = 1000;
const CSV_COLUMNS = [...FIELD_NAMES, "forward_rule_id"];

/** RFC 4180: quote a value that holds a quote, comma or line break; double the quotes inside. */
export function csvValue(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function columnsOf(fields: string[] | undefined, csv: boolean): string[] {
  const allowed = csv ? CSV_COLUMNS : [...CSV_COLUMNS, "enum_data_list"];
  if (!fields?.length) return allowed;
  for (const [i, field] of fields.entries()) {
    if (!allowed.includes(field))
      throw invalidParameter(`query.fields[${i}]`, `unknown field ${JSON.stringify(field)}`);
  }
  return fields;
}

/**
 * Streams every incident matching the query, in the list's total order, 1,000 rows at a time along a
 * keyset (constant memory whatever the number of rows). Validation happens before the first byte.
 */
export function exportIncidents(
  deps: Deps,
  caller: Credential,
  query: ExportQuery,
  format: "ndjson" | "csv",
) {
  const where = compileWhere(query.string_filters ?? [], query.int_filters ?? [], query.condition);
  const sort = sortOf(query.sort_filter);
  const columns = columnsOf(query.fields, format === "csv");
  const line = (item: ListItem) => {
    const record = item as unknown as Record<string, unknown>;
    if (format === "csv") return `${columns.map((c) => csvValue(String(record[c] ?? ""))).join(",")}\r\n`;
    return `${JSON.stringify(Object.fromEntries(columns.map((c) => [c, record[c]])))}\n`;
  };
  async function* lines() {
    if (format === "csv") yield `${columns.join(",")}\r\n`;
    let after: { k: string | number; n: string } | undefined;
    do {
      const page = await fetchPage(deps.db, caller.projectId, {
        where,
        sort,
        limit: BATCH,
        offset: 0,
        after,
      });
      let chunk = "";
      for (const row of page.rows) {
        const { incident, names } = toIncidentWithNames(row);
        chunk += line(toListItem(incident, names));
      }
      if (chunk) yield chunk;
      after = page.last;
    } while (after);
  }
  return lines();
}
