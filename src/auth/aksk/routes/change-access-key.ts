import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../../http/admin.ts";
import { callerOf, type RouteModule } from "../../../http/app-types.ts";
import { ok, responses } from "../../../http/envelope.ts";
import { AccessKeyParam } from "../access-key.schemas.ts";
import { removeAccessKey, setEnabled } from "../access-key.service.ts";

/** Disable, enable and delete: three small endpoints over one access key. */
export const changeAccessKeyRoutes: RouteModule = (app, deps) => {
  for (const [verb, enabled] of [
    ["disable", false],
    ["enable", true],
  ] as const) {
    app.post(
      `${ADMIN_PREFIX}/access-keys/:access_key/${verb}`,
      {
        config: { access: "admin" },
        schema: {
          operationId: verb === "disable" ? "DisableAccessKey" : "EnableAccessKey",
          summary: `${verb === "disable" ? "Disable" : "Enable"} an access key (a disabled key is answered 403)`,
          tags: ["incidentd administration"],
          params: AccessKeyParam,
          response: responses(Type.Null()),
        },
      },
      async (request) => {
        await setEnabled(deps, callerOf(request).projectId, request.params.access_key, enabled);
        return ok(null);
      },
    );
  }
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
