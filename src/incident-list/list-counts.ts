import type { Credential } from "../auth/credential.ts";
import type { SqlCapabilities } from "../db/sql-capabilities.ts";
import type { Deps } from "../deps.ts";
import { invalidParameter } from "../errors.ts";
import { type CompiledFilters, compileWhere, type ObjectFilter } from "./filter-compiler.ts";
import { listField } from "./list-fields.ts";

export type WhereFn = CompiledFilters["where"];

export interface CountSpec {
  name: string;
  filters: CompiledFilters;
}

export function countWhere(deps: Deps, caller: Credential, wheres: WhereFn[]) {
  let q = deps.db
    .selectFrom("incidents as i")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("i.project_id", "=", caller.projectId);
  for (const where of wheres) if (where) q = q.where(where);
  return q.executeTakeFirstOrThrow().then((row) => Number(row.total));
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

/** One count per spec, one query after the other, letting other requests in between (list.service.ts). */
export async function namedCounts(
  deps: Deps,
  caller: Credential,
  where: WhereFn,
  specs: CountSpec[],
  between: () => Promise<void>,
) {
  const counts: Array<{ name: string; count: number }> = [];
  for (const spec of specs) {
    await between();
    counts.push({ name: spec.name, count: await countWhere(deps, caller, [where, spec.filters.where]) });
  }
  return counts;
}

export async function groupCounts(deps: Deps, caller: Credential, where: WhereFn, fieldName: string) {
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
