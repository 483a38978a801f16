import { Type } from "@sinclair/typebox";
import type { FastifyRequest } from "fastify";
import type { RouteModule } from "../../http/app-types.ts";
import { ErrorEnvelope } from "../../http/envelope.ts";
import { renderFeedCalendar } from "../feed-calendar.ts";
import { FEED_CALENDAR_ROUTE } from "../oncall-feed.schemas.ts";
import { authenticateFeed, feedEvents } from "../oncall-feed.service.ts";
import type { OnCallFeed } from "../oncall-feed.ts";

const tokenOf = (request: FastifyRequest) => (request.params as { feed_token?: string }).feed_token;

/**
 * The subscribable calendar. Its token is its only credential (a calendar app can carry nothing else), so
 * the route is public to the auth hook and checks the token itself before anything else; API tokens,
 * sessions and signatures give no access to it, and the feed token gives access to nothing but it.
 */
export const showOnCallFeedCalendarRoute: RouteModule = (app, deps) => {
  const feeds = new WeakMap<FastifyRequest, OnCallFeed>();
  app.get(
    FEED_CALENDAR_ROUTE,
    {
      config: { access: "public" },
      onRequest: async (request) => {
        const feed = await authenticateFeed(deps, tokenOf(request));
        deps.rateLimiter.take(`oncall-feed:${feed.id}`);
        feeds.set(request, feed);
      },
      schema: {
        operationId: "ShowOnCallFeedCalendar",
        summary: "An iCalendar feed of on-call shifts (authenticated by the token in its path only)",
        description:
          "text/calendar: the shifts from 30 days back to 60 days ahead. An unknown or revoked token is 404.",
        tags: ["incidentd on-call"],
        security: [],
        params: Type.Object({
          feed_token: Type.String({ description: "The feed's token (idf_ and 64 hex digits)." }),
        }),
        response: {
          200: Type.String({ description: "An iCalendar (RFC 5545) document." }),
          "4xx": ErrorEnvelope,
          "5xx": ErrorEnvelope,
        },
      },
    },
    async (request, reply) => {
      const feed = feeds.get(request);
      if (!feed) throw new Error("feed calendar reached without its feed");
      const body = renderFeedCalendar(feed, await feedEvents(deps, feed), deps.clock.now());
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("cache-control", "private, no-cache")
        .send(body);
    },
  );
};
