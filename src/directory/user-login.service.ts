import type { Role } from "../auth/credential.ts";
import { hashPassword, passwordProblem } from "../auth/passwords.ts";
import { deleteUserSessions } from "../auth/sessions/session.repository.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import { userNameOf } from "./directory.repository.ts";
import { updateLoginRole, upsertUserLogin } from "./user-login.repository.ts";

/** A user given a password without a role may act on incidents; admins grant more (or less) explicitly. */
export const DEFAULT_LOGIN_ROLE: Role = "writer";

async function requireDirectoryUser(deps: Deps, projectId: string, userId: string): Promise<void> {
  if ((await userNameOf(deps.db, projectId, userId)) === null)
    throw new AppError("RESOURCE_NOT_FOUND", `user not found: ${userId} (add it to the directory first)`);
}

/**
 * Sets a directory user's password (and role, when given; a first password without one gets
 * DEFAULT_LOGIN_ROLE). The user's sessions end: whoever signed in with the old password must sign in again.
 */
export async function setUserPassword(
  deps: Deps,
  projectId: string,
  userId: string,
  input: { password: string; role?: Role },
): Promise<void> {
  const problem = passwordProblem(input.password);
  if (problem) throw invalidParameter("password", problem);
  await requireDirectoryUser(deps, projectId, userId);
  const password = await hashPassword(input.password, deps.config.passwordScryptCost);
  await upsertUserLogin(deps.db, {
    projectId,
    userId,
    password,
    role: input.role,
    defaultRole: DEFAULT_LOGIN_ROLE,
    now: deps.clock.now(),
  });
  await deleteUserSessions(deps.db, projectId, userId);
}

/** Changes the role of a user who has a password; the user's sessions carry the new role at once. */
export async function setUserRole(deps: Deps, projectId: string, userId: string, role: Role): Promise<void> {
  await requireDirectoryUser(deps, projectId, userId);
  if (!(await updateLoginRole(deps.db, projectId, userId, role, deps.clock.now()))) {
    throw new AppError("RESOURCE_NOT_FOUND", `user ${userId} has no password yet: set one first`);
  }
}
