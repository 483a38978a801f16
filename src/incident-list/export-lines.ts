import type { ExportNames } from "./export-names.ts";
import {
  APPLICATION,
  ASSIGNEE,
  CREATOR,
  columnAt,
  type ExportRow,
  FORWARD_RULE,
  TYPE,
} from "./export-rows.ts";
import { LIST_FIELDS, type ListField } from "./list-fields.ts";
import { type EnumProp, listEnumEntry } from "./list-item.ts";

/**
 * Export rows written as NDJSON or CSV lines equal to the list API's items value for value (and, for NDJSON,
 * byte for byte what JSON.stringify writes); test/search/export-rows.test.ts holds the two together.
 */
type Row = ExportRow;

/** RFC 4180: quote a value that holds a quote, comma or line break; double the quotes inside. */
export function csvValue(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * How CSV cells that a spreadsheet would run as a formula are written: `escape` (the default) prefixes
 * them with `'` as OWASP's CSV-injection advice says; `raw` writes every value as stored, for programs.
 */
export type CsvFormulas = "escape" | "raw";

/**
 * Spreadsheets take a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula.
 * Titles can come from alarms (through transfer rules), so an outsider can choose them.
 */
export function neutraliseFormula(value: string): string {
  switch (value.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // carriage return
      return `'${value}`;
    default:
      return value;
  }
}

/** A list item's value of a column from its row: every value a string, absent values "". */
function textOf(column: string): (row: Row) => string {
  if (column === "forward_rule_id") return (row) => (row[FORWARD_RULE] as string | null) ?? "";
  const index = columnAt(column);
  if ((LIST_FIELDS[column] as ListField).type === "bool")
    return (row) => (Number(row[index]) === 1 ? "true" : "false");
  return (row) => {
    const value = row[index];
    return value === null ? "" : String(value);
  };
}

// JSON.stringify escapes only these in a string (lone surrogates since ES2019); strings without them are
// quoted as they are, which halves the cost of writing a row's 24 values.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters JSON must escape.
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;

/** A column's value as JSON, exactly as JSON.stringify writes the list item's string. */
function jsonOf(column: string): (row: Row) => string {
  if (column === "forward_rule_id")
    return (row) => JSON.stringify((row[FORWARD_RULE] as string | null) ?? "");
  const index = columnAt(column);
  const type = (LIST_FIELDS[column] as ListField).type;
  if (type === "bool") return (row) => (Number(row[index]) === 1 ? '"true"' : '"false"');
  if (type === "int") return (row) => (row[index] === null ? '""' : `"${String(row[index])}"`);
  return (row) => {
    const value = row[index] as string | null;
    if (value === null) return '""';
    return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
  };
}

interface Serialised {
  zh: string | null;
  en: string | null;
  json: string;
}

const LEVEL = columnAt("level_id");
const STATUS = columnAt("work_flow_status");
const SOURCE = columnAt("source_id");

/** enum_data_list as JSON; each entry is serialised once per export and kept while its names stay the same. */
function enumListWriter(names: ExportNames): (row: Row) => string {
  const caches = new Map<EnumProp, Map<string, Serialised>>();
  const entry = (prop: EnumProp, bizId: string, zh: string | null, en: string | null) => {
    let cache = caches.get(prop);
    if (!cache) {
      cache = new Map();
      caches.set(prop, cache);
    }
    const hit = cache.get(bizId);
    if (hit && hit.zh === zh && hit.en === en) return hit.json;
    const json = JSON.stringify(listEnumEntry(prop, bizId, zh, en));
    if (cache.size < 10_000) cache.set(bizId, { zh, en, json });
    return json;
  };
  const text = (row: Row, index: number) => row[index] as string;
  return (row) => {
    const type = text(row, TYPE);
    const own = names.types.get(type);
    const creator = text(row, CREATOR);
    const creatorName = names.users.get(creator);
    let json =
      `[${entry("level_id", text(row, LEVEL), null, null)}` +
      `,${entry("work_flow_status", text(row, STATUS), null, null)}` +
      `,${entry("mtm_type", type, own?.zh ?? null, own?.en ?? null)}` +
      `,${entry("source_id", text(row, SOURCE), null, null)}` +
      `,${entry("creator", creator, creatorName, creatorName)}`;
    const assignee = row[ASSIGNEE] as string | null;
    if (assignee) {
      const name = names.users.get(assignee);
      json += `,${entry("assignee", assignee, name, name)}`;
    }
    const app = row[APPLICATION] as string | null;
    if (app) {
      const name = names.applications.get(app);
      json += `,${entry("current_cloud_service_id", app, name, name)}`;
    }
    return `${json}]`;
  };
}

/** Writes a row as one line: an NDJSON object of `columns`, or a CSV record of them. */
export function lineWriter(
  columns: readonly string[],
  format: "ndjson" | "csv",
  names: ExportNames,
  csvFormulas: CsvFormulas = "escape",
): (row: Row) => string {
  if (format === "csv") {
    const texts = columns.map(textOf);
    const cell = csvFormulas === "raw" ? csvValue : (value: string) => csvValue(neutraliseFormula(value));
    return (row) => {
      let line = "";
      for (let i = 0; i < texts.length; i++)
        line += (i ? "," : "") + cell((texts[i] as (r: Row) => string)(row));
      return `${line}\r\n`;
    };
  }
  // Keys are serialised once, each with the separator before it.
  const parts = columns.map((column, i) => {
    const key = `${i ? "," : "{"}${JSON.stringify(column)}:`;
    const value = column === "enum_data_list" ? enumListWriter(names) : jsonOf(column);
    return (row: Row) => key + value(row);
  });
  return (row) => {
    let line = "";
    for (const part of parts) line += part(row);
    return `${line || "{"}}\n`;
  };
}
