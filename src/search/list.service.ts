import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { invalidParameter } from "../http/errors.ts";
import { selectIncidentsWithNames, toIncidentWithNames } from "../incidents/incident.repository.ts";
import { compileWhere, type ObjectFilter } from "./filter-compiler.ts";
import { FIELD_NAMES, listField } from "./list-fields.ts";
import { type ListItem, toListItem } from "./list-item.ts";

export interface ListQuery {
  page: number;
  perPage: number;
  containTotal: boolean;
  stringFilters: ObjectFilter[];
  intFilters: ObjectFilter[];
  condition?: string;
  sort?: { field: string; operator: string };
  fields?: string[];
  ticketTypes?: string[];
  /** Named counts: incidents matching the main filters and the count's own filters (AND-ed). */
  countFilters?: Array<{ name: string; filters: ObjectFilter[] }>;
  /** Counts per value of one field, under the main filters. */
  groupBy?: { field: string };
}

const ITEM_KEYS = new Set([...FIELD_NAMES, "forward_rule_id", "enum_data_list"]);

function sortOf(sort: ListQuery["sort"]): { column: string; direction: "asc" | "desc" } {
  if (!sort) return { column: "create_time", direction: "desc" };
  const field = listField(sort.field);
  if (!field) throw invalidParameter("sort_filter.field", `unknown field ${JSON.stringify(sort.field)}`);
  if (sort.operator !== "desc" && sort.operator !== "asc")
    throw invalidParameter("sort_filter.operator", "must be desc or asc");
  return { column: field.column, direction: sort.operator };
}

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

type WhereFn = ReturnType<typeof compileWhere>;

function countWhere(deps: Deps, caller: Credential, wheres: WhereFn[]) {
  let q = deps.db
    .selectFrom("incidents as i")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("i.project_id", "=", caller.projectId);
  for (const where of wheres) if (where) q = q.where(where);
  return q.executeTakeFirstOrThrow().then((row) => Number(row.total));
}

async function namedCounts(
  deps: Deps,
  caller: Credential,
  where: WhereFn,
  specs: NonNullable<ListQuery["countFilters"]>,
) {
  const names = new Set<string>();
  const compiled = specs.map((spec, i) => {
    if (names.has(spec.name))
      throw invalidParameter(`count_filters[${i}].name`, `duplicate name ${JSON.stringify(spec.name)}`);
    names.add(spec.name);
    return compileWhere(spec.filters, [], undefined, `count_filters[${i}].filters`);
  });
  const totals = await Promise.all(compiled.map((own) => countWhere(deps, caller, [where, own])));
  return specs.map((spec, i) => ({ name: spec.name, count: totals[i] as number }));
}

async function groupCounts(deps: Deps, caller: Credential, where: WhereFn, fieldName: string) {
  const field = listField(fieldName);
  if (!field) throw invalidParameter("group_by_filter.field", `unknown field ${JSON.stringify(fieldName)}`);
  let q = deps.db
    .selectFrom("incidents as i")
    .select((eb) => [eb.ref(`i.${field.column}`).as("value"), eb.fn.countAll<number>().as("count")])
    .where("i.project_id", "=", caller.projectId)
    .groupBy(`i.${field.column}`)
    .orderBy(`i.${field.column}`);
  if (where) q = q.where(where);
  const rows = await q.execute();
  return rows.map((row) => ({
    value: row.value === null ? "" : String(row.value),
    count: Number(row.count),
  }));
}

/**
 * ListIncidents: filters compiled to parameterized SQL over the field whitelist, a total order (the sort
 * field, then the incident number in the same direction), and COC's 1-based pages.
 */
export async function listIncidents(deps: Deps, caller: Credential, query: ListQuery) {
  checkRequest(query);
  const where = compileWhere(query.stringFilters, query.intFilters, query.condition);
  const { column, direction } = sortOf(query.sort);
  let base = selectIncidentsWithNames(deps.db, caller.projectId);
  if (where) base = base.where(where);
  const rowsQuery = base
    .orderBy(`i.${column}` as "i.create_time", direction)
    .orderBy("i.incident_num", direction)
    .limit(query.perPage)
    .offset((query.page - 1) * query.perPage);
  const [rows, count, counts, groups] = await Promise.all([
    rowsQuery.execute(),
    query.containTotal ? countWhere(deps, caller, [where]) : undefined,
    query.countFilters?.length ? namedCounts(deps, caller, where, query.countFilters) : undefined,
    query.groupBy ? groupCounts(deps, caller, where, query.groupBy.field) : undefined,
  ]);
  const tickets = rows.map((row) => {
    const { incident, names } = toIncidentWithNames(row);
    return project(toListItem(incident, names), query.fields);
  });
  return {
    ...(count === undefined ? {} : { total: count }),
    tickets,
    ...(counts ? { count_filters: counts } : {}),
    ...(groups ? { group_by: groups } : {}),
  };
}
