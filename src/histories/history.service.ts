import type { Credential } from "../auth/credential.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { Deps } from "../deps.ts";
import { invalidParameter } from "../errors.ts";
import {
  columnRef,
  compileWhere,
  type ObjectFilter,
  rejectUnsupported,
  type UnsupportedFilterFields,
} from "../incident-list/filter-compiler.ts";
import { checkFilterCost, compileCounts, groupField } from "../incident-list/list-counts.ts";
import { findIncident } from "../incidents/incident.repository.ts";
import { incidentNotFound } from "../incidents/incident.service.ts";
import {
  countHistoryEntries,
  countHistoryPerValue,
  type HistoryEntry,
  type HistorySelection,
  listHistoryEntries,
} from "./history.repository.ts";
import { HISTORY_FIELDS, HISTORY_ITEM_KEYS } from "./history-fields.ts";

type Sort = { field: string; operator: string } & UnsupportedFilterFields;

/**
 * A history query in ListIncidents' filter language (ListTicketParamsV2): the same compiler, operators,
 * condition, count_filters and group_by_filter, over the fields of a history entry (history-fields.ts).
 */
export interface HistoryQuery {
  stringFilters: ObjectFilter[];
  intFilters?: ObjectFilter[];
  condition?: string;
  sort?: Sort;
  countFilters?: Array<{ name: string; filters: ObjectFilter[] }>;
  groupBy?: { field: string } & UnsupportedFilterFields;
  /** How the request names `stringFilters` in messages (the v1 API's differ by the ticket filter). */
  stringFiltersField?: string;
}

/** `fields` of a v2 history request: each must be a key of the item (else a 400 naming it). */
export function checkHistoryItemFields(fields: string[] | undefined): void {
  for (const [i, field] of (fields ?? []).entries()) {
    if (!HISTORY_ITEM_KEYS.includes(field))
      throw invalidParameter(
        `fields[${i}]`,
        `unknown field ${JSON.stringify(field)}; a history item has ${HISTORY_ITEM_KEYS.join(", ")}`,
      );
  }
}

function sortOf(sort: Sort | undefined): Pick<HistorySelection, "sort" | "direction"> {
  if (!sort) return { direction: "asc" };
  rejectUnsupported(sort, "sort_filter");
  const field = HISTORY_FIELDS.get(sort.field);
  if (!field) throw invalidParameter("sort_filter.field", HISTORY_FIELDS.unknown(sort.field));
  if (sort.operator !== "asc" && sort.operator !== "desc")
    throw invalidParameter("sort_filter.operator", "must be desc or asc");
  return { sort: columnRef(HISTORY_FIELDS, field), direction: sort.operator };
}

/**
 * The incident's history (never edited) matching the query, in the sort order (default: oldest first),
 * with the named counts and the grouping; a missing or foreign incident is COC.00067003. Everything is
 * checked before the first query.
 */
export async function queryHistory(
  deps: Deps,
  caller: Credential,
  incidentNum: string,
  query: HistoryQuery,
): Promise<{
  selected: HistoryEntry[];
  counts?: Array<{ name: string; count: number }>;
  groups?: Array<{ value: string; count: number }>;
}> {
  const sqlOf = sqlCapabilitiesOf(deps.db);
  const main = compileWhere(
    HISTORY_FIELDS,
    sqlOf,
    query.stringFilters,
    query.intFilters ?? [],
    query.condition,
    query.stringFiltersField,
  );
  const countSpecs = compileCounts(HISTORY_FIELDS, sqlOf, query.countFilters ?? []);
  const group = query.groupBy ? groupField(HISTORY_FIELDS, query.groupBy) : undefined;
  checkFilterCost(1 + countSpecs.length + (group ? 1 : 0), main, countSpecs);
  const order = sortOf(query.sort);
  const { projectId } = caller;
  if (!(await findIncident(deps.db, projectId, incidentNum))) throw incidentNotFound(incidentNum);
  const selected = await listHistoryEntries(deps.db, projectId, incidentNum, { where: main.where, ...order });
  const counts: Array<{ name: string; count: number }> = [];
  for (const spec of countSpecs)
    counts.push({
      name: spec.name,
      count: await countHistoryEntries(deps.db, projectId, incidentNum, [main.where, spec.filters.where]),
    });
  const groups = group
    ? await countHistoryPerValue(
        deps.db,
        projectId,
        incidentNum,
        main.where,
        columnRef(HISTORY_FIELDS, group),
      )
    : undefined;
  return { selected, ...(countSpecs.length ? { counts } : {}), ...(groups ? { groups } : {}) };
}
