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
  const countQuery = () => {
    let q = deps.db
      .selectFrom("incidents as i")
      .select((eb) => eb.fn.countAll<number>().as("total"))
      .where("i.project_id", "=", caller.projectId);
    if (where) q = q.where(where);
    return q.executeTakeFirstOrThrow();
  };
  const [rows, count] = await Promise.all([
    rowsQuery.execute(),
    query.containTotal ? countQuery() : undefined,
  ]);
  const tickets = rows.map((row) => {
    const { incident, names } = toIncidentWithNames(row);
    return project(toListItem(incident, names), query.fields);
  });
  return count === undefined ? { tickets } : { total: Number(count.total), tickets };
}
