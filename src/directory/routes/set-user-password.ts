import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { SetPasswordBody, UserLoginSchema } from "../directory.schemas.ts";
import { findLoginsByUserId } from "../user-login.repository.ts";
import { setUserPassword } from "../user-login.service.ts";

export const setUserPasswordRoute: RouteModule = (app, deps) => {
  app.put(
    `${ADMIN_PREFIX}/users/:user_id/password`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "SetUserPassword",
        summary: "Set a directory user's password (and role): the user may sign in; their sessions end",
        tags: ["incidentd administration"],
        params: Type.Object({ user_id: Str(255, { minLength: 1 }) }),
        body: SetPasswordBody,
        response: responses(UserLoginSchema),
      },
    },
    async (request) => {
      const { projectId } = callerOf(request);
      const userId = request.params.user_id;
      await setUserPassword(deps, projectId, userId, request.body);
      const [login] = await findLoginsByUserId(deps.db, userId, projectId);
      if (!login) throw new Error("the login just set is missing");
      return ok({ user_id: userId, role: login.role });
    },
  );
};
