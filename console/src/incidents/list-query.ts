import { STATUSES, type StringFilter } from "../api/incidents.ts";

export interface ListFilters {
  status: string;
  level?: string;
  assignee?: string;
  title?: string;
  page: number;
  perPage: number;
}

/** The filters of the controls, without the status tab: the counts per tab share them. */
export function controlFilters(filters: ListFilters): StringFilter[] {
  const out: StringFilter[] = [];
  if (filters.level) out.push({ field: "level_id", operator: "=", values: [filters.level] });
  if (filters.assignee?.trim())
    out.push({ field: "assignee", operator: "=", values: [filters.assignee.trim()] });
  if (filters.title?.trim()) out.push({ field: "title", operator: "like", values: [filters.title.trim()] });
  return out;
}

/** The page: the COC v2 list body (docs/search.md) for the current tab and controls. */
export function pageRequest(filters: ListFilters): Record<string, unknown> {
  const string_filters = controlFilters(filters);
  if (filters.status !== "all")
    string_filters.push({ field: "work_flow_status", operator: "=", values: [filters.status] });
  return {
    page: filters.page,
    per_page: filters.perPage,
    string_filters,
    sort_filter: { field: "create_time", operator: "desc" },
  };
}

/** The tabs' counts: one request, one count per status, under the same controls. */
export function countsRequest(filters: ListFilters): Record<string, unknown> {
  return {
    page: 1,
    per_page: 1,
    fields: ["ticket_id"],
    string_filters: controlFilters(filters),
    count_filters: STATUSES.map((status) => ({
      name: status,
      filters: [{ field: "work_flow_status", operator: "=", values: [status] }],
    })),
  };
}
