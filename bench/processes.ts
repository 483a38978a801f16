import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

/** Children run from the repository root, where their entry paths (and `--import tsx`) resolve. */
export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface Server {
  name: string;
  baseUrl: string;
  child: ChildProcess;
  /** The child's stderr (and stdout), kept to explain a failed start. */
  output: () => string;
}

/**
 * Only what a process needs to run: the caller's other variables (DATABASE_URL, INCIDENTD_*,
 * NODE_OPTIONS) would silently change what is measured.
 */
export function baseEnv(): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of ["PATH", "HOME", "TMPDIR", "LANG", "TZ"]) {
    const value = process.env[name];
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

/** Asks the kernel for a free loopback port (closed again before the child binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Spawns `node ...args` (paths relative to the repository root) on a free port; `waitUntilReady` tells when it answers. */
export async function spawnServer(
  name: string,
  args: string[],
  env: Record<string, string>,
): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...baseEnv(), ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { name, baseUrl: `http://127.0.0.1:${port}`, child, output: () => output };
}

/** Polls `healthPath` until it answers 200; fails if the child exits or the time runs out. */
export async function waitUntilReady(server: Server, healthPath: string, timeoutMs = 60_000): Promise<void> {
  const { child, name } = server;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${name} exited during start-up (${child.exitCode ?? child.signalCode}):\n${server.output()}`,
      );
    }
    try {
      const res = await fetch(`${server.baseUrl}${healthPath}`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${name} did not become ready within ${timeoutMs} ms:\n${server.output()}`);
}

/** SIGTERM, then SIGKILL if the child has not exited after `graceMs`. */
export async function stopServer(server: Server, graceMs = 5000): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Synchronous last resort (watchdog, process exit): kills without waiting. */
export function stopServerNow(server: Server): void {
  const { child } = server;
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
