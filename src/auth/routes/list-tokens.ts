import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { TokenSchema, toTokenView } from "../token.schemas.ts";
import { listProjectTokens } from "../token.service.ts";

export const listTokensRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/tokens`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "ListTokens",
        summary: "List the project's tokens (never their secrets)",
        tags: ["incidentd administration"],
        response: responses(Type.Object({ tokens: Type.Array(TokenSchema) })),
      },
    },
    async (request) => {
      const tokens = await listProjectTokens(deps, callerOf(request).projectId);
      return ok({ tokens: tokens.map(toTokenView) });
    },
  );
};
