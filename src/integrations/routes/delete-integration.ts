import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { IntegrationParam } from "../integration.schemas.ts";
import { removeIntegration } from "../integration.service.ts";

export const deleteIntegrationRoute: RouteModule = (app, deps) => {
  app.delete(
    `${ADMIN_PREFIX}/integrations/:integration_id`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "DeleteIntegration",
        summary: "Delete an alarm integration (its key stops working; its alarms stay)",
        tags: ["incidentd administration"],
        params: IntegrationParam,
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      await removeIntegration(deps, callerOf(request).projectId, request.params.integration_id);
      return ok(null);
    },
  );
};
