import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { DeliveriesQuery, DeliverySchema, toDeliveryView, WebhookParam } from "../webhook.schemas.ts";
import { webhookDeliveries } from "../webhook-ledger.service.ts";

export const listWebhookDeliveriesRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/webhooks/:webhook_id/deliveries`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "ListWebhookDeliveries",
        summary: "The delivery ledger: deliveries newest first, each with every attempt",
        tags: ["incidentd webhooks"],
        params: WebhookParam,
        querystring: DeliveriesQuery,
        response: responses(
          Type.Object({
            total: Type.Integer({ description: "Deliveries matching the filters, on every page." }),
            deliveries: Type.Array(DeliverySchema),
          }),
        ),
      },
    },
    async (request) => {
      const { status, event, since, until, limit, offset } = request.query;
      const { total, deliveries } = await webhookDeliveries(
        deps,
        callerOf(request).projectId,
        request.params.webhook_id,
        { status, eventType: event, since, until, limit, offset },
      );
      return ok({ total, deliveries: deliveries.map(toDeliveryView) });
    },
  );
};
