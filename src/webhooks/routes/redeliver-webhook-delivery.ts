import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { DeliveryParam } from "../webhook.schemas.ts";
import { redeliverOne } from "../webhook-ledger.service.ts";

export const redeliverWebhookDeliveryRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/webhooks/:webhook_id/deliveries/:delivery_id/redeliver`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "RedeliverWebhookDelivery",
        summary: "Send one delivery again (same webhook-id), from a fresh retry schedule",
        tags: ["incidentd webhooks"],
        params: DeliveryParam,
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      const { webhook_id, delivery_id } = request.params;
      await redeliverOne(deps, callerOf(request).projectId, webhook_id, delivery_id);
      return ok(null);
    },
  );
};
