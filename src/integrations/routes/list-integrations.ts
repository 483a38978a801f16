import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { IntegrationSchema, toIntegrationView } from "../integration.schemas.ts";
import { listProjectIntegrations } from "../integration.service.ts";

export const listIntegrationsRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/integrations`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "ListIntegrations",
        summary: "List the project's alarm integrations (never their keys)",
        tags: ["incidentd administration"],
        response: responses(Type.Object({ integrations: Type.Array(IntegrationSchema) })),
      },
    },
    async (request) => {
      const integrations = await listProjectIntegrations(deps, callerOf(request).projectId);
      return ok({ integrations: integrations.map(toIntegrationView) });
    },
  );
};
