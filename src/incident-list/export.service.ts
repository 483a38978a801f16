import type { Credential } from "../auth/credential.ts";
import { expensiveReadsOf } from "../db/expensive-reads.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { Deps } from "../deps.ts";
import { invalidParameter } from "../errors.ts";
import { sortOf } from "./cursor.ts";
import { fetchExportRows } from "./export.repository.ts";
import { type CsvFormulas, lineWriter } from "./export-lines.ts";
import { exportNames } from "./export-names.ts";
import { needNamesOf, positionAfter } from "./export-rows.ts";
import { compileWhere, type ObjectFilter } from "./filter-compiler.ts";
import { FIELD_NAMES, INCIDENT_FIELDS } from "./list-fields.ts";
import type { PagePosition } from "./list-page.ts";

export interface ExportQuery {
  string_filters?: ObjectFilter[];
  int_filters?: ObjectFilter[];
  condition?: string;
  sort_filter?: { field: string; operator: string };
  fields?: string[];
}

const BATCH = 1000;
/**
 * Lines go out as UTF-8 buffers of about 40,000 characters. A whole batch in one string (1.7 MB of NDJSON)
 * cost more to flatten and encode than building its rows did; strings past V8's large-object size
 * (128 KiB, 64k two-byte characters) are the slow ones, and smaller chunks mean more writes
 * (docs/benchmarks.md).
 */
const CHUNK_CHARS = 40_000;
const CSV_COLUMNS = [...FIELD_NAMES, "forward_rule_id"];

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
  csvFormulas: CsvFormulas = "escape",
) {
  const sqlOf = sqlCapabilitiesOf(deps.db);
  const { where } = compileWhere(
    INCIDENT_FIELDS,
    sqlOf,
    query.string_filters ?? [],
    query.int_filters ?? [],
    query.condition,
  );
  const sort = sortOf(query.sort_filter);
  const columns = columnsOf(query.fields, format === "csv");
  const names = exportNames(deps.db, caller.projectId);
  const line = lineWriter(columns, format, names, csvFormulas);
  // Batches are read where expensive reads run (on SQLite a reader worker, db/expensive-reads.ts); the
  // names they show are point look-ups on the main connection.
  const reads = expensiveReadsOf(deps.db);
  async function* lines() {
    if (format === "csv") yield Buffer.from(`${columns.join(",")}\r\n`);
    let after: PagePosition | undefined;
    do {
      const request = { where, sort, limit: BATCH, offset: 0, after };
      const rows = await fetchExportRows(reads, caller.projectId, request);
      needNamesOf(rows, names);
      await names.load();
      let chunk = "";
      for (const row of rows) {
        chunk += line(row);
        if (chunk.length >= CHUNK_CHARS) {
          yield Buffer.from(chunk);
          chunk = "";
        }
      }
      if (chunk) yield Buffer.from(chunk);
      after = positionAfter(rows, request);
    } while (after);
  }
  return lines();
}
