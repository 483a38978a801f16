import type { RouteModule } from "../../http/app-types.ts";
import { callerOf } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { mapMaybe } from "../../maybe-promise.ts";
import { IncidentDetailSchema, IncidentNumParam } from "../incident.schemas.ts";
import { getIncidentDetail } from "../incident.service.ts";

export const showIncidentDetailRoute: RouteModule = (app, deps) => {
  app.get(
    "/v1/external/incident/:incident_num",
    {
      config: { access: "reader" },
      schema: {
        operationId: "ShowCocIncidentDetail",
        summary: "Show an incident",
        description:
          "COC ShowCocIncidentDetail. A missing incident (or one of another project) is HTTP 400 COC.00067003.",
        tags: ["COC incidents"],
        params: IncidentNumParam,
        response: responses(IncidentDetailSchema),
      },
    },
    // One promise (the handler's), not one per layer: on SQLite the lookup answers synchronously.
    async (request) => mapMaybe(getIncidentDetail(deps, callerOf(request), request.params.incident_num), ok),
  );
};
