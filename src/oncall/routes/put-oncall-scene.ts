import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { SceneDocumentSchema, SceneParam, SceneSchema } from "../oncall.schemas.ts";
import { putScene } from "../oncall.service.ts";

export const putOnCallSceneRoute: RouteModule = (app, deps) => {
  app.put(
    `${ADMIN_PREFIX}/oncall/scenes/:scene_id`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "PutOnCallScene",
        summary: "Create or replace an on-call scene from its document (roles, rotations, overrides)",
        description:
          "The scene id is what COC's assignee_scene and scene_id carry; role ids what assignee_role and role_id carry. Checked whole: nothing is stored when a part is wrong (docs/oncall.md).",
        tags: ["incidentd on-call"],
        params: SceneParam,
        body: SceneDocumentSchema,
        response: responses(SceneSchema),
      },
    },
    async (request) => ok(await putScene(deps, callerOf(request), request.params.scene_id, request.body)),
  );
};
