import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { IntegrationSchema, NewIntegrationBody, toIntegrationView } from "../integration.schemas.ts";
import { createIntegration } from "../integration.service.ts";
import { eventPathFor } from "../integration.ts";

export const createIntegrationRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/integrations`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "CreateIntegration",
        summary: "Create an alarm integration (its key is shown only in this response)",
        tags: ["incidentd administration"],
        body: NewIntegrationBody,
        response: responses(
          Type.Intersect([
            IntegrationSchema,
            Type.Object({
              integration_key: Type.String({
                description: "32 letters and digits; goes in the intake path.",
              }),
              path: Type.String({ description: "Where the alarm source posts its alarms." }),
            }),
          ]),
        ),
      },
    },
    async (request) => {
      const { integration, key } = await createIntegration(deps, callerOf(request).projectId, request.body);
      return ok({
        ...toIntegrationView(integration),
        integration_key: key,
        path: eventPathFor(integration.kind, key, deps.config.pathPrefix),
      });
    },
  );
};
