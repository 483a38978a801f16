import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../../http/admin.ts";
import { callerOf, type RouteModule } from "../../../http/app-types.ts";
import { ok, responses } from "../../../http/envelope.ts";
import { AccessKeySchema, toAccessKeyView } from "../access-key.schemas.ts";
import { listProjectAccessKeys } from "../access-key.service.ts";

export const listAccessKeysRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/access-keys`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "ListAccessKeys",
        summary: "List the project's access keys (never their secrets)",
        tags: ["incidentd administration"],
        response: responses(Type.Object({ access_keys: Type.Array(AccessKeySchema) })),
      },
    },
    async (request) => {
      const keys = await listProjectAccessKeys(deps, callerOf(request).projectId);
      return ok({ access_keys: keys.map(toAccessKeyView) });
    },
  );
};
