import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EXAMPLE_INCIDENT, incidentNumberOf } from "./fixtures.ts";
import { type LoadSettings, type LoadTarget, measure, pathCycler } from "./load.ts";
import { withForeignLoad } from "./machine.ts";
import { type BenchOptions, parseOptions, USAGE } from "./options.ts";
import { type Server, spawnServer, stopServer, stopServerNow, waitUntilReady } from "./processes.ts";
import { type Comparison, formatReport } from "./report.ts";
import { seedDataDir } from "./seed.ts";

const SAMPLE_SIZE = 100_000;
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Run {
  root: string;
  servers: Server[];
}

/** Random existing incident numbers, the same sample (and order) for both servers. */
function sampleNumbers(count: number, now: number): string[] {
  return Array.from({ length: Math.min(count, SAMPLE_SIZE) }, () =>
    incidentNumberOf(1 + Math.floor(Math.random() * count), count, now),
  );
}

/** Fails fast if a detail request is not a 200, and shows the two bodies' sizes. */
async function checkDetail(name: string, url: string, headers: Record<string, string>): Promise<void> {
  const res = await fetch(url, { headers });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${name} detail answered ${res.status}: ${body.slice(0, 300)}`);
  log(`  ${name} detail body: ${Buffer.byteLength(body)} bytes`);
}

async function measureOn(server: Server, operation: string, target: LoadTarget, settings: LoadSettings) {
  log(`measuring ${operation} on ${server.name} ...`);
  const pids = [process.pid, server.child.pid ?? 0];
  const { result, foreignPercent } = await withForeignLoad(pids, () => measure(target, settings));
  return { ...result, otherLoadPercent: foreignPercent };
}

async function compare(
  operation: string,
  goal: number,
  servers: { incidentd: Server; reference: Server },
  targets: { incidentd: LoadTarget; reference: LoadTarget },
  settings: LoadSettings & { rounds: number },
): Promise<Comparison> {
  const rounds: Comparison["rounds"] = [];
  for (let round = 0; round < settings.rounds; round++) {
    const incidentd = await measureOn(servers.incidentd, operation, targets.incidentd, settings);
    const reference = await measureOn(servers.reference, operation, targets.reference, settings);
    rounds.push({ incidentd, reference });
  }
  return { operation, goal, rounds };
}

async function bench(options: BenchOptions, run: Run): Promise<boolean> {
  const dataDir = path.join(run.root, "incidentd");
  const refPath = path.join(run.root, "reference", "reference.db");
  log(`seeding ${options.incidents} incidents into ${dataDir} ...`);
  const seeded = await seedDataDir(dataDir, options.incidents, log);
  // The reference gets its own copy of the seeded file: same schema and rows, separate writes.
  fs.mkdirSync(path.dirname(refPath));
  fs.copyFileSync(seeded.sqlitePath, refPath);

  const incidentd = await spawnServer("incidentd", ["src/main.ts", "serve"], {
    INCIDENTD_DATA_DIR: dataDir,
    INCIDENTD_SQLITE_SYNCHRONOUS: "FULL",
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
  });
  run.servers.push(incidentd);
  const reference = await spawnServer("reference", ["bench/reference-server.ts"], { REF_DB: refPath });
  run.servers.push(reference);
  await waitUntilReady(incidentd, "/healthz");
  await waitUntilReady(reference, "/ref/healthz");

  const numbers = sampleNumbers(options.incidents, seeded.now);
  const auth = { "x-auth-token": seeded.token };
  const json = { "content-type": "application/json" };
  const detailPath = "/v1/external/incident/";
  await checkDetail("incidentd", `${incidentd.baseUrl}${detailPath}${numbers[0]}`, auth);
  await checkDetail("reference", `${reference.baseUrl}/ref/incident/${numbers[0]}`, {});

  const settings = { ...options };
  const body = JSON.stringify(EXAMPLE_INCIDENT);
  const servers = { incidentd, reference };
  const detail = await compare(
    "detail",
    0.85,
    servers,
    {
      incidentd: {
        url: incidentd.baseUrl,
        method: "GET",
        headers: auth,
        nextPath: pathCycler(detailPath, numbers),
      },
      reference: {
        url: reference.baseUrl,
        method: "GET",
        headers: {},
        nextPath: pathCycler("/ref/incident/", numbers),
      },
    },
    settings,
  );
  const create = await compare(
    "create",
    0.8,
    servers,
    {
      incidentd: {
        url: `${incidentd.baseUrl}/v1/external/incident/create`,
        method: "POST",
        headers: { ...auth, ...json },
        body,
      },
      reference: { url: `${reference.baseUrl}/ref/create`, method: "POST", headers: json, body },
    },
    settings,
  );

  const report = formatReport([detail, create]);
  log("");
  log(
    `incidents: ${options.incidents}, connections: ${options.connections}, ` +
      `duration: ${options.durationSeconds} s after ${options.warmupSeconds} s warm-up, ` +
      `rounds: ${options.rounds}, cores: ${os.availableParallelism()}`,
  );
  log(report.text);
  return report.clean;
}

/** Seeding (about 35 s per million on 2 cores) plus the warm-up + measurement runs, with margin. */
function timeLimitMs(options: BenchOptions): number {
  const perRun = options.durationSeconds + options.warmupSeconds + 10;
  return (120 + Math.ceil(options.incidents / 5000) + 4 * options.rounds * perRun) * 1000;
}

function cleanUpNow(run: Run): void {
  for (const server of run.servers) stopServerNow(server);
  // A child killed a moment ago may still be closing its files.
  fs.rmSync(run.root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    process.stdout.write(USAGE);
    return 0;
  }
  const run: Run = { root: fs.mkdtempSync(path.join(os.tmpdir(), "incidentd-bench-")), servers: [] };
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench: time limit of ${timeLimitMs(options) / 1000} s exceeded, aborting\n`);
    cleanUpNow(run);
    process.exit(1);
  }, timeLimitMs(options));
  watchdog.unref();
  const interrupt = () => {
    cleanUpNow(run);
    process.exit(130);
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  try {
    return (await bench(options, run)) ? 0 : 1;
  } finally {
    clearTimeout(watchdog);
    await Promise.all(run.servers.map((server) => stopServer(server)));
    fs.rmSync(run.root, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
