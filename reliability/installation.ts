import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { assertBuilt, INCIDENTD_BIN } from "../testkit/built-program.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

export type Engine = "sqlite" | "postgres";

export const DEFAULT_PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export interface CrashInstallation {
  engine: Engine;
  /** The environment every start of the server gets. */
  env: Record<string, string>;
  /** SQLite: the database file. */
  sqliteFile?: string;
  /** PostgreSQL: the crash test's own database. */
  databaseUrl?: string;
  describe: string;
  remove(): Promise<void>;
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh installation: a temporary data directory (SQLite, synchronous=FULL), or a new database
 * `incidentd_crash_<ts>_<hex>` on the PostgreSQL server of `pgAdminUrl` (dropped by `remove`).
 */
export async function createInstallation(
  engine: Engine,
  pgAdminUrl = DEFAULT_PG_ADMIN_URL,
): Promise<CrashInstallation> {
  const dir = mkdtempSync(path.join(tmpdir(), "incidentd-crash-"));
  const common = {
    INCIDENTD_DATA_DIR: dir,
    // One token drives the load and then checks every record with many reads at once: neither the
    // per-credential rate nor the per-credential search concurrency is what these runs test.
    INCIDENTD_RATE_LIMIT: "0",
    INCIDENTD_SEARCH_CONCURRENCY: "0",
    INCIDENTD_BOOTSTRAP_PROJECT_ID: "crash",
    INCIDENTD_BOOTSTRAP_TOKEN: CRASH_TOKEN,
  };
  if (engine === "sqlite") {
    return {
      engine,
      // DATABASE_URL empty = unset: the parent's may point at PostgreSQL.
      env: { ...common, DATABASE_URL: "", INCIDENTD_SQLITE_SYNCHRONOUS: "FULL" },
      sqliteFile: path.join(dir, "incidentd.db"),
      describe: `SQLite in ${dir} (synchronous=FULL)`,
      async remove() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `incidentd_crash_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await adminQuery(pgAdminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  url.search = "";
  return {
    engine,
    // Nodes sharing PostgreSQL must share the master key (it seals secrets and keys incident numbers).
    env: { ...common, DATABASE_URL: url.toString(), INCIDENTD_MASTER_KEY: randomBytes(32).toString("hex") },
    databaseUrl: url.toString(),
    describe: `PostgreSQL database ${name} on ${url.host}`,
    async remove() {
      rmSync(dir, { recursive: true, force: true });
      await adminQuery(pgAdminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export const CRASH_TOKEN = "crash-test-bootstrap-token-0000000";

export interface Node {
  baseUrl: string;
  pid: number;
  /** SIGKILL: no shutdown hook runs, in-flight requests die with their connections. */
  kill(): void;
  /** SIGTERM, for the end of the run. */
  stop(): Promise<void>;
  exited: Promise<number | null>;
  output(): string;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts `incidentd serve` and waits until /readyz answers 200 (the database is open and migrated). */
export async function startNode(env: Record<string, string>, timeoutMs = 30_000): Promise<Node> {
  assertBuilt();
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [INCIDENTD_BIN, "serve"], {
    cwd: ROOT,
    env: { ...process.env, ...env, HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`incidentd exited (${exitCode}) during start-up:\n${tail}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`incidentd was not ready within ${timeoutMs} ms:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    pid: child.pid ?? -1,
    kill: () => child.kill("SIGKILL"),
    async stop() {
      if (exitCode === undefined) {
        child.kill("SIGTERM");
        await exited;
      }
    },
    exited,
    output: () => tail,
  };
}
