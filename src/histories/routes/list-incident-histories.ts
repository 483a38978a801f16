import { Type } from "@sinclair/typebox";
import { invalidParameter } from "../../errors.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { expensiveRoute } from "../../http/concurrency-limit.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import {
  CountAnswers,
  CountFilters,
  Filter,
  GroupByFilter,
  SortFilter,
} from "../../incident-list/filter.schemas.ts";
import { oneGroupBy } from "../../incident-list/list-counts.ts";
import { IncidentIdParam } from "../../workflow/workflow.schemas.ts";
import { HistoryItemV2 } from "../history.schemas.ts";
import { checkHistoryItemFields, queryHistory } from "../history.service.ts";
import { toV2Items } from "../history-views.ts";

/**
 * ListIncidents' body fields that mean nothing for one incident's history (it has no pages, sub-tickets or
 * ticket types): a client reusing a list body learns so instead of having them ignored.
 */
const LIST_ONLY = [
  "page",
  "per_page",
  "contain_total",
  "contain_all",
  "contain_sub_ticket",
  "ticket_types",
  "cursor",
];

/** ListTicketParamsV2: ListIncidents' filter language (search.md), over a history entry's fields. */
const Body = Type.Object({
  string_filters: Type.Optional(Type.Array(Filter, { maxItems: 20 })),
  int_filters: Type.Optional(Type.Array(Filter, { maxItems: 20 })),
  condition: Type.Optional(
    Str(10_000, { description: "e.g. (a & b) | c over filter names; empty = all AND-ed" }),
  ),
  sort_filter: Type.Optional(SortFilter),
  fields: Type.Optional(Type.Array(Str(255), { maxItems: 100 })),
  count_filters: Type.Optional(CountFilters),
  group_by_filter: Type.Optional(GroupByFilter),
});

export const listIncidentHistoriesRoute: RouteModule = (app, deps) => {
  app.post(
    "/v2/incidents/:incident_id/histories",
    {
      config: { access: "reader" },
      ...expensiveRoute(deps),
      schema: {
        operationId: "ListIncidentsHistories",
        summary: "The incident's history, oldest first (sort_filter start_time desc for newest first)",
        description:
          "ListIncidents' filter language (string_filters, int_filters, condition, sort_filter, " +
          "count_filters, group_by_filter) over the entry fields action, action_name_zh, action_name_en, " +
          "operator, status, comment, start_time, stop_time (create_time = stop_time), ticket_id. ListIncidents-only " +
          `body fields (${LIST_ONLY.join(", ")}) are a 400 naming the field.`,
        tags: ["COC incident workflow"],
        params: IncidentIdParam,
        body: Type.Optional(Body),
        response: responses(
          Type.Object({
            total: Type.Integer(),
            info: Type.Array(Type.Partial(HistoryItemV2)),
            ...CountAnswers,
          }),
        ),
      },
    },
    async (request) => {
      const body = request.body ?? {};
      for (const key of LIST_ONLY)
        if (Object.hasOwn(body, key))
          throw invalidParameter(key, "is a ListIncidents field; a history has no pages: leave it out");
      checkHistoryItemFields(body.fields);
      const { selected, counts, groups } = await queryHistory(
        deps,
        callerOf(request),
        request.params.incident_id,
        {
          stringFilters: body.string_filters ?? [],
          intFilters: body.int_filters ?? [],
          condition: body.condition,
          sort: body.sort_filter,
          countFilters: body.count_filters,
          groupBy: oneGroupBy(body.group_by_filter),
        },
      );
      const items = toV2Items(selected);
      const fields = body.fields?.length ? new Set(body.fields) : undefined;
      const info = fields
        ? items.map((i) => Object.fromEntries(Object.entries(i).filter(([k]) => fields.has(k))))
        : items;
      return ok({
        total: selected.length,
        info,
        ...(counts ? { count_filters: counts } : {}),
        ...(groups ? { group_by: groups } : {}),
      });
    },
  );
};
