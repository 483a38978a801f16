import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { RotationParams, SceneSchema } from "../oncall.schemas.ts";
import { removeRotationParticipant } from "../oncall.service.ts";

export const removeRotationParticipantRoute: RouteModule = (app, deps) => {
  app.delete(
    `${ADMIN_PREFIX}/oncall/scenes/:scene_id/roles/:role_id/rotations/:index/participants/:user_id`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "RemoveRotationParticipant",
        summary: "Remove a participant from one rotation of a role (a piecewise edit of the scene document)",
        description:
          "Checked and stored like PUT (the version goes up). A rotation keeps at least one participant.",
        tags: ["incidentd on-call"],
        params: Type.Intersect([RotationParams, Type.Object({ user_id: Str(255, { minLength: 1 }) })]),
        response: responses(SceneSchema),
      },
    },
    async (request) => {
      const { scene_id, role_id, index, user_id } = request.params;
      const where = { sceneId: scene_id, roleId: role_id, rotation: index };
      return ok(await removeRotationParticipant(deps, callerOf(request), where, user_id));
    },
  );
};
