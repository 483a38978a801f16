import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { WebhookParam } from "../webhook.schemas.ts";
import { removeWebhook } from "../webhook.service.ts";

export const deleteWebhookRoute: RouteModule = (app, deps) => {
  app.delete(
    `${ADMIN_PREFIX}/webhooks/:webhook_id`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "DeleteWebhook",
        summary: "Delete a webhook subscription with its deliveries and their ledger",
        tags: ["incidentd webhooks"],
        params: WebhookParam,
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      await removeWebhook(deps, callerOf(request).projectId, request.params.webhook_id);
      return ok(null);
    },
  );
};
