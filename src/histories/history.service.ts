import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { invalidParameter } from "../errors.ts";
import { findIncident } from "../incidents/incident.repository.ts";
import { incidentNotFound } from "../incidents/incident.service.ts";
import { type HistoryEntry, listHistoryEntries } from "./history.repository.ts";

export interface Filter {
  field: string;
  operator: string;
  values: unknown[];
}

const FILTERABLE: Record<string, (e: HistoryEntry) => string> = {
  action: (e) => e.action,
  operator: (e) => e.operator,
  status: (e) => e.statusAfter,
};
const OPERATORS = ["=", "!=", "in"];
const SORTABLE = ["start_time", "stop_time", "create_time"];

/** Checks history filters (an incident has few entries, so they are applied in memory). */
export function compileFilters(filters: Filter[], field: string): (entry: HistoryEntry) => boolean {
  const checks = filters.map((filter, index) => {
    const at = `${field}[${index}]`;
    const read = Object.hasOwn(FILTERABLE, filter.field) ? FILTERABLE[filter.field] : undefined;
    if (!read) throw invalidParameter(`${at}.field`, `must be one of ${Object.keys(FILTERABLE).join(", ")}`);
    if (!OPERATORS.includes(filter.operator))
      throw invalidParameter(`${at}.operator`, `must be one of ${OPERATORS.join(", ")}`);
    if (filter.values.length === 0) throw invalidParameter(`${at}.values`, "must not be empty");
    const values = filter.values.map((value, i) => {
      // Only scalars: String() of an object runs (or fails on) its own toString/valueOf.
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return String(value);
      throw invalidParameter(`${at}.values[${i}]`, "must be a string, a number or a boolean");
    });
    if (filter.operator === "!=") return (e: HistoryEntry) => !values.includes(read(e));
    return (e: HistoryEntry) => values.includes(read(e));
  });
  return (entry) => checks.every((check) => check(entry));
}

export function sortDirection(
  sort: { field: string; operator: string } | undefined,
  field: string,
): "asc" | "desc" {
  if (!sort) return "asc";
  if (!SORTABLE.includes(sort.field))
    throw invalidParameter(`${field}.field`, `must be one of ${SORTABLE.join(", ")}`);
  if (sort.operator !== "asc" && sort.operator !== "desc")
    throw invalidParameter(`${field}.operator`, "must be desc or asc");
  return sort.operator;
}

/** The incident's history (never edited), filtered; a missing or foreign incident is COC.00067003. */
export async function queryHistory(
  deps: Deps,
  caller: Credential,
  incidentNum: string,
  keep: (entry: HistoryEntry) => boolean,
  direction: "asc" | "desc",
): Promise<{ all: HistoryEntry[]; selected: HistoryEntry[] }> {
  if (!(await findIncident(deps.db, caller.projectId, incidentNum))) throw incidentNotFound(incidentNum);
  const all = await listHistoryEntries(deps.db, caller.projectId, incidentNum);
  const selected = all.filter(keep);
  if (direction === "desc") selected.reverse();
  return { all, selected };
}
