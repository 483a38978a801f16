import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { ApplicationSchema } from "../directory.schemas.ts";
import { listProjectApplications } from "../directory.service.ts";

export const listApplicationsRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/applications`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ListApplications",
        summary: "List the project's applications",
        tags: ["incidentd administration"],
        response: responses(Type.Object({ applications: Type.Array(ApplicationSchema) })),
      },
    },
    async (request) => {
      const applications = await listProjectApplications(deps, callerOf(request).projectId);
      return ok({ applications: applications.map((a) => ({ id: a.id, name: a.name })) });
    },
  );
};
