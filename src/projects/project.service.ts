import { randomBytes } from "node:crypto";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import {
  findProject,
  insertProject,
  insertProjectIfAbsent,
  listProjects,
  type Project,
} from "./project.repository.ts";

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function assertProjectId(id: string): void {
  if (!PROJECT_ID.test(id)) throw invalidParameter("project_id", "must be 1-64 letters, digits, '-' or '_'");
}

/** Creates a project; the id defaults to 32 random hex characters, like COC's project ids. */
export async function createProject(deps: Deps, input: { id?: string; name?: string }): Promise<Project> {
  const id = input.id ?? randomBytes(16).toString("hex");
  assertProjectId(id);
  if (await findProject(deps.db, id)) throw new AppError("CONFLICT", `project ${id} already exists`);
  const project = { id, name: input.name ?? id, createdAt: deps.clock.now() };
  await insertProject(deps.db, { id, name: project.name, created_at: project.createdAt });
  return project;
}

/** Creates the project unless it exists; `created` is true only for the caller that inserted it. */
export async function ensureProject(deps: Deps, id: string): Promise<{ project: Project; created: boolean }> {
  assertProjectId(id);
  const created = await insertProjectIfAbsent(deps.db, { id, name: id, created_at: deps.clock.now() });
  const project = await findProject(deps.db, id);
  if (!project) throw new Error(`project ${id} vanished while being created`);
  return { project, created };
}

export { listProjects };
