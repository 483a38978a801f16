import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { instantOf, ShiftSchema } from "../oncall.schemas.ts";
import { whoIsOnCall } from "../oncall.service.ts";

export const showOnCallRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/oncall/scenes/:scene_id/roles/:role_id/oncall`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ShowOnCall",
        summary: "Who is on call for a role at an instant (default: now), and the shift they are on",
        description: "data is null when nobody is (a gap between rotations' restrictions).",
        tags: ["incidentd on-call"],
        params: Type.Object({ scene_id: Str(255, { minLength: 1 }), role_id: Str(255, { minLength: 1 }) }),
        querystring: Type.Object({ at: Type.Optional(Str(40, { description: "ISO-8601 instant." })) }),
        response: responses(Type.Union([ShiftSchema, Type.Null()])),
      },
    },
    async (request) => {
      const { scene_id, role_id } = request.params;
      const at = request.query.at === undefined ? deps.clock.now() : instantOf(request.query.at, "at");
      return ok(await whoIsOnCall(deps, callerOf(request), scene_id, role_id, at));
    },
  );
};
