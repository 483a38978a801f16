import { createHash } from "node:crypto";
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "../db/database.ts";
import { invalidParameter } from "../errors.ts";
import { rejectUnsupported, type UnsupportedFilterFields } from "./filter-compiler.ts";
import { isNullable, type ListField, listField } from "./list-fields.ts";

type Eb = ExpressionBuilder<Database & { i: Database["incidents"] }, "i">;

export interface Sort {
  fieldName: string;
  field: ListField;
  direction: "asc" | "desc";
}

export function sortOf(
  sort: ({ field: string; operator: string } & UnsupportedFilterFields) | undefined,
): Sort {
  if (sort) rejectUnsupported(sort, "sort_filter");
  if (!sort)
    return { fieldName: "create_time", field: listField("create_time") as ListField, direction: "desc" };
  const field = listField(sort.field);
  if (!field) throw invalidParameter("sort_filter.field", `unknown field ${JSON.stringify(sort.field)}`);
  if (sort.operator !== "desc" && sort.operator !== "asc")
    throw invalidParameter("sort_filter.operator", "must be desc or asc");
  return { fieldName: sort.field, field, direction: sort.operator };
}

/**
 * The value an incident sorts by. Absent values sort as "" or -1 on both engines (SQLite and PostgreSQL
 * place NULLs at opposite ends), so pages and cursors walk the same order everywhere.
 */
export function sortExpression(eb: Eb, field: ListField) {
  const ref = eb.ref(`i.${field.column}`);
  if (!isNullable(field)) return ref;
  return field.type === "string" ? eb.fn.coalesce(ref, eb.val("")) : eb.fn.coalesce(ref, eb.val(-1));
}

interface CursorState {
  /** Sort value and incident number of the last row returned. */
  k: string | number;
  n: string;
  /** Hash of the query (filters, condition, sort) the cursor belongs to. */
  h: string;
}

export function queryHash(parts: unknown): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 16);
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state)).toString("base64url");
}

export function decodeCursor(cursor: string, hash: string): CursorState {
  let state: CursorState;
  try {
    state = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as CursorState;
  } catch {
    throw invalidParameter("cursor", "is malformed; pass next_cursor exactly as it was answered");
  }
  if (
    typeof state?.n !== "string" ||
    (typeof state.k !== "string" && typeof state.k !== "number") ||
    typeof state.h !== "string"
  ) {
    throw invalidParameter("cursor", "is malformed; pass next_cursor exactly as it was answered");
  }
  if (state.h !== hash)
    throw invalidParameter("cursor", "belongs to another query: the filters, condition or sort changed");
  return state;
}

/**
 * Rows strictly after the cursor in the total order (sort value, then incident number), as one row-value
 * comparison: both engines seek an index on (…, sort column, incident_num) straight to it, where the
 * equivalent `a < k OR (a = k AND n < m)` made them scan from the start of the project (docs/search.md).
 */
export function afterCursor(sort: Sort, state: Pick<CursorState, "k" | "n">) {
  const op = sql.raw(sort.direction === "desc" ? "<" : ">");
  return (eb: Eb): Expression<SqlBool> =>
    sql<SqlBool>`(${sortExpression(eb, sort.field)}, ${eb.ref("i.incident_num")}) ${op} (${state.k}, ${state.n})`;
}
