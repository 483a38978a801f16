import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { RuleSchema, RulesBody, toRuleView, UserParam } from "../notification.schemas.ts";
import { setNotificationRules } from "../notification.service.ts";

export const setNotificationRulesRoute: RouteModule = (app, deps) => {
  app.put(
    `${ADMIN_PREFIX}/users/:user_id/notification-rules`,
    {
      // Any role: a signed-in user sets their own; admins anyone's (checked by the service).
      config: { access: "reader" },
      schema: {
        operationId: "SetNotificationRules",
        summary: "Set which events reach a user as assignee, WarRoom member or application subscriber",
        tags: ["incidentd notifications"],
        params: UserParam,
        body: RulesBody,
        response: responses(Type.Object({ rules: Type.Array(RuleSchema) })),
      },
    },
    async (request) => {
      const rules = await setNotificationRules(
        deps,
        callerOf(request),
        request.params.user_id,
        request.body.rules.map((r) => ({
          audience: r.audience,
          applicationId: r.application_id,
          events: r.events,
        })),
      );
      return ok({ rules: rules.map(toRuleView) });
    },
  );
};
