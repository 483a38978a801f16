/** The list's orders: a COC v2 `sort_filter` field and direction each. */
export const SORTS = ["create_time:desc", "create_time:asc", "level_id:asc", "level_id:desc"] as const;
export type Sort = (typeof SORTS)[number];

export interface ListFilters {
  status: string;
  level?: string;
  assignee?: string;
  title?: string;
  source?: string;
  application?: string;
  /** Created at or after, epoch ms. */
  createdFrom?: number;
  /** Created before, epoch ms. */
  createdTo?: number;
  sort?: Sort;
  page: number;
  perPage: number;
}

/**
 * A COC v2 string filter as the controls build it. This file imports nothing of the browser's, so that
 * `npm run bench` (console-list) sends exactly the console's requests.
 */
export interface StringFilter {
  field: string;
  operator: "=" | "!=" | "in" | "like";
  values: string[];
  name?: string;
}

interface IntFilter {
  field: string;
  operator: ">=" | "<";
  values: string[];
}

/** The filters of the controls, without the status tab: the counts per tab share them. */
export function controlFilters(filters: ListFilters): {
  string_filters: StringFilter[];
  int_filters: IntFilter[];
} {
  const out: StringFilter[] = [];
  const equal = (field: string, value: string | undefined) => {
    if (value?.trim()) out.push({ field, operator: "=", values: [value.trim()] });
  };
  equal("level_id", filters.level);
  equal("assignee", filters.assignee);
  equal("source_id", filters.source);
  // COC's application is the incident's current_cloud_service.
  equal("current_cloud_service_id", filters.application);
  if (filters.title?.trim()) out.push({ field: "title", operator: "like", values: [filters.title.trim()] });
  const ints: IntFilter[] = [];
  if (filters.createdFrom !== undefined)
    ints.push({ field: "create_time", operator: ">=", values: [String(filters.createdFrom)] });
  if (filters.createdTo !== undefined)
    ints.push({ field: "create_time", operator: "<", values: [String(filters.createdTo)] });
  return { string_filters: out, int_filters: ints };
}

/**
 * The item keys the list shows (the table's columns and their display names): the page asks only for
 * these (`fields`), which makes its answer 40 % smaller — the description alone was a third of it.
 */
export const LIST_FIELDS = [
  "ticket_id",
  "title",
  "level_id",
  "work_flow_status",
  "assignee",
  "create_time",
  "enum_data_list",
] as const;

/** The page: the COC v2 list body (docs/search.md) for the current tab and controls. */
export function pageRequest(filters: ListFilters): Record<string, unknown> {
  const { string_filters, int_filters } = controlFilters(filters);
  if (filters.status !== "all")
    string_filters.push({ field: "work_flow_status", operator: "=", values: [filters.status] });
  const [field, operator] = (filters.sort ?? "create_time:desc").split(":");
  return {
    page: filters.page,
    per_page: filters.perPage,
    string_filters,
    ...(int_filters.length ? { int_filters } : {}),
    sort_filter: { field, operator },
    fields: [...LIST_FIELDS],
    contain_total: false,
  };
}

/**
 * The tabs' counts (CountIncidentsByStatus): one request under the same controls, each count exact up to
 * the server's cap. The page asks no total of its own: a total counts every match on every poll.
 */
export function countsRequest(filters: ListFilters) {
  const { string_filters, int_filters } = controlFilters(filters);
  return { string_filters, ...(int_filters.length ? { int_filters } : {}) };
}

/** The export of the current tab and controls (GET /incidentd/v1/incidents/export, docs/search.md). */
export function exportUrl(filters: ListFilters, format: "csv" | "ndjson"): string {
  const { string_filters, int_filters, sort_filter } = pageRequest(filters);
  const query = JSON.stringify({ string_filters, ...(int_filters ? { int_filters } : {}), sort_filter });
  return `/incidentd/v1/incidents/export?${new URLSearchParams({ format, query })}`;
}
