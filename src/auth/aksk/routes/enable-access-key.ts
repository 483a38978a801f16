import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../../http/admin.ts";
import { callerOf, type RouteModule } from "../../../http/app-types.ts";
import { ok, responses } from "../../../http/envelope.ts";
import { AccessKeyParam } from "../access-key.schemas.ts";
import { setEnabled } from "../access-key.service.ts";

export const enableAccessKeyRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/access-keys/:access_key/enable`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "EnableAccessKey",
        summary: "Enable an access key (a disabled key is answered 403)",
        tags: ["incidentd administration"],
        params: AccessKeyParam,
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      await setEnabled(deps, callerOf(request).projectId, request.params.access_key, true);
      return ok(null);
    },
  );
};
