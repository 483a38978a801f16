import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { revokeProjectFeed } from "../oncall-feed.service.ts";

export const revokeOnCallFeedRoute: RouteModule = (app, deps) => {
  app.delete(
    `${ADMIN_PREFIX}/oncall/feeds/:feed_id`,
    {
      config: { access: "writer" },
      schema: {
        operationId: "RevokeOnCallFeed",
        summary:
          "Revoke an iCalendar feed: its URL answers 404 from now on (it stays listed, with revoked_at)",
        tags: ["incidentd on-call"],
        params: Type.Object({ feed_id: Str(64, { minLength: 1 }) }),
        response: responses(Type.Null()),
      },
    },
    async (request) => {
      await revokeProjectFeed(deps, callerOf(request).projectId, request.params.feed_id);
      return ok(null);
    },
  );
};
