import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { WarRoomItemSchema, WarRoomNumParam } from "../warroom.schemas.ts";
import { changeWarRoomStatus } from "../warroom.service.ts";

/** An incidentd extension: COC documents the statuses but no API that sets them. */
export const closeWarRoomRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/warrooms/:war_room_num/close`,
    {
      config: { access: "writer" },
      schema: {
        operationId: "CloseWarRoom",
        summary: "Close a WarRoom (status 20)",
        description: "Sets status 20 and close_time; closing a closed WarRoom is 400 IDT.00070002.",
        tags: ["incidentd WarRooms"],
        params: WarRoomNumParam,
        response: responses(WarRoomItemSchema),
      },
    },
    async (request) =>
      ok(await changeWarRoomStatus(deps, callerOf(request), request.params.war_room_num, "20")),
  );
};
