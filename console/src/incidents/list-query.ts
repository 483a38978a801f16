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

/** The export of the current tab and controls (GET /incidentd/v1/incidents/export, docs/search.md). */
export function exportUrl(filters: ListFilters, format: "csv" | "ndjson"): string {
  const { string_filters, sort_filter } = pageRequest(filters);
  const query = JSON.stringify({ string_filters, sort_filter });
  return `/incidentd/v1/incidents/export?${new URLSearchParams({ format, query })}`;
}
