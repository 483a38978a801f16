import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { type AppOptions, buildApp } from "../src/app.ts";
import type { Role } from "../src/auth/credential.ts";
import { issueToken } from "../src/auth/token.service.ts";
import type { Clock } from "../src/clock.ts";
import { type Config, loadConfig } from "../src/config.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { createDeps, type Deps } from "../src/deps.ts";
import type { App } from "../src/http/app-types.ts";
import { createProject } from "../src/projects/project.service.ts";
import { exampleIncident } from "./example-incident.ts";
import { openTestDatabase } from "./test-database.ts";

export { exampleIncident };

/** A clock tests can hold still or move. */
export class TestClock implements Clock {
  constructor(public current = Date.UTC(2024, 2, 18, 13, 22, 3, 172)) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

export interface Harness {
  app: App;
  deps: Deps;
  clock: TestClock;
  /** Tokens of the main project, one per role. */
  tokens: Record<Role, string>;
  /** An admin token of a second project, for isolation tests. */
  otherProjectToken: string;
  projectId: string;
  request(options: InjectOptions & { token?: string | null }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const defaults = loadConfig({});
  // Tests fire requests far faster than any client would; throttling is tested on its own (limits.test.ts).
  const limits = { ...defaults.limits, ratePerSecond: 0 };
  // scrypt's production cost (32 MiB, ~0.1 s a hash) would make every sign-in in the tests slow.
  return { ...defaults, logLevel: "silent", limits, passwordScryptCost: 10, ...overrides };
}

/** The harness's master key: fixed, so a fixed clock gives the same incident numbers on every run. */
export const TEST_MASTER_KEY = Buffer.alloc(32, 7);

export interface HarnessOptions {
  /** The installation's master key (TEST_MASTER_KEY by default). */
  masterKey?: Buffer;
  config?: Partial<Config>;
  /** The app's logger (none by default). */
  logger?: AppOptions["logger"];
  /** Adds test-only routes before the app is sealed. */
  beforeReady?: (app: App) => void;
}

/** The real app over a fresh, migrated database, with a project and a token of every role. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const overrides = options.config ?? {};
  const config = testConfig(overrides);
  const clock = new TestClock();
  const { db, close } = await openTestDatabase();
  await migrateToLatest(db);
  const deps = createDeps(config, db, clock, options.masterKey ?? TEST_MASTER_KEY);
  const project = await createProject(deps, { id: "proj-main" });
  const other = await createProject(deps, { id: "proj-other" });
  const tokens = {} as Record<Role, string>;
  for (const role of ["admin", "writer", "reader"] as const) {
    tokens[role] = (
      await issueToken(deps, project.id, { name: role, role, principal: `${role}-user` })
    ).token;
  }
  const otherProjectToken = (
    await issueToken(deps, other.id, { name: "other", role: "admin", principal: "x" })
  ).token;
  const app = await buildApp(deps, { logger: options.logger });
  options.beforeReady?.(app);
  await app.ready();
  return {
    app,
    deps,
    clock,
    tokens,
    otherProjectToken,
    projectId: project.id,
    request({ token, headers, ...options }) {
      const auth = token === null ? {} : { "x-auth-token": token ?? tokens.writer };
      return app.inject({ ...options, headers: { ...auth, ...headers } });
    },
    async close() {
      await app.close();
      await close();
    },
  };
}

export async function createIncidentVia(
  h: Harness,
  body: Record<string, unknown> = exampleIncident(),
  token?: string,
) {
  const res = await h.request({ method: "POST", url: "/v1/external/incident/create", payload: body, token });
  if (res.statusCode !== 200) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json().data.incident_num as string;
}
