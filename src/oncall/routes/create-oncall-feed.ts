import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { FeedSchema, feedTargetOf, NewFeedBody, toFeedView } from "../oncall-feed.schemas.ts";
import { createFeed } from "../oncall-feed.service.ts";
import { feedPathFor } from "../oncall-feed.ts";

export const createOnCallFeedRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/oncall/feeds`,
    {
      config: { access: "writer" },
      schema: {
        operationId: "CreateOnCallFeed",
        summary: "Create an iCalendar feed of a person's or a role's shifts (its URL is shown only here)",
        description:
          "Either user_id, or scene_id and role_id. The path carries the feed's token, its only credential: calendar apps subscribe to it as is (docs/oncall.md).",
        tags: ["incidentd on-call"],
        body: NewFeedBody,
        response: responses(
          Type.Intersect([
            FeedSchema,
            Type.Object({
              token: Type.String({
                description: "The feed's secret (idf_ and 64 hex digits); stored hashed.",
              }),
              path: Type.String({
                description: "The calendar's URL path on this server: the token is in it.",
              }),
            }),
          ]),
        ),
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const target = feedTargetOf(request.body);
      const { feed, token } = await createFeed(deps, caller, { target, name: request.body.name });
      return ok({ ...toFeedView(feed), token, path: feedPathFor(token, deps.config.pathPrefix) });
    },
  );
};
