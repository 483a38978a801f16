import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { SceneParam, SceneSchema } from "../oncall.schemas.ts";
import { getScene } from "../oncall.service.ts";

export const showOnCallSceneRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/oncall/scenes/:scene_id`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ShowOnCallScene",
        summary: "An on-call scene's document, as PUT takes it",
        tags: ["incidentd on-call"],
        params: SceneParam,
        response: responses(SceneSchema),
      },
    },
    async (request) => ok(await getScene(deps, callerOf(request), request.params.scene_id)),
  );
};
