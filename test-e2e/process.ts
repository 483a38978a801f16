import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestSchema, ENGINE } from "../test/helpers/test-database.ts";

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

/** Starts `incidentd serve` as a real process on a free port and waits until it listens. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "serve"], {
    cwd: ROOT,
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
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

/** Runs the `incidentd` CLI (bin/incidentd.js) to completion. */
export function runCli(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["bin/incidentd.js", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
