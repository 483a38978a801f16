import type { Db } from "../db/database.ts";
import type { OnCallFeedTable } from "./oncall.table.ts";
import type { OnCallFeed } from "./oncall-feed.ts";

function toFeed(row: OnCallFeedTable): OnCallFeed {
  const target =
    row.kind === "user"
      ? { kind: "user" as const, userId: row.user_id ?? "" }
      : { kind: "role" as const, sceneId: row.scene_id ?? "", roleId: row.role_id ?? "" };
  return {
    id: row.id,
    projectId: row.project_id,
    target,
    name: row.name,
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  };
}

export async function insertFeed(db: Db, feed: OnCallFeed, tokenHash: string): Promise<void> {
  const t = feed.target;
  await db
    .insertInto("oncall_feeds")
    .values({
      id: feed.id,
      project_id: feed.projectId,
      token_hash: tokenHash,
      kind: t.kind,
      user_id: t.kind === "user" ? t.userId : null,
      scene_id: t.kind === "role" ? t.sceneId : null,
      role_id: t.kind === "role" ? t.roleId : null,
      name: feed.name,
      created_by: feed.createdBy,
      created_at: feed.createdAt,
      revoked_at: null,
    })
    .execute();
}

/** The feed a token opens, whatever its project (the token is the feed's only credential). */
export async function findFeedByTokenHash(db: Db, tokenHash: string): Promise<OnCallFeed | undefined> {
  const row = await db
    .selectFrom("oncall_feeds")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  return row ? toFeed(row) : undefined;
}

export async function listFeeds(db: Db, projectId: string): Promise<OnCallFeed[]> {
  const rows = await db
    .selectFrom("oncall_feeds")
    .selectAll()
    .where("project_id", "=", projectId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toFeed);
}

/** Marks a feed revoked (a second revoke keeps the first time); false when the project has no such feed. */
export async function revokeFeed(db: Db, projectId: string, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable("oncall_feeds")
    .set((eb) => ({ revoked_at: eb.fn.coalesce("revoked_at", eb.val(now)) }))
    .where("project_id", "=", projectId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
