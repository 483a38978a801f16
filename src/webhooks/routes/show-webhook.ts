import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { toWebhookView, WebhookParam, WebhookSchema } from "../webhook.schemas.ts";
import { getWebhook } from "../webhook.service.ts";

export const showWebhookRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/webhooks/:webhook_id`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "ShowWebhook",
        summary: "Show a webhook subscription, with why incidentd disabled it if it did",
        tags: ["incidentd webhooks"],
        params: WebhookParam,
        response: responses(WebhookSchema),
      },
    },
    async (request) =>
      ok(toWebhookView(await getWebhook(deps, callerOf(request).projectId, request.params.webhook_id))),
  );
};
