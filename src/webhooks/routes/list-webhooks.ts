import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { toWebhookView, WebhookSchema } from "../webhook.schemas.ts";
import { listProjectWebhooks } from "../webhook.service.ts";

export const listWebhooksRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/webhooks`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "ListWebhooks",
        summary: "List the project's webhook subscriptions (never their secrets)",
        tags: ["incidentd webhooks"],
        response: responses(Type.Object({ webhooks: Type.Array(WebhookSchema) })),
      },
    },
    async (request) => {
      const webhooks = await listProjectWebhooks(deps, callerOf(request).projectId);
      return ok({ webhooks: webhooks.map(toWebhookView) });
    },
  );
};
