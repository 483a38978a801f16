import { type Expression, type SqlBool, sql } from "kysely";
import type { SqlCapabilities } from "../db/sql-capabilities.ts";
import { invalidParameter } from "../errors.ts";
import { type ConditionNode, namesIn, parseCondition } from "./condition-parser.ts";
import { type FieldSet, type FilterField, OPERATORS } from "./list-fields.ts";

/** The SQL reference to a field's column. */
export function columnRef(fields: FieldSet, field: FilterField): Expression<unknown> {
  return sql.ref(`${fields.alias}.${field.column}`);
}

/** ObjectFilterV2 fields COC documents without a meaning; incidentd refuses them rather than ignore them. */
export interface UnsupportedFilterFields {
  group?: string;
  match_type?: string;
  priority_type?: string;
}

export interface ObjectFilter extends UnsupportedFilterFields {
  field: string;
  operator: string;
  values: unknown[];
  name?: string;
}

/**
 * A filter's `group`, `match_type` or `priority_type` is a 400 naming it: COC documents the fields but not
 * what they do, so any value incidentd took would be a guess (an empty string is the same as absent).
 */
export function rejectUnsupported(filter: UnsupportedFilterFields, at: string): void {
  for (const key of ["group", "match_type", "priority_type"] as const) {
    const value = filter[key];
    if (value !== undefined && value !== "")
      throw invalidParameter(
        `${at}.${key}`,
        "is not supported by incidentd (COC does not document its meaning); leave it out",
      );
  }
}

/** A compiled predicate: SQL with bound parameters, usable in any query over the field set's alias. */
type Where = Expression<SqlBool>;

export const MAX_IN_VALUES = 1000;

function toValue(field: FilterField, value: unknown, at: string): string | number {
  if (field.type === "int") {
    if (typeof value === "number" && Number.isSafeInteger(value)) return value;
    if (typeof value === "string" && /^-?\d{1,16}$/.test(value)) return Number(value);
    throw invalidParameter(at, "must be an integer (a number or a string of digits)");
  }
  if (field.type === "bool") {
    if (value === true || value === "true") return 1;
    if (value === false || value === "false") return 0;
    throw invalidParameter(at, 'must be true, false, "true" or "false"');
  }
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  throw invalidParameter(at, "must be a string");
}

/** LIKE patterns match the value literally: %, _ and the escape character itself are escaped. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const and = (parts: Where[]): Where =>
  parts.length === 1 ? (parts[0] as Where) : sql<SqlBool>`(${sql.join(parts, sql<SqlBool>` and `)})`;
const or = (parts: Where[]): Where =>
  parts.length === 1 ? (parts[0] as Where) : sql<SqlBool>`(${sql.join(parts, sql<SqlBool>` or `)})`;

/** One filter → one parameterized SQL predicate over a whitelisted column. */
function compileFilter(fields: FieldSet, filter: ObjectFilter, at: string, sqlOf: SqlCapabilities): Where {
  rejectUnsupported(filter, at);
  const field = fields.get(filter.field);
  if (!field) throw invalidParameter(`${at}.field`, fields.unknown(filter.field));
  if (!OPERATORS[field.type].includes(filter.operator)) {
    throw invalidParameter(
      `${at}.operator`,
      `must be one of ${OPERATORS[field.type].join(", ")} for ${filter.field}`,
    );
  }
  if (filter.values.length === 0) throw invalidParameter(`${at}.values`, "must not be empty");
  if (filter.operator === "in" && filter.values.length > MAX_IN_VALUES)
    throw invalidParameter(`${at}.values`, `must have at most ${MAX_IN_VALUES} items`);
  if (filter.operator !== "in" && filter.values.length !== 1)
    throw invalidParameter(`${at}.values`, `must have exactly 1 item for operator ${filter.operator}`);
  const values = filter.values.map((v, i) => toValue(field, v, `${at}.values[${i}]`));
  const first = values[0] as string | number;
  // Absent strings read as "" (as the list items show them), so `= ""`, `!=` and comparisons treat NULL
  // like "". Where NULL cannot match anyway (=, in, like with non-empty values) the bare column is used,
  // so an index on it still serves the query.
  const nullCannotMatch =
    ["=", "in", "like", "startwith", "endwith"].includes(filter.operator) && values.every((v) => v !== "");
  const ref = columnRef(fields, field);
  const column =
    field.type === "string" && fields.nullable(field) && !nullCannotMatch
      ? sql<string>`coalesce(${ref}, ${""})`
      : ref;
  const like = (pattern: string): Where => sql<SqlBool>`${column} like ${pattern} escape '\\'`;
  switch (filter.operator) {
    case "in":
      return sqlOf.inList(column, values);
    case "like":
      return like(`%${escapeLike(String(first))}%`);
    case "startwith":
      return like(`${escapeLike(String(first))}%`);
    case "endwith":
      return like(`%${escapeLike(String(first))}`);
    case "!=":
      return field.type === "int" && fields.nullable(field)
        ? sql<SqlBool>`(${ref} is null or ${column} != ${first})`
        : sql<SqlBool>`${column} != ${first}`;
    default:
      // One of =, >, <, >=, <= (OPERATORS above): a fixed text, never the client's.
      return sql<SqlBool>`${column} ${sql.raw(filter.operator)} ${first}`;
  }
}

/**
 * The condition without repeats: `a | a` is `a`, `(a | b) | c` is `a | b | c` (both operators are
 * idempotent and associative), so repeated references cost nothing in SQL.
 */
function simplify(node: ConditionNode): ConditionNode {
  if (node.kind === "name") return node;
  const operands: ConditionNode[] = [];
  const names = new Set<string>();
  for (const operand of node.operands.map(simplify)) {
    const flat = operand.kind === node.kind ? operand.operands : [operand];
    for (const part of flat) {
      if (part.kind === "name") {
        if (names.has(part.name)) continue;
        names.add(part.name);
      }
      operands.push(part);
    }
  }
  return operands.length === 1 ? (operands[0] as ConditionNode) : { kind: node.kind, operands };
}

/** Builds the condition's predicate; each named filter's SQL is built once and referenced. */
function fromTree(node: ConditionNode, named: Map<string, Where>): Where {
  if (node.kind === "name") return named.get(node.name) as Where;
  const parts = node.operands.map((n) => fromTree(n, named));
  return node.kind === "and" ? and(parts) : or(parts);
}

function referencesIn(node: ConditionNode): number {
  return node.kind === "name" ? 1 : node.operands.reduce((sum, n) => sum + referencesIn(n), 0);
}

/** A compiled WHERE and its cost: the predicates SQLite evaluates per row, at most, to answer it. */
export interface CompiledFilters {
  where: Where | undefined;
  predicates: number;
}

/**
 * Compiles string/int filters and the optional condition into one WHERE predicate. Without a condition all
 * filters are AND-ed (COC); with one, the filters it names combine as it says and every filter it does not
 * name is AND-ed to the result.
 */
export function compileWhere(
  fields: FieldSet,
  sqlOf: SqlCapabilities,
  stringFilters: ObjectFilter[],
  intFilters: ObjectFilter[],
  condition?: string,
  stringFiltersField = "string_filters",
): CompiledFilters {
  const all = [
    ...stringFilters.map((f, i) => ({ filter: f, at: `${stringFiltersField}[${i}]` })),
    ...intFilters.map((f, i) => ({ filter: f, at: `int_filters[${i}]` })),
  ];
  const named = new Map<string, Where>();
  const unnamed: Where[] = [];
  for (const { filter, at } of all) {
    const where = compileFilter(fields, filter, at, sqlOf);
    if (filter.name) {
      if (named.has(filter.name))
        throw invalidParameter(`${at}.name`, `duplicate filter name ${JSON.stringify(filter.name)}`);
      named.set(filter.name, where);
    } else {
      unnamed.push(where);
    }
  }
  const parts: Where[] = [];
  let predicates = unnamed.length;
  if (condition !== undefined && condition.trim() !== "") {
    const tree = parseCondition(condition);
    const used = namesIn(tree);
    for (const [name, position] of used) {
      if (!named.has(name))
        throw invalidParameter("condition", `unknown filter name '${name}' at position ${position}`);
    }
    const simple = simplify(tree);
    predicates += referencesIn(simple);
    parts.push(fromTree(simple, named));
    for (const [name, where] of named) {
      if (used.has(name)) continue;
      parts.push(where);
      predicates++;
    }
  } else {
    parts.push(...named.values());
    predicates += named.size;
  }
  parts.push(...unnamed);
  if (parts.length === 0) return { where: undefined, predicates };
  return { where: and(parts), predicates };
}
