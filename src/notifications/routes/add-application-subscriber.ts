import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { ApplicationParam, RuleSchema, SubscriberBody, toRuleView } from "../notification.schemas.ts";
import { subscribeToApplication } from "../notification.service.ts";

export const addApplicationSubscriberRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/applications/:application_id/subscribers`,
    {
      // Any role: a signed-in user subscribes themselves; admins anyone (checked by the service).
      config: { access: "reader" },
      schema: {
        operationId: "AddApplicationSubscriber",
        summary: "Subscribe a user to an application's incidents (or change their subscription's events)",
        tags: ["incidentd notifications"],
        params: ApplicationParam,
        body: SubscriberBody,
        response: responses(RuleSchema),
      },
    },
    async (request) => {
      const { user_id, events } = request.body;
      const rule = await subscribeToApplication(
        deps,
        callerOf(request),
        request.params.application_id,
        user_id,
        events,
      );
      return ok(toRuleView(rule));
    },
  );
};
