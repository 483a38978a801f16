import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import type { DirectoryUser } from "../directory/directory.repository.ts";
import { findUser } from "../directory/directory.repository.ts";
import { AppError } from "../errors.ts";

const userNotFound = (id: string) => new AppError("RESOURCE_NOT_FOUND", `user not found: ${id}`);

/**
 * The directory user whose notifications the caller may read or change: admins any user of their project;
 * anyone else only themselves, signed in (a session whose user is `userId`). Another user answers 404, as
 * one of another project does, so non-admins learn nothing about other people's settings.
 */
export async function notifiableUser(deps: Deps, caller: Credential, userId: string): Promise<DirectoryUser> {
  const self = caller.kind === "session" && caller.principal === userId;
  if (caller.role !== "admin" && !self) throw userNotFound(userId);
  const user = await findUser(deps.db, caller.projectId, userId);
  if (!user) throw userNotFound(userId);
  return user;
}
