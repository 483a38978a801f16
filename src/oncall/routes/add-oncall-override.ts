import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { OverrideSchema, SceneParam, SceneSchema } from "../oncall.schemas.ts";
import { addOverride } from "../oncall.service.ts";

export const addOnCallOverrideRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/oncall/scenes/:scene_id/overrides`,
    {
      config: { access: "writer" },
      schema: {
        operationId: "AddOnCallOverride",
        summary: "Add an override: someone covers a time window for a role (or for one person on it)",
        tags: ["incidentd on-call"],
        params: SceneParam,
        body: OverrideSchema,
        response: responses(SceneSchema),
      },
    },
    async (request) => ok(await addOverride(deps, callerOf(request), request.params.scene_id, request.body)),
  );
};
