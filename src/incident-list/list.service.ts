import type { Credential } from "../auth/credential.ts";
import { expensiveReadsOf } from "../db/expensive-reads.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { Deps } from "../deps.ts";
import { invalidParameter } from "../errors.ts";
import { countIncidents } from "../incidents/incident-counters.repository.ts";
import { toIncidentWithNames } from "../incidents/incidents-with-names.repository.ts";
import { decodeCursor, encodeCursor, queryHash, sortOf } from "./cursor.ts";
import {
  type CompiledFilters,
  compileWhere,
  type ObjectFilter,
  type UnsupportedFilterFields,
} from "./filter-compiler.ts";
import { countMatching, countPerValue, fetchPage } from "./list.repository.ts";
import { type CountSpec, checkFilterCost, compileCounts, groupField } from "./list-counts.ts";
import { FIELD_NAMES, INCIDENT_FIELDS, LIST_FIELDS } from "./list-fields.ts";
import { type ListItem, toListItem } from "./list-item.ts";

export interface ListQuery {
  page: number;
  perPage: number;
  containTotal: boolean;
  /** COC's contain_all: every match in one answer, up to `config.limits.listAllMax` (else a 400). */
  containAll?: boolean;
  stringFilters: ObjectFilter[];
  intFilters: ObjectFilter[];
  condition?: string;
  sort?: { field: string; operator: string } & UnsupportedFilterFields;
  fields?: string[];
  ticketTypes?: string[];
  /** Named counts: incidents matching the main filters and the count's own filters (AND-ed). */
  countFilters?: Array<{ name: string; filters: ObjectFilter[] }>;
  /** Counts per value of one field, under the main filters. */
  groupBy?: { field: string } & UnsupportedFilterFields;
  /** incidentd extension: continue after the last row of a previous answer (its next_cursor). */
  cursor?: string;
}

const ITEM_KEYS = new Set([...FIELD_NAMES, "forward_rule_id", "enum_data_list"]);

function checkRequest(query: ListQuery): void {
  for (const [i, type] of (query.ticketTypes ?? []).entries()) {
    if (type !== "incident")
      throw invalidParameter(`ticket_types[${i}]`, "must be incident (incidentd has only incident tickets)");
  }
  for (const [i, field] of (query.fields ?? []).entries()) {
    if (!ITEM_KEYS.has(field))
      throw invalidParameter(`fields[${i}]`, `unknown field ${JSON.stringify(field)}`);
  }
}

function project(item: ListItem, fields: string[] | undefined): Partial<ListItem> {
  if (!fields?.length) return item;
  return Object.fromEntries(
    Object.entries(item).filter(([key]) => fields.includes(key)),
  ) as Partial<ListItem>;
}

/** The query a cursor belongs to: the same filters, condition and sort. */
export function hashOf(
  query: Pick<ListQuery, "stringFilters" | "intFilters" | "condition" | "sort">,
): string {
  const sort = sortOf(query.sort);
  return queryHash([
    query.stringFilters,
    query.intFilters,
    query.condition ?? "",
    sort.fieldName,
    sort.direction,
  ]);
}

function checkCost(query: ListQuery, main: CompiledFilters, counts: CountSpec[]): void {
  checkFilterCost(1 + (query.containTotal ? 1 : 0) + counts.length + (query.groupBy ? 1 : 0), main, counts);
}

/**
 * contain_all: every match in one answer. The bound keeps one answer's memory and time in proportion
 * (INCIDENTD_LIST_ALL_MAX); past it the client learns so (a 400 naming contain_all) instead of silently
 * getting part of the set, and pages or uses the cursor instead.
 */
function containAllOf(query: ListQuery, max: number) {
  if (query.cursor !== undefined) throw invalidParameter("cursor", "must be absent when contain_all is true");
  if (query.page !== 1) throw invalidParameter("page", "must be 1 (or absent) when contain_all is true");
  return {
    max,
    tooMany: () =>
      invalidParameter(
        "contain_all",
        `more than ${max} incidents match, the most one answer holds (INCIDENTD_LIST_ALL_MAX); ` +
          "narrow the filters, or page with page/per_page or cursor",
      ),
  };
}

/**
 * ListIncidents: filters compiled to parameterized SQL over the field whitelist, a total order (the sort
 * field, then the incident number in the same direction), COC's 1-based pages, and (incidentd's own) a
 * keyset cursor: every full page answers a next_cursor that continues exactly after its last row.
 */
export async function listIncidents(deps: Deps, caller: Credential, query: ListQuery) {
  checkRequest(query);
  const sqlOf = sqlCapabilitiesOf(deps.db);
  const main = compileWhere(INCIDENT_FIELDS, sqlOf, query.stringFilters, query.intFilters, query.condition);
  const countSpecs = compileCounts(INCIDENT_FIELDS, sqlOf, query.countFilters ?? []);
  checkCost(query, main, countSpecs);
  const where = main.where;
  const sort = sortOf(query.sort);
  const hash = hashOf(query);
  const all = query.containAll ? containAllOf(query, deps.config.limits.listAllMax) : undefined;
  if (query.cursor !== undefined && query.page !== 1)
    throw invalidParameter("page", "must be 1 (or absent) when cursor is given");
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, hash);
  const group = query.groupBy ? groupField(INCIDENT_FIELDS, query.groupBy) : undefined;
  // Every query whose cost grows with the data runs where expensive reads run (on SQLite a reader
  // worker's connection, db/expensive-reads.ts), one after the other. The first page of an unfiltered
  // list in creation order is an index walk of per_page rows, and the unfiltered total one counter row:
  // those are read on the main connection, as a detail is.
  const reads = expensiveReadsOf(deps.db);
  const { projectId } = caller;
  const indexWalk = !where && !all && query.page === 1 && !after && sort.field === LIST_FIELDS.create_time;
  const page = await fetchPage(indexWalk ? deps.db : reads, projectId, {
    where,
    sort,
    limit: all ? all.max + 1 : query.perPage,
    offset: (query.page - 1) * query.perPage,
    after,
  });
  if (all && page.rows.length > all.max) throw all.tooMany();
  let total: number | undefined;
  if (query.containTotal)
    total = where ? await countMatching(reads, projectId, [where]) : await countIncidents(deps.db, projectId);
  let counts: Array<{ name: string; count: number }> | undefined;
  if (countSpecs.length) {
    counts = [];
    for (const spec of countSpecs)
      counts.push({
        name: spec.name,
        count: await countMatching(reads, projectId, [where, spec.filters.where]),
      });
  }
  const groups = group ? await countPerValue(reads, projectId, where, group) : undefined;
  const tickets = page.rows.map((row) => {
    const { incident, names, forwardRuleId } = toIncidentWithNames(row);
    return project(toListItem(incident, names, forwardRuleId), query.fields);
  });
  return {
    ...(total === undefined ? {} : { total }),
    tickets,
    next_cursor: page.last && !all ? encodeCursor({ ...page.last, h: hash }) : null,
    ...(counts ? { count_filters: counts } : {}),
    ...(groups ? { group_by: groups } : {}),
  };
}
