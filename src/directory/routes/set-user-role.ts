import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { SetRoleBody, UserLoginSchema } from "../directory.schemas.ts";
import { setUserRole } from "../user-login.service.ts";

export const setUserRoleRoute: RouteModule = (app, deps) => {
  app.put(
    `${ADMIN_PREFIX}/users/:user_id/role`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "SetUserRole",
        summary: "Change the role a user signs in with (applies to their open sessions at once)",
        tags: ["incidentd administration"],
        params: Type.Object({ user_id: Str(255, { minLength: 1 }) }),
        body: SetRoleBody,
        response: responses(UserLoginSchema),
      },
    },
    async (request) => {
      const userId = request.params.user_id;
      await setUserRole(deps, callerOf(request).projectId, userId, request.body.role);
      return ok({ user_id: userId, role: request.body.role });
    },
  );
};
