import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { IntegrationParam } from "../integration.schemas.ts";
import { setIntegrationState } from "../integration.service.ts";

export const disableIntegrationRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/integrations/:integration_id/disable`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "DisableIntegration",
        summary: "Disable an alarm integration (a disabled key is answered 401)",
        tags: ["incidentd administration"],
        params: IntegrationParam,
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      await setIntegrationState(deps, callerOf(request).projectId, request.params.integration_id, false);
      return ok(null);
    },
  );
};
