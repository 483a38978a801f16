import type { Db } from "../../db/database.ts";
import type { Role } from "../credential.ts";
import type { SessionTable } from "./session.table.ts";

/** A live session row with what the user's login says now (role, name): a role change applies at once. */
export interface SessionRecord {
  id: string;
  projectId: string;
  userId: string;
  displayName: string;
  role: Role;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

export async function insertSession(db: Db, row: SessionTable): Promise<void> {
  await db.insertInto("sessions").values(row).execute();
}

/** The session whose secret hashes to `secretHash`, while its user still has a login. */
export async function findSessionBySecretHash(
  db: Db,
  secretHash: string,
): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom("sessions as s")
    .innerJoin("user_logins as l", (join) =>
      join.onRef("l.project_id", "=", "s.project_id").onRef("l.user_id", "=", "s.user_id"),
    )
    .innerJoin("directory_users as u", (join) =>
      join.onRef("u.project_id", "=", "s.project_id").onRef("u.id", "=", "s.user_id"),
    )
    .select([
      "s.id",
      "s.project_id",
      "s.user_id",
      "s.csrf_token",
      "s.created_at",
      "s.last_seen_at",
      "s.expires_at",
      "l.role",
      "u.display_name",
    ])
    .where("s.secret_hash", "=", secretHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    projectId: row.project_id,
    userId: row.user_id,
    displayName: row.display_name,
    role: row.role,
    csrfToken: row.csrf_token,
    createdAt: Number(row.created_at),
    lastSeenAt: Number(row.last_seen_at),
    expiresAt: Number(row.expires_at),
  };
}

export async function touchSession(db: Db, id: string, now: number): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: now }).where("id", "=", id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** Ends every session of a user (a new password). */
export async function deleteUserSessions(db: Db, projectId: string, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("project_id", "=", projectId).where("user_id", "=", userId).execute();
}

/** Drops sessions past either limit: keeps the table bounded by the people signed in. */
export async function purgeSessions(db: Db, now: number, idleMs: number): Promise<void> {
  await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", now - idleMs)]))
    .execute();
}

/** Sessions stored (tests). */
export async function countSessions(db: Db): Promise<number> {
  const row = await db
    .selectFrom("sessions")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
