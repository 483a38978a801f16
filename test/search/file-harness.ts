import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp } from "../../src/app.ts";
import type { Role } from "../../src/auth/credential.ts";
import { issueToken } from "../../src/auth/token.service.ts";
import { openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createDeps } from "../../src/deps.ts";
import { createProject } from "../../src/projects/project.service.ts";
import { type Harness, TEST_MASTER_KEY, TestClock, testConfig } from "../../testkit/harness.ts";

export interface FileHarness extends Harness {
  /** The SQLite database file. */
  file: string;
}

/**
 * The harness's app over a SQLite database FILE (the shared harness opens an in-memory one, which no
 * reader worker can open): `readWorkers` worker threads run its expensive reads (db/expensive-reads.ts).
 * Closing removes the directory.
 */
export async function createFileHarness(readWorkers: number): Promise<FileHarness> {
  const dir = mkdtempSync(path.join(tmpdir(), "incidentd-search-"));
  const file = path.join(dir, "incidentd.db");
  const db = openDatabase({ engine: "sqlite", path: file, synchronous: "NORMAL", readWorkers });
  await migrateToLatest(db);
  const clock = new TestClock();
  const deps = createDeps(testConfig(), db, clock, TEST_MASTER_KEY);
  const project = await createProject(deps, { id: "proj-main" });
  const other = await createProject(deps, { id: "proj-other" });
  const tokens = {} as Record<Role, string>;
  for (const role of ["admin", "writer", "reader"] as const)
    tokens[role] = (
      await issueToken(deps, project.id, { name: role, role, principal: `${role}-user` })
    ).token;
  const otherProjectToken = (
    await issueToken(deps, other.id, { name: "other", role: "admin", principal: "x" })
  ).token;
  const app = await buildApp(deps, {});
  await app.ready();
  return {
    app,
    deps,
    clock,
    tokens,
    otherProjectToken,
    projectId: project.id,
    file,
    request({ token, headers, ...options }) {
      const auth = token === null ? {} : { "x-auth-token": token ?? tokens.writer };
      return app.inject({ ...options, headers: { ...auth, ...headers } });
    },
    async close() {
      try {
        await app.close();
        await db.destroy();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
