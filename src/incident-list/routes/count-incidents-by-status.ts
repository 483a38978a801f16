import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { expensiveRoute } from "../../http/concurrency-limit.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Filter } from "../filter.schemas.ts";
import { countIncidentsByStatus } from "../status-counts.service.ts";

const Body = Type.Object({
  string_filters: Type.Optional(Type.Array(Filter, { maxItems: 20 })),
  int_filters: Type.Optional(Type.Array(Filter, { maxItems: 20 })),
});

const CappedCount = {
  count: Type.Integer({ minimum: 0, description: "Exact when capped is false; the cap when it is true." }),
  capped: Type.Boolean({ description: "true: more than cap incidents match (shown as cap+)." }),
};

export const countIncidentsByStatusRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/incidents/status-counts`,
    {
      config: { access: "reader" },
      ...expensiveRoute(deps, "CountIncidentsByStatus"),
      schema: {
        operationId: "CountIncidentsByStatus",
        summary: "Count the incidents matching ListIncidents' filters, in all and per status, up to a cap",
        description:
          "The web console's tabs (docs/search.md, Status counts): each count is exact up to " +
          "INCIDENTD_STATUS_COUNT_CAP (default 10,000), beyond it capped is true and count is the cap. " +
          "The unfiltered total is always exact.",
        tags: ["incidentd search"],
        body: Type.Optional(Body),
        response: responses(
          Type.Object({
            cap: Type.Integer({ minimum: 1, description: "INCIDENTD_STATUS_COUNT_CAP" }),
            total: Type.Object(CappedCount),
            statuses: Type.Array(Type.Object({ status: Type.String(), ...CappedCount })),
          }),
        ),
      },
    },
    async (request) => {
      const body = request.body ?? {};
      const data = await countIncidentsByStatus(deps, callerOf(request), {
        stringFilters: body.string_filters ?? [],
        intFilters: body.int_filters ?? [],
      });
      return ok(data);
    },
  );
};
