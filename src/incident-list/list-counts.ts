import type { SqlCapabilities } from "../db/sql-capabilities.ts";
import { invalidParameter } from "../errors.ts";
import {
  type CompiledFilters,
  compileWhere,
  type ObjectFilter,
  rejectUnsupported,
  type UnsupportedFilterFields,
} from "./filter-compiler.ts";
import type { FieldSet, FilterField } from "./list-fields.ts";

export interface CountSpec {
  name: string;
  filters: CompiledFilters;
}

/** Compiles count_filters (before any query runs, so a bad one costs no work). */
export function compileCounts(
  fields: FieldSet,
  sqlOf: SqlCapabilities,
  specs: Array<{ name: string; filters: ObjectFilter[] }>,
): CountSpec[] {
  const names = new Set<string>();
  return specs.map((spec, i) => {
    if (names.has(spec.name))
      throw invalidParameter(`count_filters[${i}].name`, `duplicate name ${JSON.stringify(spec.name)}`);
    names.add(spec.name);
    return {
      name: spec.name,
      filters: compileWhere(fields, sqlOf, spec.filters, [], undefined, `count_filters[${i}].filters`),
    };
  });
}

/** The group_by_filter as COC's SDK sends it (an object) or as the Terraform provider does (a list of one). */
export type GroupByFilter<G> = G | G[];

export function oneGroupBy<G>(groupBy: GroupByFilter<G> | undefined): G | undefined {
  return Array.isArray(groupBy) ? groupBy[0] : groupBy;
}

/** The field of group_by_filter (checked before any query runs). */
export function groupField<F extends FilterField>(
  fields: FieldSet<F>,
  groupBy: { field: string } & UnsupportedFilterFields,
): F {
  rejectUnsupported(groupBy, "group_by_filter");
  const field = fields.get(groupBy.field);
  if (!field) throw invalidParameter("group_by_filter.field", fields.unknown(groupBy.field));
  return field;
}

/**
 * The most filter predicates one list or history request may have its queries evaluate per row: the main
 * filters once per query (the page, the total, each count and the grouping) plus each count's own. It
 * bounds the work (and the SQL parameters: at most two per predicate) one request can cause.
 */
export const MAX_LIST_PREDICATES = 500;

export function checkFilterCost(queries: number, main: CompiledFilters, counts: CountSpec[]): void {
  const own = counts.reduce((sum, count) => sum + count.filters.predicates, 0);
  const cost = main.predicates * queries + own;
  if (cost > MAX_LIST_PREDICATES)
    throw invalidParameter(
      counts.length ? "count_filters" : "condition",
      `the request needs ${cost} filter predicates (the ${main.predicates} of the filters and condition ` +
        `× ${queries} queries + ${own} of count_filters); at most ${MAX_LIST_PREDICATES} are allowed: ` +
        "use fewer count_filters or fewer references in condition",
    );
}
