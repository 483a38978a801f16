import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import {
  RotateSecretBody,
  toWebhookView,
  WebhookParam,
  WebhookWithSecretSchema,
} from "../webhook.schemas.ts";
import { rotateWebhookSecret } from "../webhook.service.ts";

export const rotateWebhookSecretRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/webhooks/:webhook_id/rotate-secret`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "RotateWebhookSecret",
        summary: "Replace the signing secret; the old one keeps signing beside it for overlap_hours",
        tags: ["incidentd webhooks"],
        params: WebhookParam,
        body: RotateSecretBody,
        response: responses(WebhookWithSecretSchema),
      },
    },
    async (request) => {
      const { webhook, secret } = await rotateWebhookSecret(
        deps,
        callerOf(request).projectId,
        request.params.webhook_id,
        request.body.overlap_hours,
      );
      return ok({ ...toWebhookView(webhook), secret });
    },
  );
};
