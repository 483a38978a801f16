import { Type } from "@sinclair/typebox";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { IncidentIdParam, TaskSchema } from "../workflow.schemas.ts";
import { listTasks } from "../workflow.service.ts";

export const showIncidentTasksRoute: RouteModule = (app, deps) => {
  app.get(
    "/v2/incidents/:incident_id/tasks",
    {
      config: { access: "reader" },
      schema: {
        operationId: "ShowIncidentTask",
        summary: "The incident's open workflow node and the actions allowed there",
        description:
          "Each call returns the current task_id; it is single-use: any change to the incident retires it.",
        tags: ["COC incident workflow"],
        params: IncidentIdParam,
        response: responses(Type.Array(TaskSchema)),
      },
    },
    async (request) => ok(await listTasks(deps, callerOf(request), request.params.incident_id)),
  );
};
