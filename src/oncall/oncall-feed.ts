import { createHash, randomBytes } from "node:crypto";

/** Whose shifts a feed shows: one person's in every scene and role, or one role's final schedule. */
export type FeedTarget = { kind: "user"; userId: string } | { kind: "role"; sceneId: string; roleId: string };

export interface OnCallFeed {
  id: string;
  projectId: string;
  target: FeedTarget;
  name: string;
  createdBy: string;
  createdAt: number;
  revokedAt: number | null;
}

/** How far back and ahead of "now" a feed's calendar reaches (90 days: within the timeline's 93). */
export const FEED_PAST_DAYS = 30;
export const FEED_FUTURE_DAYS = 60;
const DAY = 86_400_000;

/**
 * The window starts at a UTC midnight, so it moves once a day rather than at every poll; the shifts cut
 * by its edges are given their whole length (FeedEvent), so no event changes as it moves.
 */
export function feedWindow(now: number): { from: number; to: number } {
  const midnight = now - (now % DAY);
  return { from: midnight - FEED_PAST_DAYS * DAY, to: midnight + (FEED_FUTURE_DAYS + 1) * DAY };
}

/** The calendar's URL path (after any INCIDENTD_PATH_PREFIX); the token is its credential. */
export const FEED_PATH = "/incidentd/v1/oncall/feeds/{feed_token}.ics";

export function feedPathFor(token: string, pathPrefix: string): string {
  return pathPrefix + FEED_PATH.replace("{feed_token}", token);
}

const TOKEN_SHAPE = /^idf_[0-9a-f]{64}$/;

/**
 * 32 random bytes, hex: a calendar app's only credential. Hex keeps the secret one run of letters and
 * digits, which the request log masks even in a URL no route matched (http/log-options.ts).
 */
export function generateFeedToken(): string {
  return `idf_${randomBytes(32).toString("hex")}`;
}

export function isFeedTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/** One shift in a feed: who, for which scene and role, from when to when. */
export interface FeedEvent {
  sceneId: string;
  sceneName: string;
  roleId: string;
  roleName: string;
  userId: string;
  displayName: string;
  start: number;
  end: number;
  source: "rotation" | "override";
}

/**
 * The event's UID: the same shift keeps it across polls (calendar apps update rather than duplicate);
 * a shift that changes person, source or start is a new event. The project keeps equal scene ids of two
 * projects apart.
 */
export function feedEventUid(projectId: string, e: FeedEvent): string {
  const key = JSON.stringify([projectId, e.sceneId, e.roleId, e.userId, e.source, e.start]);
  return `${createHash("sha256").update(key).digest("hex").slice(0, 32)}@oncall.incidentd`;
}

export function feedEventSummary(e: FeedEvent): string {
  const cover = e.source === "override" ? " (override)" : "";
  return `On call: ${e.displayName} · ${e.sceneName} / ${e.roleName}${cover}`;
}
