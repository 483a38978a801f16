import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { instantOf, RangeQuery, ShiftSchema } from "../oncall.schemas.ts";
import { userShifts } from "../oncall.service.ts";

export const listUserShiftsRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/oncall/users/:user_id/shifts`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ListUserShifts",
        summary: "A user's on-call shifts in every scene and role over a range",
        tags: ["incidentd on-call"],
        params: Type.Object({ user_id: Str(255, { minLength: 1 }) }),
        querystring: RangeQuery,
        response: responses(
          Type.Object({
            shifts: Type.Array(
              Type.Intersect([Type.Object({ scene_id: Type.String(), role_id: Type.String() }), ShiftSchema]),
            ),
          }),
        ),
      },
    },
    async (request) => {
      const from = instantOf(request.query.from, "from");
      const to = instantOf(request.query.to, "to");
      return ok({ shifts: await userShifts(deps, callerOf(request), request.params.user_id, from, to) });
    },
  );
};
