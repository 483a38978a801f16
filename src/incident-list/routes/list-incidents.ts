import { Type } from "@sinclair/typebox";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { expensiveRoute } from "../../http/concurrency-limit.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { CountAnswers, CountFilters, Filter, GroupByFilter, SortFilter } from "../filter.schemas.ts";
import { listIncidents } from "../list.service.ts";
import { oneGroupBy } from "../list-counts.ts";

const Body = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1 })),
  per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 10 })),
  contain_total: Type.Optional(Type.Boolean({ default: true })),
  contain_all: Type.Optional(
    Type.Boolean({
      description:
        "true: every matching incident in one answer (page 1, per_page ignored); more than " +
        "INCIDENTD_LIST_ALL_MAX (default 1000) matches is a 400 naming contain_all.",
    }),
  ),
  contain_sub_ticket: Type.Optional(
    Type.Boolean({ description: "incidentd has no sub-tickets: true and false give the same answer." }),
  ),
  string_filters: Type.Optional(Type.Array(Filter, { maxItems: 20 })),
  int_filters: Type.Optional(Type.Array(Filter, { maxItems: 20 })),
  condition: Type.Optional(
    Str(10_000, { description: "e.g. (a & b) | c over filter names; empty = all AND-ed" }),
  ),
  sort_filter: Type.Optional(SortFilter),
  fields: Type.Optional(Type.Array(Str(255), { maxItems: 100 })),
  count_filters: Type.Optional(CountFilters),
  group_by_filter: Type.Optional(GroupByFilter),
  ticket_types: Type.Optional(Type.Array(Str(64), { maxItems: 10 })),
  cursor: Type.Optional(
    Str(2000, {
      minLength: 1,
      description: "incidentd extension: the next_cursor of the previous page (keyset pagination).",
    }),
  ),
});

export const listIncidentsRoute: RouteModule = (app, deps) => {
  app.post(
    "/v2/incidents/list",
    {
      config: { access: "reader" },
      ...expensiveRoute(deps, "ListIncidents"),
      schema: {
        operationId: "ListIncidents",
        summary: "Search incidents with COC's filter language",
        tags: ["COC incidents"],
        body: Type.Optional(Body),
        response: responses(
          Type.Object({
            total: Type.Optional(Type.Integer()),
            tickets: Type.Array(Type.Record(Type.String(), Type.Unknown())),
            next_cursor: Type.Union([Type.String(), Type.Null()], {
              description:
                "incidentd extension: pass as cursor to continue after this page (null after the last).",
            }),
            ...CountAnswers,
          }),
        ),
      },
    },
    async (request) => {
      const body = request.body ?? {};
      const data = await listIncidents(deps, callerOf(request), {
        page: body.page ?? 1,
        perPage: body.per_page ?? 10,
        containTotal: body.contain_total ?? true,
        containAll: body.contain_all ?? false,
        stringFilters: body.string_filters ?? [],
        intFilters: body.int_filters ?? [],
        condition: body.condition,
        sort: body.sort_filter,
        fields: body.fields,
        ticketTypes: body.ticket_types,
        countFilters: body.count_filters,
        groupBy: oneGroupBy(body.group_by_filter),
        cursor: body.cursor,
      });
      return ok(data);
    },
  );
};
