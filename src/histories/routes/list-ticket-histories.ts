import { Type } from "@sinclair/typebox";
import { invalidParameter } from "../../errors.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { expensiveRoute } from "../../http/concurrency-limit.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { FilterSchema, HistoryItemV1 } from "../history.schemas.ts";
import { queryHistory } from "../history.service.ts";
import { toV1Items } from "../history-views.ts";

const Body = Type.Object({
  string_filters: Type.Array(FilterSchema, {
    maxItems: 20,
    description: "Must select the ticket: {field: ticket_id, operator: =}.",
  }),
  sort_filter: Type.Optional(FilterSchema),
});

/** ListCocTicketOperationHistories at both of COC's paths (`/v1/external/…` and `/v1/…`). */
export const listTicketHistoriesRoute: RouteModule = (app, deps) => {
  for (const [url, operationId] of [
    ["/v1/external/:ticket_type/list-histories", "ListCocTicketOperationHistories"],
    ["/v1/:ticket_type/list-histories", "ListTicketOperationHistories"],
  ] as const) {
    app.post(
      url,
      {
        config: { access: "reader" },
        ...expensiveRoute(deps),
        schema: {
          operationId,
          summary: "A ticket's operation history (v1 item shape)",
          tags: ["COC incident workflow"],
          params: Type.Object({ ticket_type: Str(64, { description: "incident" }) }),
          body: Body,
          response: responses(Type.Object({ total: Type.Integer(), info: Type.Array(HistoryItemV1) })),
        },
      },
      async (request) => {
        if (request.params.ticket_type !== "incident") {
          throw invalidParameter(
            "ticket_type",
            "must be incident (incidentd has no problem or change tickets)",
          );
        }
        const filters = request.body.string_filters;
        const ticket = filters.find((f) => f.field === "ticket_id");
        const ticketId =
          ticket?.operator === "=" && ticket.values.length === 1 ? ticket.values[0] : undefined;
        if (typeof ticketId !== "string") {
          throw invalidParameter(
            "string_filters",
            'must select the ticket with {"field":"ticket_id","operator":"=","values":["<incident number>"]}',
          );
        }
        // All filters (the ticket's too, which then always holds) are ListIncidents' language over a history
        // entry's fields (history-fields.ts), so messages name each by its position in the request.
        const { selected } = await queryHistory(deps, callerOf(request), ticketId, {
          stringFilters: filters,
          sort: request.body.sort_filter,
        });
        return ok({ total: selected.length, info: toV1Items(selected) });
      },
    );
  }
};
