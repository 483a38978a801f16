import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import {
  ContactMethodSchema,
  ContactMethodsBody,
  toContactMethodView,
  UserParam,
} from "../notification.schemas.ts";
import { setContactMethods } from "../notification-method.service.ts";

export const setNotificationMethodsRoute: RouteModule = (app, deps) => {
  app.put(
    `${ADMIN_PREFIX}/users/:user_id/notification-methods`,
    {
      // Any role: a signed-in user sets their own; admins anyone's (checked by the service).
      config: { access: "reader" },
      schema: {
        operationId: "SetNotificationMethods",
        summary: "Set how a directory user is reached: e-mail and/or a chat bot (replaces both)",
        tags: ["incidentd notifications"],
        params: UserParam,
        body: ContactMethodsBody,
        response: responses(Type.Object({ methods: Type.Array(ContactMethodSchema) })),
      },
    },
    async (request) => {
      const { email, chat } = request.body;
      const methods = await setContactMethods(deps, callerOf(request), request.params.user_id, {
        email: email ?? null,
        chat: chat ? { ...chat, signingSecret: chat.signing_secret } : null,
      });
      return ok({ methods: methods.map(toContactMethodView) });
    },
  );
};
