import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { revokeProjectToken } from "../token.service.ts";

export const revokeTokenRoute: RouteModule = (app, deps) => {
  app.delete(
    `${ADMIN_PREFIX}/tokens/:token_id`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "RevokeToken",
        summary: "Revoke a token (it stays listed, with revoked_at)",
        tags: ["incidentd administration"],
        params: Type.Object({ token_id: Str(64, { minLength: 1 }) }),
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      await revokeProjectToken(deps, callerOf(request).projectId, request.params.token_id);
      return ok(null);
    },
  );
};
