import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { toWebhookView, WebhookParam, WebhookSchema, WebhookUpdateBody } from "../webhook.schemas.ts";
import { changeWebhook } from "../webhook.service.ts";

export const updateWebhookRoute: RouteModule = (app, deps) => {
  app.patch(
    `${ADMIN_PREFIX}/webhooks/:webhook_id`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "UpdateWebhook",
        summary: "Change a webhook subscription's URL, events, description, filters or enabled state",
        tags: ["incidentd webhooks"],
        params: WebhookParam,
        body: WebhookUpdateBody,
        response: responses(WebhookSchema),
      },
    },
    async (request) => {
      const { url, language, signing_secret, events, description, filters, enabled } = request.body;
      const webhook = await changeWebhook(deps, callerOf(request).projectId, request.params.webhook_id, {
        url,
        language,
        vendorSecret: signing_secret,
        events,
        description,
        filters,
        enabled,
      });
      return ok(toWebhookView(webhook));
    },
  );
};
