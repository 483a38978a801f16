import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { ApplicationSchema, NewApplicationBody } from "../directory.schemas.ts";
import { addApplication } from "../directory.service.ts";

export const addApplicationRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/applications`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "AddApplication",
        summary: "Add an application (COC current_cloud_service) to the directory, or rename it",
        tags: ["incidentd administration"],
        body: NewApplicationBody,
        response: responses(ApplicationSchema),
      },
    },
    async (request) => {
      const application = await addApplication(deps, callerOf(request).projectId, request.body);
      return ok({ id: application.id, name: application.name });
    },
  );
};
