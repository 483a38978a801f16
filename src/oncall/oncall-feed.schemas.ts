import { Type } from "@sinclair/typebox";
import { invalidParameter } from "../errors.ts";
import { IntegerOrNull, Str } from "../http/wire-types.ts";
import { FEED_PATH, type FeedTarget, type OnCallFeed } from "./oncall-feed.ts";

const Id = (description: string) => Str(255, { minLength: 1, description });

export const NewFeedBody = Type.Object({
  user_id: Type.Optional(Id("A person's feed: their shifts in every scene and role.")),
  scene_id: Type.Optional(Id("A role's feed: the scene (with role_id).")),
  role_id: Type.Optional(Id("A role's feed: the role of scene_id.")),
  name: Type.Optional(
    Str(200, { minLength: 1, description: "Shown in the list and as the calendar's name." }),
  ),
});

/** The body names either a user or a scene and a role: the target of the feed, or the 400 naming the field. */
export function feedTargetOf(body: { user_id?: string; scene_id?: string; role_id?: string }): FeedTarget {
  const { user_id, scene_id, role_id } = body;
  if (user_id !== undefined) {
    if (scene_id !== undefined || role_id !== undefined)
      throw invalidParameter("user_id", "give either user_id or scene_id and role_id, not both");
    return { kind: "user", userId: user_id };
  }
  if (scene_id === undefined) throw invalidParameter("user_id", "give user_id, or scene_id and role_id");
  if (role_id === undefined) throw invalidParameter("role_id", "is required with scene_id");
  return { kind: "role", sceneId: scene_id, roleId: role_id };
}

const NullableId = Type.Union([Type.String(), Type.Null()]);

export const FeedSchema = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal("user"), Type.Literal("role")]),
  user_id: NullableId,
  scene_id: NullableId,
  role_id: NullableId,
  name: Type.String(),
  created_by: Type.String({ description: "The principal that created it." }),
  created_at: Type.Integer(),
  revoked_at: IntegerOrNull,
});

export function toFeedView(feed: OnCallFeed) {
  const t = feed.target;
  return {
    id: feed.id,
    kind: t.kind,
    user_id: t.kind === "user" ? t.userId : null,
    scene_id: t.kind === "role" ? t.sceneId : null,
    role_id: t.kind === "role" ? t.roleId : null,
    name: feed.name,
    created_by: feed.createdBy,
    created_at: feed.createdAt,
    revoked_at: feed.revokedAt,
  };
}

/** The calendar's route: the token, its only credential, is the last path segment. */
export const FEED_CALENDAR_ROUTE = FEED_PATH.replace("{feed_token}", ":feed_token");
