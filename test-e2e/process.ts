import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { authorizationHeader, formatSdkDate } from "../src/auth/aksk/signature.ts";
import { assertBuilt, INCIDENTD_BIN } from "../testkit/built-program.ts";
import { createTestSchema, ENGINE } from "../testkit/test-database.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

export interface RunningServer {
  baseUrl: string;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface Installation {
  /** INCIDENTD_DATA_DIR, plus DATABASE_URL (a fresh schema) when the suite runs on PostgreSQL. */
  env: Record<string, string>;
  remove: () => Promise<void>;
}

/** A fresh, empty installation on the engine under test. */
export async function tempInstallation(): Promise<Installation> {
  const dir = mkdtempSync(path.join(tmpdir(), "incidentd-e2e-"));
  const schema = ENGINE === "postgres" ? await createTestSchema() : undefined;
  return {
    env: { INCIDENTD_DATA_DIR: dir, ...(schema ? { DATABASE_URL: schema.url } : {}) },
    async remove() {
      rmSync(dir, { recursive: true, force: true });
      await schema?.drop();
    },
  };
}

/**
 * A fresh SQLite installation whatever the engine under test: for tests of SQLite files (backup, restore,
 * migrate-to's source). DATABASE_URL is set empty, which the configuration reads as unset, because
 * startServer and runCli pass on the parent's environment.
 */
export function tempSqliteInstallation(): Installation {
  const dir = mkdtempSync(path.join(tmpdir(), "incidentd-e2e-sqlite-"));
  return {
    env: { INCIDENTD_DATA_DIR: dir, DATABASE_URL: "" },
    async remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ApiAnswer<T> {
  status: number;
  body: { error_code: string; error_msg: string | null; data: T };
}

/** One HTTP call to a running server, authenticated with an X-Auth-Token. */
export async function callApi<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<ApiAnswer<T>> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      "x-auth-token": token,
      ...(body === undefined ? {} : { "content-type": "application/json;charset=UTF-8" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as ApiAnswer<T>["body"] };
}

/** One HTTP call signed with an access key exactly as the official SDK signs (SDK-HMAC-SHA256). */
export async function callSigned<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  key: { accessKey: string; secretKey: string },
  body?: unknown,
): Promise<ApiAnswer<T>> {
  const raw = body === undefined ? "" : JSON.stringify(body);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    host: new URL(baseUrl).host,
    "x-sdk-date": formatSdkDate(Date.now()),
  };
  const [urlPath, query = ""] = path.split("?") as [string, string?];
  headers.authorization = authorizationHeader(key.accessKey, key.secretKey, {
    method,
    path: urlPath,
    query,
    headers,
    body: raw,
  });
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body: raw || undefined });
  return { status: res.status, body: (await res.json()) as ApiAnswer<T>["body"] };
}

/** The master key e2e PostgreSQL nodes share unless a test gives its own (incident numbers need one). */
const E2E_MASTER_KEY = "e2e0".repeat(16);

/** PostgreSQL nodes must be given the master key (docs/security.md): every e2e node gets the same one. */
function withMasterKey(env: Record<string, string>): Record<string, string> {
  const databaseUrl = env.DATABASE_URL ?? process.env.DATABASE_URL;
  if (!databaseUrl || env.INCIDENTD_MASTER_KEY || process.env.INCIDENTD_MASTER_KEY) return env;
  return { ...env, INCIDENTD_MASTER_KEY: E2E_MASTER_KEY };
}

/** Starts `incidentd serve` (the build) as a real process on a free port and waits until it listens. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  assertBuilt();
  const child: ChildProcess = spawn(process.execPath, [INCIDENTD_BIN, "serve"], {
    cwd: ROOT,
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", ...withMasterKey(env) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start within 20 s:\n${output}`));
    }, 20_000);
    const check = () => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1] && (!env.EXPECT_BANNER || output.includes("Create further tokens"))) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    child.stderr?.on("data", check);
    child.once("exit", () => reject(new Error(`server exited early:\n${output}`)));
  });
  return {
    baseUrl,
    output: () => output,
    async stop(signal = "SIGTERM") {
      child.kill(signal);
      return exited;
    },
  };
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `incidentd` CLI (bin/incidentd.js, the build) to completion, with `input` as its standard input. */
export function runCli(args: string[], env: Record<string, string>, input?: string): CliResult {
  assertBuilt();
  const result = spawnSync(process.execPath, [INCIDENTD_BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...withMasterKey(env) },
    input,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like runCli, without blocking the test's event loop: its HTTP calls carry on while the CLI runs. */
export function runCliConcurrently(args: string[], env: Record<string, string>): Promise<CliResult> {
  assertBuilt();
  const child = spawn(process.execPath, [INCIDENTD_BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...withMasterKey(env) },
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 30_000,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
}
