import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { WarRoomItemSchema, WarRoomNumParam } from "../warroom.schemas.ts";
import { changeWarRoomStatus } from "../warroom.service.ts";

/** An incidentd extension: COC documents the statuses but no API that sets them. */
export const changeWarRoomStatusRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/warrooms/:war_room_num/status`,
    {
      config: { access: "writer" },
      schema: {
        operationId: "ChangeWarRoomStatus",
        summary: "Move a WarRoom to fault delimited (3) or fault recovered (7)",
        description:
          "Statuses only move forward: 1 → 3 → 7 → 20. Status 7 sets recover_time (if not set yet).",
        tags: ["incidentd WarRooms"],
        params: WarRoomNumParam,
        body: Type.Object({
          status: Type.Union([Type.Literal("3"), Type.Literal("7")], { "x-expected": '"3" or "7"' }),
        }),
        response: responses(WarRoomItemSchema),
      },
    },
    async (request) =>
      ok(
        await changeWarRoomStatus(deps, callerOf(request), request.params.war_room_num, request.body.status),
      ),
  );
};
