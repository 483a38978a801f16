import { randomUUID } from "node:crypto";
import { hashToken } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import { findDisplayNames, knownUserIds, listSceneIds } from "./oncall.repository.ts";
import { findFeedByTokenHash, insertFeed, listFeeds, revokeFeed } from "./oncall-feed.repository.ts";
import {
  type FeedEvent,
  type FeedTarget,
  feedWindow,
  generateFeedToken,
  isFeedTokenShaped,
  type OnCallFeed,
} from "./oncall-feed.ts";
import { type CompiledScene, type Shift, shiftAt, timeline } from "./schedule.ts";

export interface NewFeed {
  target: FeedTarget;
  name?: string;
}

/** Who creates a feed: its project, and the principal recorded as its creator. */
export interface FeedCreator {
  projectId: string;
  principal: string;
}

async function checkTarget(deps: Deps, projectId: string, target: FeedTarget): Promise<void> {
  if (target.kind === "user") {
    if (!(await knownUserIds(deps.db, projectId, [target.userId])).has(target.userId))
      throw invalidParameter("user_id", `${target.userId} is not a user of the project's directory`);
    return;
  }
  const scene = await deps.oncallScenes.get(deps.db, projectId, target.sceneId);
  if (!scene) throw invalidParameter("scene_id", `no on-call scene ${target.sceneId}`);
  if (!scene.roles.has(target.roleId)) {
    const roles = [...scene.roles.keys()].join(", ");
    throw invalidParameter("role_id", `no role ${target.roleId} in the scene (its roles: ${roles})`);
  }
}

const defaultName = (t: FeedTarget) =>
  t.kind === "user" ? `shifts of ${t.userId}` : `${t.sceneId}/${t.roleId}`;

/** Creates a feed; its token is returned once and only its hash is stored. */
export async function createFeed(
  deps: Deps,
  creator: FeedCreator,
  input: NewFeed,
): Promise<{ feed: OnCallFeed; token: string }> {
  const name = input.name ?? defaultName(input.target);
  if (name.length === 0 || name.length > 200) throw invalidParameter("name", "must be 1-200 characters");
  await checkTarget(deps, creator.projectId, input.target);
  const token = generateFeedToken();
  const feed: OnCallFeed = {
    id: `feed_${randomUUID().replaceAll("-", "")}`,
    projectId: creator.projectId,
    target: input.target,
    name,
    createdBy: creator.principal,
    createdAt: deps.clock.now(),
    revokedAt: null,
  };
  await insertFeed(deps.db, feed, hashToken(token));
  return { feed, token };
}

export function listProjectFeeds(deps: Deps, projectId: string): Promise<OnCallFeed[]> {
  return listFeeds(deps.db, projectId);
}

export async function revokeProjectFeed(deps: Deps, projectId: string, id: string): Promise<void> {
  if (!(await revokeFeed(deps.db, projectId, id, deps.clock.now())))
    throw new AppError("RESOURCE_NOT_FOUND", `on-call feed not found: ${id}`);
}

/**
 * The feed a token opens. Unknown, malformed and revoked tokens get the same 404: a calendar app polling a
 * revoked URL learns nothing else, and nobody can tell a revoked token from one that never existed.
 */
export async function authenticateFeed(deps: Deps, token: string | undefined): Promise<OnCallFeed> {
  const feed =
    token !== undefined && isFeedTokenShaped(token)
      ? await findFeedByTokenHash(deps.db, hashToken(token))
      : undefined;
  if (!feed || feed.revokedAt !== null) throw new AppError("RESOURCE_NOT_FOUND", "on-call feed not found");
  return feed;
}

/**
 * A role's final schedule over the window, the shifts cut by the window's edges given back their whole
 * length (so an event's start, and its UID, do not move as the window does).
 */
function wholeShifts(scene: CompiledScene, roleId: string, from: number, to: number): Shift[] {
  const shifts = timeline(scene, roleId, from, to);
  const same = (a: Shift, b: Shift | null) => b !== null && a.user_id === b.user_id && a.source === b.source;
  const first = shifts[0];
  if (first?.start === from) {
    const whole = shiftAt(scene, roleId, from);
    if (whole && same(first, whole)) first.start = whole.start;
  }
  const last = shifts.at(-1);
  if (last?.end === to) {
    const whole = shiftAt(scene, roleId, to - 1);
    if (whole && same(last, whole)) last.end = whole.end;
  }
  return shifts;
}

function roleShifts(scene: CompiledScene, sceneId: string, roleId: string, from: number, to: number) {
  const roleName = scene.document.roles.find((r) => r.role_id === roleId)?.name ?? roleId;
  return wholeShifts(scene, roleId, from, to).map((s) => ({
    sceneId,
    sceneName: scene.document.name,
    roleId,
    roleName,
    userId: s.user_id,
    start: s.start,
    end: s.end,
    source: s.source,
  }));
}

/**
 * The feed's events over its window (oncall-feed.ts): a role feed's role, or a user's shifts in every
 * scene and role of the project. A role feed whose scene or role is gone is an empty calendar (it fills
 * again if they come back).
 */
export async function feedEvents(deps: Deps, feed: OnCallFeed): Promise<FeedEvent[]> {
  const { from, to } = feedWindow(deps.clock.now());
  const t = feed.target;
  const events: Array<Omit<FeedEvent, "displayName">> = [];
  if (t.kind === "role") {
    const scene = await deps.oncallScenes.get(deps.db, feed.projectId, t.sceneId);
    if (scene?.roles.has(t.roleId)) events.push(...roleShifts(scene, t.sceneId, t.roleId, from, to));
  } else {
    for (const { sceneId } of await listSceneIds(deps.db, feed.projectId)) {
      const scene = await deps.oncallScenes.get(deps.db, feed.projectId, sceneId);
      if (!scene) continue;
      for (const roleId of scene.roles.keys())
        events.push(...roleShifts(scene, sceneId, roleId, from, to).filter((e) => e.userId === t.userId));
    }
  }
  events.sort((a, b) => a.start - b.start);
  const names = await findDisplayNames(deps.db, feed.projectId, [...new Set(events.map((e) => e.userId))]);
  return events.map((e) => ({ ...e, displayName: names.get(e.userId) ?? e.userId }));
}
