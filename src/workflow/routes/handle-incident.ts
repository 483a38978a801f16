import { Type } from "@sinclair/typebox";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { IncidentIdParam, ParamsObject } from "../workflow.schemas.ts";
import { performAction } from "../workflow.service.ts";

const Body = Type.Object({
  task_id: Str(100, { minLength: 1, description: "From GET /v2/incidents/{incident_id}/tasks." }),
  action: Str(100, { minLength: 1, description: "One of the task's operations[].key." }),
  params: Type.Optional(ParamsObject),
});

/** HandleIncident (v2). The operator is the credential's principal: v2 bodies name no operator. */
export const handleIncidentRoute: RouteModule = (app, deps) => {
  // COC's guide examples write the path with a singular `/action`; both are served.
  for (const [url, operationId] of [
    ["/v2/incidents/:incident_id/actions", "HandleIncident"],
    ["/v2/incidents/:incident_id/action", "HandleIncidentSingularPath"],
  ] as const) {
    app.post(
      url,
      {
        config: { access: "writer" },
        schema: {
          operationId,
          summary: "Take a workflow action on an incident",
          tags: ["COC incident workflow"],
          hide: operationId !== "HandleIncident",
          params: IncidentIdParam,
          body: Body,
          response: responses(Type.Null()),
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const { task_id, action, params } = request.body;
        await performAction(deps, caller, request.params.incident_id, {
          taskId: task_id,
          // COC's published examples carry a stray leading space (" accepted").
          action: action.trim(),
          params: params ?? {},
          operator: caller.principal,
          paramsField: "params",
        });
        return ok(null);
      },
    );
  }
};
