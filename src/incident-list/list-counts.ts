import type { SqlCapabilities } from "../db/sql-capabilities.ts";
import { invalidParameter } from "../errors.ts";
import {
  type CompiledFilters,
  compileWhere,
  type ObjectFilter,
  rejectUnsupported,
  type UnsupportedFilterFields,
} from "./filter-compiler.ts";
import { type ListField, listField } from "./list-fields.ts";

export interface CountSpec {
  name: string;
  filters: CompiledFilters;
}

/** Compiles count_filters (before any query runs, so a bad one costs no work). */
export function compileCounts(
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
      filters: compileWhere(sqlOf, spec.filters, [], undefined, `count_filters[${i}].filters`),
    };
  });
}

/** The field of group_by_filter (checked before any query runs). */
export function groupField(groupBy: { field: string } & UnsupportedFilterFields): ListField {
  rejectUnsupported(groupBy, "group_by_filter");
  const field = listField(groupBy.field);
  if (!field)
    throw invalidParameter("group_by_filter.field", `unknown field ${JSON.stringify(groupBy.field)}`);
  return field;
}
