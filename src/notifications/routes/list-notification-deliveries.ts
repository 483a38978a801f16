import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { DeliveriesQuery, DeliverySchema, toDeliveryView } from "../../webhooks/webhook.schemas.ts";
import { MethodParam } from "../notification.schemas.ts";
import { contactMethodDeliveries } from "../notification-method.service.ts";

export const listNotificationDeliveriesRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/users/:user_id/notification-methods/:method_id/deliveries`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ListNotificationDeliveries",
        summary: "The ledger of one of a user's contact methods: deliveries newest first, with every attempt",
        tags: ["incidentd notifications"],
        params: MethodParam,
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
      const { user_id, method_id } = request.params;
      const { total, deliveries } = await contactMethodDeliveries(
        deps,
        callerOf(request),
        user_id,
        method_id,
        {
          status,
          eventType: event,
          since,
          until,
          limit,
          offset,
        },
      );
      return ok({ total, deliveries: deliveries.map(toDeliveryView) });
    },
  );
};
