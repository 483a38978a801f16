import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { FeedSchema, toFeedView } from "../oncall-feed.schemas.ts";
import { listProjectFeeds } from "../oncall-feed.service.ts";

export const listOnCallFeedsRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/oncall/feeds`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ListOnCallFeeds",
        summary: "The project's iCalendar feeds, revoked ones included (never their tokens)",
        tags: ["incidentd on-call"],
        response: responses(Type.Object({ feeds: Type.Array(FeedSchema) })),
      },
    },
    async (request) => {
      const feeds = await listProjectFeeds(deps, callerOf(request).projectId);
      return ok({ feeds: feeds.map(toFeedView) });
    },
  );
};
