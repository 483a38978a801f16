import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { RuleSchema, toRuleView, UserParam } from "../notification.schemas.ts";
import { notificationRules } from "../notification.service.ts";

export const listNotificationRulesRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/users/:user_id/notification-rules`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ListNotificationRules",
        summary: "A user's notification rules, application subscriptions included",
        tags: ["incidentd notifications"],
        params: UserParam,
        response: responses(Type.Object({ rules: Type.Array(RuleSchema) })),
      },
    },
    async (request) => {
      const rules = await notificationRules(deps, callerOf(request), request.params.user_id);
      return ok({ rules: rules.map(toRuleView) });
    },
  );
};
