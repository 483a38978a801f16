import { Type } from "@sinclair/typebox";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { expensiveRoute } from "../../http/concurrency-limit.ts";
import { ok, responses } from "../../http/envelope.ts";
import { listSimpleTickets } from "../simple-list.service.ts";

const SimpleTicket = Type.Object({
  title: Type.String(),
  ticket_id: Type.String({ description: "Incident number." }),
  description: Type.String(),
  status: Type.String(),
  level: Type.String(),
  enterprise_project: Type.String(),
  source: Type.String(),
  creator: Type.String(),
  assignee: Type.Array(Type.String()),
});

export const listIncidentSimpleTicketsRoute: RouteModule = (app, deps) => {
  app.get(
    "/v1/incident-tickets",
    {
      config: { access: "reader" },
      ...expensiveRoute(deps),
      schema: {
        operationId: "ListIncidentSimpleTickets",
        summary: "The project's incidents, newest first, a page at a time",
        description: "offset is a 1-based page number (COC's meaning), limit the page size.",
        tags: ["COC incidents"],
        querystring: Type.Object({
          offset: Type.Optional(
            Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: "Page number, 1 = first." }),
          ),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
        }),
        response: responses(
          Type.Object({
            total: Type.Integer(),
            // COC's key is PascalCase in an otherwise snake_case API (COC API reference, ListIncidentSimpleTickets).
            IncidentSimpleTicketInfos: Type.Array(SimpleTicket),
          }),
        ),
      },
    },
    async (request) => {
      const { offset = 1, limit = 50 } = request.query;
      const { total, incidents } = await listSimpleTickets(deps, callerOf(request), offset, limit);
      return ok({
        total,
        IncidentSimpleTicketInfos: incidents.map((i) => ({
          title: i.title,
          ticket_id: i.number,
          description: i.description ?? "",
          status: i.status,
          level: i.level,
          enterprise_project: i.enterpriseProject ?? "",
          source: i.source,
          creator: i.creator,
          assignee: i.assignee ? [i.assignee] : [],
        })),
      });
    },
  );
};
