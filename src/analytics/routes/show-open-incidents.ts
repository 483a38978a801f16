import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { OpenIncidentsSchema } from "../analytics.schemas.ts";
import { openIncidents } from "../analytics.service.ts";

export const showOpenIncidentsRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/analytics/open-incidents`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ShowOpenIncidents",
        summary: "The project's open incidents now, by level and status",
        description:
          "Every incident of the caller's project that is not closed, counted by its current level and status: the figures of the incidentd_open_incidents gauge for one project, read from the partial index of open incidents (docs/analytics.md).",
        tags: ["incidentd analytics"],
        response: responses(OpenIncidentsSchema),
      },
    },
    async (request) => ok(await openIncidents(deps, callerOf(request))),
  );
};
