import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { IntegrationParam } from "../integration.schemas.ts";
import { removeIntegration, setIntegrationState } from "../integration.service.ts";

/** Disable, enable and delete: three small endpoints over one integration. */
export const changeIntegrationRoutes: RouteModule = (app, deps) => {
  for (const [verb, enabled] of [
    ["disable", false],
    ["enable", true],
  ] as const) {
    app.post(
      `${ADMIN_PREFIX}/integrations/:integration_id/${verb}`,
      {
        config: { access: "admin" },
        schema: {
          operationId: verb === "disable" ? "DisableIntegration" : "EnableIntegration",
          summary: `${verb === "disable" ? "Disable" : "Enable"} an alarm integration (a disabled key is answered 401)`,
          tags: ["incidentd administration"],
          params: IntegrationParam,
          response: responses(Type.Null()),
        },
      },
      async (request) => {
        await setIntegrationState(deps, callerOf(request).projectId, request.params.integration_id, enabled);
        return ok(null);
      },
    );
  }
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
