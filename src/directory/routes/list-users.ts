import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { UserSchema } from "../directory.schemas.ts";
import { listProjectUsers } from "../directory.service.ts";

export const listUsersRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/users`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ListUsers",
        summary: "List the project's directory users",
        tags: ["incidentd administration"],
        response: responses(Type.Object({ users: Type.Array(UserSchema) })),
      },
    },
    async (request) => {
      const users = await listProjectUsers(deps, callerOf(request).projectId);
      return ok({
        users: users.map((u) => ({ id: u.id, display_name: u.displayName, email: u.email, role: u.role })),
      });
    },
  );
};
