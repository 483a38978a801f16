import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { SceneParam, SceneSchema } from "../oncall.schemas.ts";
import { removeOverrideAt } from "../oncall.service.ts";

export const removeOnCallOverrideRoute: RouteModule = (app, deps) => {
  app.delete(
    `${ADMIN_PREFIX}/oncall/scenes/:scene_id/overrides/:index`,
    {
      config: { access: "writer" },
      schema: {
        operationId: "RemoveOnCallOverride",
        summary: "Remove an override by its 0-based place in the scene's overrides (as GET lists them)",
        tags: ["incidentd on-call"],
        params: Type.Intersect([
          SceneParam,
          Type.Object({
            index: Type.Integer({ minimum: 0, description: "0-based, in the document's order." }),
          }),
        ]),
        response: responses(SceneSchema),
      },
    },
    async (request) =>
      ok(await removeOverrideAt(deps, callerOf(request), request.params.scene_id, request.params.index)),
  );
};
