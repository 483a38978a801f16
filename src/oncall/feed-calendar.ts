import ical from "ical-generator";
import { type FeedEvent, feedEventSummary, feedEventUid, type OnCallFeed } from "./oncall-feed.ts";

/** Calendar apps refresh a subscription about this often (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 3600;

/** The feed's events as an iCalendar document (RFC 5545, written by ical-generator; times in UTC). */
export function renderFeedCalendar(feed: OnCallFeed, events: FeedEvent[], now: number): string {
  const calendar = ical({
    name: `On call: ${feed.name}`,
    prodId: { company: "incidentd", product: "on-call feed", language: "EN" },
    ttl: REFRESH_SECONDS,
  });
  for (const e of events) {
    calendar.createEvent({
      id: feedEventUid(feed.projectId, e),
      start: new Date(e.start),
      end: new Date(e.end),
      stamp: new Date(now),
      summary: feedEventSummary(e),
      description: [
        `scene_id: ${e.sceneId}`,
        `role_id: ${e.roleId}`,
        `user_id: ${e.userId}`,
        `source: ${e.source}`,
      ].join("\n"),
    });
  }
  return calendar.toString();
}
