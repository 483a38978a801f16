import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../../http/admin.ts";
import { callerOf, type RouteModule } from "../../../http/app-types.ts";
import { ok, responses } from "../../../http/envelope.ts";
import { AccessKeyParam } from "../access-key.schemas.ts";
import { removeAccessKey } from "../access-key.service.ts";

export const deleteAccessKeyRoute: RouteModule = (app, deps) => {
  app.delete(
    `${ADMIN_PREFIX}/access-keys/:access_key`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "DeleteAccessKey",
        summary: "Delete an access key",
        tags: ["incidentd administration"],
        params: AccessKeyParam,
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      await removeAccessKey(deps, callerOf(request).projectId, request.params.access_key);
      return ok(null);
    },
  );
};
