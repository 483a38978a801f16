import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { baseEnv, freePort, REPO_ROOT } from "./processes.ts";
import type { ScenarioReport } from "./report.ts";

/** Goals of issue 16: a CLI command, and a server answering /readyz 200 on an empty data directory. */
export const CLI_GOAL_MS = 300;
export const READY_GOAL_MS = 1000;
const CLI_RUNS = 10;
const SERVE_RUNS = 5;

/** What a user runs: the `incidentd` command (bin/incidentd.js, the build in dist/). */
const BIN = path.join(REPO_ROOT, "bin", "incidentd.js");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Wall time from spawning `node …args` (`incidentd` is `node bin/incidentd.js`) to its exit; throws unless 0. */
function timeNode(args: string[], env: Record<string, string>): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, encoding: "utf8", timeout: 30_000 });
  const elapsed = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited ${result.status}:\n${result.stderr}`);
  }
  return elapsed;
}

const timeCli = (args: string[], env: Record<string, string>) => timeNode([BIN, ...args], env);

/** Wall time from spawning `incidentd serve` on an empty data directory to the first 200 of /readyz. */
async function timeServe(dataDir: string): Promise<number> {
  const port = await freePort();
  const env = { ...baseEnv(), INCIDENTD_DATA_DIR: dataDir, HOST: "127.0.0.1", PORT: String(port) };
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, "serve"], {
    env: { ...env, LOG_LEVEL: "warn" },
    stdio: "pipe",
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  try {
    while (performance.now() - started < 30_000) {
      if (child.exitCode !== null) throw new Error(`incidentd serve exited ${child.exitCode}:\n${output}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(1000) });
        if (res.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await sleep(5);
    }
    throw new Error(`incidentd serve did not answer /readyz 200 within 30 s:\n${output}`);
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  }
}

/** The emulator's goals (issue 25): listening with its credentials in under 1 s, a reset in under 50 ms. */
export const EMULATOR_READY_GOAL_MS = 1000;
export const EMULATOR_RESET_GOAL_MS = 50;
const EMULATOR_TOKEN = "incidentd-emulator-admin-token";

/**
 * Wall time from spawning `incidentd emulator` to the first 200 of its clock route (the fixed token
 * works), then the wall time of `resets` resets to empty over HTTP (each after one other request).
 */
async function timeEmulator(resets: number): Promise<{ ready: number; resets: number[] }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, "emulator", "--port", String(port)], {
    env: { ...baseEnv(), LOG_LEVEL: "warn" },
    stdio: "pipe",
  });
  const headers = { "x-auth-token": EMULATOR_TOKEN, "content-type": "application/json" };
  try {
    let ready = Number.NaN;
    while (performance.now() - started < 30_000 && Number.isNaN(ready)) {
      if (child.exitCode !== null) throw new Error(`incidentd emulator exited ${child.exitCode}`);
      try {
        const res = await fetch(`${base}/incidentd/v1/emulator/clock`, { headers });
        if (res.status === 200) ready = performance.now() - started;
      } catch {
        await sleep(5);
      }
    }
    const times: number[] = [];
    for (let i = 0; i < resets; i++) {
      await fetch(`${base}/incidentd/v1/tokens`, { headers });
      const t = performance.now();
      const res = await fetch(`${base}/incidentd/v1/emulator/reset`, {
        method: "POST",
        headers,
        body: JSON.stringify({ to: "empty" }),
      });
      if (res.status !== 200) throw new Error(`reset answered ${res.status}`);
      times.push(performance.now() - t);
    }
    return { ready, resets: times };
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  }
}

const figures = (values: number[]) =>
  `median ${median(values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms ` +
  `[${values.map((v) => v.toFixed(0)).join(", ")}]`;

const verdict = (value: number, goal: number) => (value <= goal ? "met" : "MISSED");

/**
 * Start-up as a user meets it: `incidentd token list` on an installation with one project (the CLI
 * loads, opens and migrates the database, reads, exits), and `incidentd serve` from an empty data
 * directory until /readyz answers 200 (migrations from zero, first-start bootstrap, listening).
 */
export async function benchStartup(root: string, log: (line: string) => void): Promise<ScenarioReport> {
  const dir = path.join(root, "startup");
  const cliEnv = { ...baseEnv(), INCIDENTD_DATA_DIR: path.join(dir, "cli"), LOG_LEVEL: "warn" };
  log(
    `startup: ${CLI_RUNS} x incidentd token list, ${SERVE_RUNS} x incidentd serve on an empty data directory`,
  );
  const loadBefore = os.loadavg()[0] ?? Number.NaN;
  timeCli(["project", "create", "--id", "bench"], cliEnv);
  timeCli(["token", "list"], cliEnv); // unmeasured: the page cache now holds what every run reads
  const cli: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    cli.push(timeCli(["token", "list"], cliEnv));
    bare.push(timeNode(["-e", "0"], cliEnv));
  }
  const serve: number[] = [];
  for (let i = 0; i < SERVE_RUNS; i++) {
    const dataDir = path.join(dir, `serve-${i}`);
    serve.push(await timeServe(dataDir));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const emulatorReady: number[] = [];
  let resets: number[] = [];
  for (let i = 0; i < SERVE_RUNS; i++) {
    const run = await timeEmulator(i === 0 ? 20 : 0);
    emulatorReady.push(run.ready);
    if (i === 0) resets = run.resets;
  }
  return {
    rows: [],
    notes: [
      `startup: incidentd emulator until its clock route answers 200: ${figures(emulatorReady)} ` +
        `(goal median <= ${EMULATOR_READY_GOAL_MS} ms: ${verdict(median(emulatorReady), EMULATOR_READY_GOAL_MS)})`,
      `startup: emulator reset to empty over HTTP: ${figures(resets)} ` +
        `(goal median <= ${EMULATOR_RESET_GOAL_MS} ms: ${verdict(median(resets), EMULATOR_RESET_GOAL_MS)})`,
      `startup: incidentd token list: ${figures(cli)} ` +
        `(goal median <= ${CLI_GOAL_MS} ms: ${verdict(median(cli), CLI_GOAL_MS)})`,
      `startup: incidentd serve until /readyz 200: ${figures(serve)} ` +
        `(goal median <= ${READY_GOAL_MS} ms: ${verdict(median(serve), READY_GOAL_MS)})`,
      // The floor every command pays, measured between the runs above: on a loaded machine it grows too.
      `startup: node -e 0 (Node.js ${process.version} alone): ${figures(bare)}`,
      // Other processes share the cores: a load above the core count slows every start-up measured here.
      `startup: 1-minute load average ${loadBefore.toFixed(1)} before, ${(os.loadavg()[0] ?? 0).toFixed(1)} after ` +
        `(${os.availableParallelism()} cores)`,
    ],
    failures: 0,
  };
}
