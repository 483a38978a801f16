import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { NewWebhookBody, toWebhookView, WebhookWithSecretSchema } from "../webhook.schemas.ts";
import { createWebhook } from "../webhook.service.ts";

export const createWebhookRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/webhooks`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "CreateWebhook",
        summary: "Subscribe a URL to incident events (the signing secret is shown only in this response)",
        tags: ["incidentd webhooks"],
        body: NewWebhookBody,
        response: responses(WebhookWithSecretSchema),
      },
    },
    async (request) => {
      const { url, kind, language, signing_secret, events, description, filters } = request.body;
      const { webhook, secret } = await createWebhook(deps, callerOf(request).projectId, {
        url,
        kind,
        language,
        vendorSecret: signing_secret,
        events,
        description,
        filters,
      });
      return ok({ ...toWebhookView(webhook), secret });
    },
  );
};
