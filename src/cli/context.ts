import { installationKey } from "../auth/aksk/master-key.ts";
import { systemClock } from "../clock.ts";
import type { Config } from "../config.ts";
import { databaseOptionsFrom, openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { createDeps, type Deps } from "../deps.ts";
import { listProjects } from "../projects/project.service.ts";

export class UsageError extends Error {}

/** Opens the installation's database (migrated) for one CLI command and closes it afterwards. */
export async function withDeps<T>(config: Config, run: (deps: Deps) => Promise<T>): Promise<T> {
  const db = openDatabase(databaseOptionsFrom(config));
  try {
    await migrateToLatest(db);
    // A command that needs the master key gets it checked against the stored secrets on first use.
    return await run(createDeps(config, db, systemClock, await installationKey(config, db)));
  } finally {
    await db.destroy();
  }
}

/** `--project`, or the installation's only project. */
export async function resolveProject(deps: Deps, requested: string | undefined): Promise<string> {
  const projects = await listProjects(deps.db);
  if (requested) {
    if (!projects.some((p) => p.id === requested)) throw new UsageError(`no such project: ${requested}`);
    return requested;
  }
  const [only, ...others] = projects;
  if (!only)
    throw new UsageError("there is no project yet: run `incidentd project create` or start the server once");
  if (others.length > 0) {
    throw new UsageError(
      `several projects exist (${projects.map((p) => p.id).join(", ")}); pass --project <id>`,
    );
  }
  return only.id;
}
