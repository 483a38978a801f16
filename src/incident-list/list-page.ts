import type { Sort } from "./cursor.ts";
import type { CompiledFilters } from "./filter-compiler.ts";

export type WhereFn = CompiledFilters["where"];

/** A page of incidents in the list's total order: after a cursor position, or at an offset. */
export interface PageRequest {
  where: WhereFn;
  sort: Sort;
  limit: number;
  offset: number;
  after?: PagePosition;
}

export type PagePosition = { k: string | number; n: string };

/** The cursor position of a row: its sort value (absent values as the sort expression reads them) and number. */
export function positionOf(sort: Sort, raw: unknown, incidentNum: string): PagePosition {
  const k = raw === null ? (sort.field.type === "string" ? "" : -1) : (raw as string | number);
  return { k, n: incidentNum };
}
