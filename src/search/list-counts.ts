import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { invalidParameter } from "../http/errors.ts";
import { compileWhere, type ObjectFilter } from "./filter-compiler.ts";
import { listField } from "./list-fields.ts";

export type WhereFn = ReturnType<typeof compileWhere>;

export function countWhere(deps: Deps, caller: Credential, wheres: WhereFn[]) {
  let q = deps.db
    .selectFrom("incidents as i")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("i.project_id", "=", caller.projectId);
  for (const where of wheres) if (where) q = q.where(where);
  return q.executeTakeFirstOrThrow().then((row) => Number(row.total));
}

export async function namedCounts(
  deps: Deps,
  caller: Credential,
  where: WhereFn,
  specs: Array<{ name: string; filters: ObjectFilter[] }>,
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
