import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config.ts";
import { alarmsTimeLimitSeconds, benchAlarms } from "./alarms.ts";
import { benchAnalytics } from "./analytics.ts";
import { benchCreate, benchDetail } from "./compare.ts";
import { benchConsoleList } from "./console-list.ts";
import { benchConsolePages } from "./console-pages.ts";
import { benchDeliveries } from "./deliveries.ts";
import { benchExport, exportTimeLimitSeconds } from "./export.ts";
import { benchOnCall } from "./oncall.ts";
import { type BenchOptions, parseOptions, type Scenario, USAGE, UsageError } from "./options.ts";
import { stopServer, stopServerNow } from "./processes.ts";
import { formatReport, type ScenarioReport } from "./report.ts";
import { benchList } from "./search.ts";
import { type BenchContext, needsReference, type Run, startServers } from "./setup.ts";
import { runSoak, soakTimeLimitSeconds } from "./soak.ts";
import { benchStartup } from "./startup.ts";
import { benchWorkflow } from "./workflow.ts";

const log = (line: string) => process.stdout.write(`${line}\n`);

const RUNNERS: Record<Exclude<Scenario, "startup">, (ctx: BenchContext) => Promise<ScenarioReport>> = {
  detail: benchDetail,
  create: benchCreate,
  workflow: benchWorkflow,
  list: benchList,
  "console-list": benchConsoleList,
  "console-pages": benchConsolePages,
  export: benchExport,
  alarms: benchAlarms,
  oncall: benchOnCall,
  deliveries: benchDeliveries,
  analytics: benchAnalytics,
};

function referenceName(options: BenchOptions): string {
  return options.engine === "postgres"
    ? `bare Fastify + pg on the same PostgreSQL database, one process, pool ${loadConfig({}).pgPoolSize}`
    : "bare Fastify + better-sqlite3 on SQLite";
}

async function bench(options: BenchOptions, run: Run): Promise<boolean> {
  const reports: ScenarioReport[] = [];
  // Before seeding: the start-up figures are taken on a quiet machine, on their own small installations.
  if (options.only.includes("startup")) reports.push(await benchStartup(run.root, log));
  const seeded = options.soakMinutes !== undefined || options.only.some((scenario) => scenario !== "startup");
  const ctx = seeded ? await startServers(options, run, log) : undefined;
  if (ctx && options.soakMinutes !== undefined) return runSoak(ctx);
  for (const scenario of options.only)
    if (ctx && scenario !== "startup") reports.push(await RUNNERS[scenario](ctx));
  const report = formatReport(reports);
  log("");
  if (!ctx) {
    log(`cores: ${os.availableParallelism()}`);
    log(report.text);
    return report.clean;
  }
  log(
    `incidentd: ${options.engine}, ${options.nodes} node${options.nodes > 1 ? "s" : ""}` +
      (needsReference(options) ? `; reference: ${referenceName(options)}` : ""),
  );
  log(
    `incidents: ${options.incidents}, connections: ${options.connections}, ` +
      `duration: ${options.durationSeconds} s after ${options.warmupSeconds} s warm-up, ` +
      `rounds: ${options.rounds}, cores: ${os.availableParallelism()}`,
  );
  log(report.text);
  return report.clean;
}

/**
 * Seeding (about 35 s per million on 2 cores into SQLite, about twice that into PostgreSQL), each
 * warm-up + measurement, the exports' and the alarms' own time limits, the soak, with margin.
 */
function timeLimitMs(options: BenchOptions): number {
  const perRun = options.durationSeconds + options.warmupSeconds + 10;
  const seeding = (options.engine === "postgres" ? 3 : 1) * Math.ceil(options.incidents / 5000);
  const runs =
    (options.only.includes("detail") ? 2 * options.rounds : 0) +
    (options.only.includes("create") ? 2 * options.rounds : 0) +
    (options.only.includes("workflow") ? 1 : 0) +
    (options.only.includes("list") ? 3 : 0) +
    (options.only.includes("console-list") ? 1 : 0) +
    (options.only.includes("console-pages") ? 3 : 0) +
    (options.only.includes("oncall") ? 2 * options.rounds + 1 : 0) +
    (options.only.includes("deliveries") ? 4 : 0) +
    (options.only.includes("analytics") ? 1 : 0);
  const exports = options.only.includes("export")
    ? 2 * options.rounds * exportTimeLimitSeconds(options.incidents)
    : 0;
  const alarms = options.only.includes("alarms")
    ? alarmsTimeLimitSeconds(options.durationSeconds, options.warmupSeconds)
    : 0;
  const soak = options.soakMinutes === undefined ? 0 : soakTimeLimitSeconds(options.soakMinutes);
  // Detail first reads its sample (at most 100,000 incidents) twice on every server, at >= 2,000 reads/s.
  const priming = options.only.includes("detail")
    ? 2 * (options.nodes + 1) * Math.ceil(Math.min(options.incidents, 100_000) / 2000)
    : 0;
  const startup = options.only.includes("startup") ? 60 : 0;
  return (120 + startup + seeding + 2 * runs * perRun + priming + exports + alarms + soak) * 1000;
}

/** Stops the servers, then runs the asynchronous clean-ups (each at most 10 s) and removes the files. */
async function cleanUp(run: Run, stop: (server: Run["servers"][number]) => Promise<void> | void) {
  await Promise.all(run.servers.map((server) => stop(server)));
  for (const cleanup of run.cleanups.splice(0)) {
    await Promise.race([
      cleanup().catch((error: unknown) => process.stderr.write(`bench: clean-up failed: ${String(error)}\n`)),
      new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
    ]);
  }
  // A child killed a moment ago may still be closing its files.
  fs.rmSync(run.root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    process.stdout.write(USAGE);
    return 0;
  }
  const run: Run = {
    root: fs.mkdtempSync(path.join(os.tmpdir(), "incidentd-bench-")),
    servers: [],
    cleanups: [],
  };
  const abort = (code: number) => {
    cleanUp(run, stopServerNow).finally(() => process.exit(code));
  };
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench: time limit of ${timeLimitMs(options) / 1000} s exceeded, aborting\n`);
    abort(1);
  }, timeLimitMs(options));
  watchdog.unref();
  process.once("SIGINT", () => abort(130));
  process.once("SIGTERM", () => abort(130));
  try {
    return (await bench(options, run)) ? 0 : 1;
  } finally {
    clearTimeout(watchdog);
    await cleanUp(run, (server) => stopServer(server));
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`bench: ${error.message} (see --help)\n`);
    else
      process.stderr.write(
        `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    process.exitCode = 1;
  },
);
