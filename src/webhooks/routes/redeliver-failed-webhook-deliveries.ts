import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { WebhookParam } from "../webhook.schemas.ts";
import { redeliverFailedSince } from "../webhook-ledger.service.ts";

export const redeliverFailedWebhookDeliveriesRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/webhooks/:webhook_id/redeliver`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "RedeliverFailedWebhookDeliveries",
        summary: "Send again every failed delivery created since a time",
        tags: ["incidentd webhooks"],
        params: WebhookParam,
        body: Type.Object(
          {
            since: Type.Integer({
              minimum: 0,
              description: "Epoch ms: failed deliveries created at or after.",
            }),
          },
          { additionalProperties: false },
        ),
        response: responses(Type.Object({ queued: Type.Integer() })),
      },
    },
    async (request) => {
      const queued = await redeliverFailedSince(
        deps,
        callerOf(request).projectId,
        request.params.webhook_id,
        request.body.since,
      );
      return ok({ queued });
    },
  );
};
