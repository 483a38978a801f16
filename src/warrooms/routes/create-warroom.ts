import { Type } from "@sinclair/typebox";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { CreateWarRoomBody } from "../warroom.schemas.ts";
import { createWarRoom } from "../warroom.service.ts";
import { toNewWarRoom } from "./warroom-requests.ts";

export const createWarRoomRoute: RouteModule = (app, deps) => {
  // The English COC pages of some regions write the path capitalised (`/v1/external/WarRooms…`): both
  // are served, the capitalised one hidden from the OpenAPI document.
  for (const [url, operationId] of [
    ["/v1/external/warrooms", "CreateWarRoom"],
    ["/v1/external/WarRooms", "CreateWarRoomCapitalisedPath"],
  ] as const) {
    app.post(
      url,
      {
        config: { access: "writer" },
        schema: {
          operationId,
          hide: operationId !== "CreateWarRoom",
          summary: "Start a WarRoom for an incident",
          description:
            "COC CreateWarRoom. data is the WarRoom number (WR + 24 digits); the incident's warroom_id is set to it. One WarRoom per incident (docs/warrooms.md).",
          tags: ["COC WarRooms"],
          body: CreateWarRoomBody,
          response: responses(Type.String({ description: "The WarRoom number." })),
        },
      },
      async (request) => ok(await createWarRoom(deps, callerOf(request), toNewWarRoom(request.body))),
    );
  }
};
