import { Type } from "@sinclair/typebox";
import type { RouteModule } from "../../http/app-types.ts";
import { callerOf } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { CreateIncidentBody } from "../incident.schemas.ts";
import { createIncident } from "../incident.service.ts";
import { toNewIncident } from "./new-incident.ts";

export const createIncidentRoute: RouteModule = (app, deps) => {
  app.post(
    "/v1/external/incident/create",
    {
      config: { access: "writer" },
      schema: {
        operationId: "CreateCocIncident",
        summary: "Create an incident",
        description:
          "COC CreateCocIncident. The new incident is INCIDENT_STATUS_TRIGGERED. Needs incident_assignee, or assignee_scene and assignee_role together.",
        tags: ["COC incidents"],
        body: CreateIncidentBody,
        response: responses(Type.Object({ incident_num: Type.String() })),
      },
    },
    async (request) => {
      const incidentNum = await createIncident(deps, callerOf(request), toNewIncident(request.body));
      return ok({ incident_num: incidentNum });
    },
  );
};
