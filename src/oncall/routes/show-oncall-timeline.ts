import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { instantOf, RangeQuery, SceneParam, ShiftSchema } from "../oncall.schemas.ts";
import { sceneTimeline } from "../oncall.service.ts";

export const showOnCallTimelineRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/oncall/scenes/:scene_id/timeline`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ShowOnCallTimeline",
        summary: "The final schedule (overrides applied) of every role of a scene over a range, as shifts",
        tags: ["incidentd on-call"],
        params: SceneParam,
        querystring: RangeQuery,
        response: responses(
          Type.Object({
            roles: Type.Array(Type.Object({ role_id: Type.String(), shifts: Type.Array(ShiftSchema) })),
          }),
        ),
      },
    },
    async (request) => {
      const from = instantOf(request.query.from, "from");
      const to = instantOf(request.query.to, "to");
      return ok({ roles: await sceneTimeline(deps, callerOf(request), request.params.scene_id, from, to) });
    },
  );
};
