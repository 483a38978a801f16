import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { NewUserBody, UserSchema } from "../directory.schemas.ts";
import { addUser } from "../directory.service.ts";

export const addUserRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/users`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "AddUser",
        summary: "Add a user to the project's directory, or rename the user with that id",
        tags: ["incidentd administration"],
        body: NewUserBody,
        response: responses(UserSchema),
      },
    },
    async (request) => {
      const { id, display_name, email } = request.body;
      const user = await addUser(deps, callerOf(request).projectId, { id, displayName: display_name, email });
      return ok({ id: user.id, display_name: user.displayName, email: user.email });
    },
  );
};
