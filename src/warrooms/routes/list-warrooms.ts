import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { ListWarRoomsBody, ListWarRoomsData } from "../warroom.schemas.ts";
import { listWarRooms } from "../warroom.service.ts";
import { toListQuery } from "./warroom-requests.ts";

export const listWarRoomsRoute: RouteModule = (app, deps) => {
  // The English COC pages of some regions write the path capitalised (`/v1/external/WarRooms…`): both
  // are served, the capitalised one hidden from the OpenAPI document.
  for (const [url, operationId] of [
    ["/v1/external/warrooms/list", "ListWarRooms"],
    ["/v1/external/WarRooms/list", "ListWarRoomsCapitalisedPath"],
  ] as const) {
    app.post(
      url,
      {
        config: { access: "reader" },
        schema: {
          operationId,
          hide: operationId !== "ListWarRooms",
          summary: "List the project's WarRooms",
          description:
            "COC ListWarRoom. Newest first (ties by number); offset counts rows; created in the last 30 days unless triggered_start_time/triggered_end_time say otherwise (docs/warrooms.md).",
          tags: ["COC WarRooms"],
          body: ListWarRoomsBody,
          response: responses(ListWarRoomsData),
        },
      },
      async (request) => ok(await listWarRooms(deps, callerOf(request), toListQuery(request.body ?? {}))),
    );
  }
};
