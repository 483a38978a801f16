import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { RotationParams, SceneSchema } from "../oncall.schemas.ts";
import { addRotationParticipant } from "../oncall.service.ts";

export const addRotationParticipantRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/oncall/scenes/:scene_id/roles/:role_id/rotations/:index/participants`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "AddRotationParticipant",
        summary: "Add a participant to one rotation of a role (a piecewise edit of the scene document)",
        description:
          "Checked and stored like PUT (the version goes up). Everyone after the new participant is on call one shift later.",
        tags: ["incidentd on-call"],
        params: RotationParams,
        body: Type.Object({
          user_id: Str(255, { minLength: 1, description: "A directory user id." }),
          position: Type.Optional(
            Type.Integer({ minimum: 0, description: "0-based place in the rotation; default: last." }),
          ),
        }),
        response: responses(SceneSchema),
      },
    },
    async (request) => {
      const { scene_id, role_id, index } = request.params;
      const where = { sceneId: scene_id, roleId: role_id, rotation: index };
      const { user_id, position } = request.body;
      return ok(await addRotationParticipant(deps, callerOf(request), where, user_id, position));
    },
  );
};
