import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { IntegrationSchema, NewIntegrationBody, toIntegrationView } from "../integration.schemas.ts";
import { createIntegration } from "../integration.service.ts";
import { bearerEventPathFor, eventPathFor } from "../integration.ts";

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
                description: "32 letters and digits: the Bearer credential, or the last segment of path.",
              }),
              path: Type.String({ description: "COC's intake URL path: the key is its last segment." }),
              bearer_path: Type.String({
                description:
                  "The intake path to use with Authorization: Bearer <integration_key> (recommended: the key stays out of URLs and logs).",
              }),
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
        bearer_path: bearerEventPathFor(integration.kind, deps.config.pathPrefix),
      });
    },
  );
};
