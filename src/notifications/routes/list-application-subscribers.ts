import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { ApplicationParam, RuleSchema, toRuleView } from "../notification.schemas.ts";
import { applicationSubscribers } from "../notification.service.ts";

export const listApplicationSubscribersRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/applications/:application_id/subscribers`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ListApplicationSubscribers",
        summary: "The users subscribed to an application's incidents, with their events",
        tags: ["incidentd notifications"],
        params: ApplicationParam,
        response: responses(Type.Object({ subscribers: Type.Array(RuleSchema) })),
      },
    },
    async (request) => {
      const rules = await applicationSubscribers(
        deps,
        callerOf(request).projectId,
        request.params.application_id,
      );
      return ok({ subscribers: rules.map(toRuleView) });
    },
  );
};
