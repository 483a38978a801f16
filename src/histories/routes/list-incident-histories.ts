import { Type } from "@sinclair/typebox";
import { invalidParameter } from "../../errors.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { expensiveRoute } from "../../http/concurrency-limit.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { IncidentIdParam } from "../../workflow/workflow.schemas.ts";
import { FilterSchema, HistoryItemV2 } from "../history.schemas.ts";
import { compileFilters, queryHistory, sortDirection } from "../history.service.ts";
import { toV2Items } from "../history-views.ts";

const Body = Type.Object({
  string_filters: Type.Optional(Type.Array(FilterSchema, { maxItems: 20 })),
  int_filters: Type.Optional(Type.Array(FilterSchema, { maxItems: 20 })),
  sort_filter: Type.Optional(FilterSchema),
  fields: Type.Optional(Type.Array(Str(255), { maxItems: 100 })),
  condition: Type.Optional(Str(10_000)),
  count_filters: Type.Optional(Type.Array(Type.Unknown(), { maxItems: 10 })),
  group_by_filter: Type.Optional(Type.Unknown()),
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
          "string_filters (AND-ed) on action, operator, status with =, != or in. condition, count_filters and group_by_filter are not supported for histories.",
        tags: ["COC incident workflow"],
        params: IncidentIdParam,
        body: Type.Optional(Body),
        response: responses(
          Type.Object({ total: Type.Integer(), info: Type.Array(Type.Partial(HistoryItemV2)) }),
        ),
      },
    },
    async (request) => {
      const body = request.body ?? {};
      if (body.condition)
        throw invalidParameter("condition", "is not supported for histories (filters are AND-ed)");
      if (body.count_filters?.length)
        throw invalidParameter("count_filters", "is not supported for histories");
      if (body.group_by_filter !== undefined)
        throw invalidParameter("group_by_filter", "is not supported for histories");
      const keep = compileFilters(
        [...(body.string_filters ?? []), ...(body.int_filters ?? [])],
        "string_filters",
      );
      const direction = sortDirection(body.sort_filter, "sort_filter");
      const { selected } = await queryHistory(
        deps,
        callerOf(request),
        request.params.incident_id,
        keep,
        direction,
      );
      const items = toV2Items(selected);
      const fields = body.fields?.length ? new Set(body.fields) : undefined;
      const info = fields
        ? items.map((i) => Object.fromEntries(Object.entries(i).filter(([k]) => fields.has(k))))
        : items;
      return ok({ total: selected.length, info });
    },
  );
};
