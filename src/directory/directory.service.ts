import type { Role } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { invalidParameter } from "../errors.ts";
import {
  type Application,
  type DirectoryUser,
  listApplications,
  listUsers,
  upsertApplication,
  upsertUser,
} from "./directory.repository.ts";
import { listLoginRoles } from "./user-login.repository.ts";

function requireText(field: string, value: string, max: number): void {
  if (value.length === 0) throw invalidParameter(field, "must not be empty");
  if (value.length > max) throw invalidParameter(field, `must be at most ${max} characters`);
}

/** Adds a user to the project's directory, or renames the user with that id. */
export async function addUser(
  deps: Deps,
  projectId: string,
  input: { id: string; displayName: string; email?: string | null },
): Promise<DirectoryUser> {
  requireText("id", input.id, 255);
  requireText("display_name", input.displayName, 255);
  if (input.email != null) requireText("email", input.email, 255);
  const now = deps.clock.now();
  const user = { id: input.id, displayName: input.displayName, email: input.email ?? null, updatedAt: now };
  await upsertUser(deps.db, {
    project_id: projectId,
    id: user.id,
    display_name: user.displayName,
    email: user.email,
    created_at: now,
    updated_at: now,
  });
  return user;
}

export async function addApplication(
  deps: Deps,
  projectId: string,
  input: { id: string; name: string },
): Promise<Application> {
  requireText("id", input.id, 255);
  requireText("name", input.name, 255);
  const now = deps.clock.now();
  await upsertApplication(deps.db, {
    project_id: projectId,
    id: input.id,
    name: input.name,
    created_at: now,
    updated_at: now,
  });
  return { id: input.id, name: input.name, updatedAt: now };
}

/** The project's users, each with the role it signs in with (null: no password). */
export async function listProjectUsers(
  deps: Deps,
  projectId: string,
): Promise<(DirectoryUser & { role: Role | null })[]> {
  const [users, roles] = await Promise.all([
    listUsers(deps.db, projectId),
    listLoginRoles(deps.db, projectId),
  ]);
  return users.map((user) => ({ ...user, role: roles.get(user.id) ?? null }));
}

export function listProjectApplications(deps: Deps, projectId: string): Promise<Application[]> {
  return listApplications(deps.db, projectId);
}
