import type { Role } from "../auth/credential.ts";
import type { PasswordHash } from "../auth/passwords.ts";
import type { Db } from "../db/database.ts";

/** A user who may sign in: the stored password hash, the role and the directory's display name. */
export interface UserLogin {
  projectId: string;
  userId: string;
  displayName: string;
  role: Role;
  password: PasswordHash;
}

/** Sets the password (and the role, when given) of a directory user; a new login gets `defaultRole`. */
export async function upsertUserLogin(
  db: Db,
  login: {
    projectId: string;
    userId: string;
    password: PasswordHash;
    role: Role | undefined;
    defaultRole: Role;
    now: number;
  },
): Promise<void> {
  const { password, now } = login;
  const secret = {
    password_hash: password.hash,
    password_salt: password.salt,
    password_params: password.params,
  };
  await db
    .insertInto("user_logins")
    .values({
      project_id: login.projectId,
      user_id: login.userId,
      ...secret,
      role: login.role ?? login.defaultRole,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(["project_id", "user_id"])
        .doUpdateSet({ ...secret, ...(login.role ? { role: login.role } : {}), updated_at: now }),
    )
    .execute();
}

/** Changes the role of a user who has a password; false when there is none. */
export async function updateLoginRole(
  db: Db,
  projectId: string,
  userId: string,
  role: Role,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable("user_logins")
    .set({ role, updated_at: now })
    .where("project_id", "=", projectId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The logins of a user id, in every project or in the one named. */
export async function findLoginsByUserId(db: Db, userId: string, projectId?: string): Promise<UserLogin[]> {
  let query = db
    .selectFrom("user_logins as l")
    .innerJoin("directory_users as u", (join) =>
      join.onRef("u.project_id", "=", "l.project_id").onRef("u.id", "=", "l.user_id"),
    )
    .select([
      "l.project_id",
      "l.user_id",
      "l.role",
      "l.password_hash",
      "l.password_salt",
      "l.password_params",
      "u.display_name",
    ])
    .where("l.user_id", "=", userId);
  if (projectId !== undefined) query = query.where("l.project_id", "=", projectId);
  const rows = await query.orderBy("l.project_id").execute();
  return rows.map((row) => ({
    projectId: row.project_id,
    userId: row.user_id,
    displayName: row.display_name,
    role: row.role,
    password: { hash: row.password_hash, salt: row.password_salt, params: row.password_params },
  }));
}

/** Each user's role in the project, for the users who have a password. */
export async function listLoginRoles(db: Db, projectId: string): Promise<Map<string, Role>> {
  const rows = await db
    .selectFrom("user_logins")
    .select(["user_id", "role"])
    .where("project_id", "=", projectId)
    .execute();
  return new Map(rows.map((row) => [row.user_id, row.role]));
}
