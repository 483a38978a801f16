import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../src/config.ts";
import { seedAlarmSource } from "./alarm-source.ts";
import { seedConsoleViewer } from "./console-pages.ts";
import { seedAdminToken } from "./deliveries.ts";
import type { BenchOptions } from "./options.ts";
import { createBenchDatabase, seedPostgres } from "./postgres.ts";
import { type Server, spawnServer, waitUntilReady } from "./processes.ts";
import { seedDataDir } from "./seed.ts";

/** What has to be undone at the end, also on error, Ctrl-C and the watchdog. */
export interface Run {
  root: string;
  servers: Server[];
  /** Asynchronous clean-ups (dropping the PostgreSQL database), run after the servers stopped. */
  cleanups: (() => Promise<void>)[];
}

/** What the scenarios run against. */
export interface BenchContext {
  options: BenchOptions;
  /** incidentd processes, all on the one database. */
  nodes: Server[];
  /**
   * The bare reference server, only started when detail or create is measured: Fastify + better-sqlite3
   * on SQLite, Fastify + `pg` (incidentd's pool size) on incidentd's PostgreSQL database.
   */
  reference?: Server;
  /** PostgreSQL's processes serving incidentd (none on SQLite), found anew before each measurement. */
  databasePids: () => Promise<number[]>;
  /** A writer token of the seeded project. */
  token: string;
  /** An admin token of the seeded project (only when deliveries run: subscriptions are admin-only). */
  adminToken?: string;
  /** The key of the seeded `custom` integration (only when alarms or the soak run). */
  alarmKey?: string;
  /** The time the seeded incidents' create times are spread before (see createTimeOf). */
  now: number;
  log: (line: string) => void;
}

export function needsReference(options: BenchOptions): boolean {
  return options.only.includes("detail") || options.only.includes("create");
}

function needsAlarmSource(options: BenchOptions): boolean {
  return options.only.includes("alarms") || options.soakMinutes !== undefined;
}

/** incidentd's environment and nothing else from the caller's (see spawnServer). */
function incidentdEnv(dataDir: string, databaseUrl: string | undefined, masterKey: string) {
  return {
    INCIDENTD_DATA_DIR: dataDir,
    INCIDENTD_SQLITE_SYNCHRONOUS: "FULL",
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    // One token drives thousands of requests per second here; the per-credential limit would be measured
    // instead of the server (docs/security.md).
    INCIDENTD_RATE_LIMIT: "0",
    // Likewise the per-credential limit on concurrent searches (the soak's lists share that token).
    INCIDENTD_SEARCH_CONCURRENCY: "0",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl, INCIDENTD_MASTER_KEY: masterKey } : {}),
  };
}

/**
 * Seeds the database and starts the servers: SQLite, or a fresh PostgreSQL database dropped by the
 * run's clean-ups. The reference runs on the same engine and data as incidentd.
 */
export async function startServers(
  options: BenchOptions,
  run: Run,
  log: (line: string) => void,
): Promise<BenchContext> {
  const now = Date.now();
  const dataDir = path.join(run.root, "incidentd");
  const withReference = needsReference(options);
  let sqlite: { path: string; token: string } | undefined;
  if (options.engine === "sqlite") {
    log(`seeding ${options.incidents} incidents into SQLite in ${dataDir} ...`);
    const seeded = await seedDataDir(dataDir, options.incidents, now, log);
    sqlite = { path: seeded.sqlitePath, token: seeded.token };
  }
  let databaseUrl: string | undefined;
  let databasePids = async (): Promise<number[]> => [];
  let token = sqlite?.token ?? "";
  if (options.engine === "postgres") {
    const database = await createBenchDatabase(options.pgUrl);
    run.cleanups.push(database.drop);
    databaseUrl = database.url;
    databasePids = database.pids;
    log(`seeding ${options.incidents} incidents into PostgreSQL (${new URL(database.url).pathname}) ...`);
    token = await seedPostgres(database.url, options.incidents, now, log);
  }

  // PostgreSQL nodes must share a master key (docs/deployment.md); SQLite keeps its own key file.
  const env = incidentdEnv(dataDir, databaseUrl, randomBytes(32).toString("hex"));
  let reference: Server | undefined;
  if (withReference && sqlite) {
    // The reference gets its own copy (same schema and rows, separate writes), taken before incidentd
    // opens the file.
    const refPath = path.join(run.root, "reference", "reference.db");
    fs.mkdirSync(path.dirname(refPath));
    fs.copyFileSync(sqlite.path, refPath);
    reference = await spawnServer("reference", ["--import", "tsx", "bench/reference-server.ts"], {
      REF_DB: refPath,
    });
    run.servers.push(reference);
  } else if (withReference && databaseUrl) {
    reference = await spawnServer("reference", ["--import", "tsx", "bench/reference-pg-server.ts"], {
      REF_PG_URL: databaseUrl,
      REF_POOL_SIZE: String(loadConfig(env).pgPoolSize),
    });
    run.servers.push(reference);
  }
  // After the reference's copy: its database needs no integration or rule.
  const alarmKey = needsAlarmSource(options)
    ? await seedAlarmSource(
        databaseUrl
          ? { DATABASE_URL: databaseUrl }
          : { INCIDENTD_DATA_DIR: dataDir, INCIDENTD_SQLITE_SYNCHRONOUS: "FULL" },
      )
    : undefined;
  const adminToken = options.only.includes("deliveries")
    ? await seedAdminToken(
        databaseUrl
          ? { DATABASE_URL: databaseUrl }
          : { INCIDENTD_DATA_DIR: dataDir, INCIDENTD_SQLITE_SYNCHRONOUS: "FULL" },
      )
    : undefined;
  if (options.only.includes("console-pages"))
    await seedConsoleViewer(
      databaseUrl
        ? { DATABASE_URL: databaseUrl }
        : { INCIDENTD_DATA_DIR: dataDir, INCIDENTD_SQLITE_SYNCHRONOUS: "FULL" },
    );
  const nodes: Server[] = [];
  for (let i = 0; i < options.nodes; i++) {
    const name = options.nodes > 1 ? `incidentd#${i + 1}` : "incidentd";
    // What users run: the build in dist/ (`npm run bench` builds it first).
    const node = await spawnServer(name, ["bin/incidentd.js", "serve"], env);
    run.servers.push(node);
    nodes.push(node);
  }
  for (const node of nodes) await waitUntilReady(node, "/readyz");
  if (reference) await waitUntilReady(reference, "/ref/healthz");
  return {
    options,
    nodes,
    reference,
    databasePids,
    token,
    now,
    log,
    ...(alarmKey ? { alarmKey } : {}),
    ...(adminToken ? { adminToken } : {}),
  };
}

/** The benchmark's own processes while `servers` are measured: its client, the servers, their database. */
export async function ownPids(ctx: BenchContext, servers: Server[]): Promise<number[]> {
  // On PostgreSQL the database's backends serve incidentd and the reference alike (none on SQLite).
  const database = await ctx.databasePids();
  return [process.pid, ...servers.map((server) => server.child.pid ?? 0), ...database];
}
