import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { NewTokenBody, TokenSchema, toTokenView } from "../token.schemas.ts";
import { issueToken } from "../token.service.ts";

export const createTokenRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/tokens`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "CreateToken",
        summary: "Create an X-Auth-Token (the secret is shown only in this response)",
        tags: ["incidentd administration"],
        body: NewTokenBody,
        response: responses(Type.Intersect([TokenSchema, Type.Object({ token: Type.String() })])),
      },
    },
    async (request) => {
      const { act_as_others, ...input } = request.body;
      const { token, record } = await issueToken(deps, callerOf(request).projectId, {
        ...input,
        actAsOthers: act_as_others === true,
      });
      return ok({ ...toTokenView(record), token });
    },
  );
};
