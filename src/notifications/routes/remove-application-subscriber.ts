import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { SubscriberParam } from "../notification.schemas.ts";
import { unsubscribeFromApplication } from "../notification.service.ts";

export const removeApplicationSubscriberRoute: RouteModule = (app, deps) => {
  app.delete(
    `${ADMIN_PREFIX}/applications/:application_id/subscribers/:user_id`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "RemoveApplicationSubscriber",
        summary: "End a user's subscription to an application's incidents",
        tags: ["incidentd notifications"],
        params: SubscriberParam,
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      const { application_id, user_id } = request.params;
      await unsubscribeFromApplication(deps, callerOf(request), application_id, user_id);
      return ok(null);
    },
  );
};
