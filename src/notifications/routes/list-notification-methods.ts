import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { ContactMethodSchema, toContactMethodView, UserParam } from "../notification.schemas.ts";
import { contactMethods } from "../notification-method.service.ts";

export const listNotificationMethodsRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/users/:user_id/notification-methods`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ListNotificationMethods",
        summary: "How a directory user is reached (their own, or any user's for admins)",
        tags: ["incidentd notifications"],
        params: UserParam,
        response: responses(Type.Object({ methods: Type.Array(ContactMethodSchema) })),
      },
    },
    async (request) => {
      const methods = await contactMethods(deps, callerOf(request), request.params.user_id);
      return ok({ methods: methods.map(toContactMethodView) });
    },
  );
};
