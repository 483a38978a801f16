import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { SceneParam } from "../oncall.schemas.ts";
import { removeScene } from "../oncall.service.ts";

export const deleteOnCallSceneRoute: RouteModule = (app, deps) => {
  app.delete(
    `${ADMIN_PREFIX}/oncall/scenes/:scene_id`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "DeleteOnCallScene",
        summary: "Delete an on-call scene (incidents keep the assignees they were given)",
        tags: ["incidentd on-call"],
        params: SceneParam,
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      await removeScene(deps, callerOf(request), request.params.scene_id);
      return ok(null);
    },
  );
};
