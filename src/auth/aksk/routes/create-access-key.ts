import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../../http/admin.ts";
import { callerOf, type RouteModule } from "../../../http/app-types.ts";
import { ok, responses } from "../../../http/envelope.ts";
import { NewAccessKeyBody } from "../access-key.schemas.ts";
import { createAccessKey } from "../access-key.service.ts";

export const createAccessKeyRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/access-keys`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "CreateAccessKey",
        summary: "Create an AK/SK pair for the official SDKs (the SK is shown only in this response)",
        tags: ["incidentd administration"],
        body: NewAccessKeyBody,
        response: responses(Type.Object({ access_key: Type.String(), secret_key: Type.String() })),
      },
    },
    async (request) => {
      const { act_as_others, ...input } = request.body;
      const { accessKey, secretKey } = await createAccessKey(deps, callerOf(request).projectId, {
        ...input,
        actAsOthers: act_as_others === true,
      });
      return ok({ access_key: accessKey, secret_key: secretKey });
    },
  );
};
