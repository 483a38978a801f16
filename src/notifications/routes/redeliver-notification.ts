import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { MethodDeliveryParam } from "../notification.schemas.ts";
import { redeliverToContactMethod } from "../notification-method.service.ts";

export const redeliverNotificationRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/users/:user_id/notification-methods/:method_id/deliveries/:delivery_id/redeliver`,
    {
      // Any role: a signed-in user for their own methods; admins anyone's (checked by the service).
      config: { access: "reader" },
      schema: {
        operationId: "RedeliverNotification",
        summary: "Send one of a contact method's deliveries again, from a fresh retry schedule",
        tags: ["incidentd notifications"],
        params: MethodDeliveryParam,
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      const { user_id, method_id, delivery_id } = request.params;
      await redeliverToContactMethod(deps, callerOf(request), user_id, method_id, delivery_id);
      return ok(null);
    },
  );
};
