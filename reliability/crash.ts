import os from "node:os";
import { parseArgs } from "node:util";
import { type CrashReport, DEFAULT_OPTIONS, runCrashTest } from "./crash-run.ts";
import { DEFAULT_PG_ADMIN_URL, type Engine } from "./installation.ts";

/**
 * npm run crash -- [--kills 20] [--engine sqlite|postgres] [--concurrency 32] [--seed N]
 *                  [--min-load-ms 500] [--max-load-ms 3000] [--pg-admin-url postgres://…]
 * Exits 0 when every check held, 1 on any violation, 2 on a usage mistake.
 */
const USAGE =
  "usage: npm run crash -- [--kills N] [--engine sqlite|postgres] [--concurrency N] [--seed N] [--min-load-ms MS] [--max-load-ms MS] [--pg-admin-url URL]\n";

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer`);
  return n;
}

function summary(report: CrashReport): string {
  const { creates, actions } = report.counts;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const restarts = report.restartMs;
  const meanRestart = restarts.length ? restarts.reduce((a, b) => a + b, 0) / restarts.length : 0;
  return [
    "",
    "== crash safety summary",
    `engine:        ${report.installation}`,
    `machine:       ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    `options:       kills ${report.options.kills}, concurrency ${report.options.concurrency}, seed ${report.options.seed}, load ${report.options.minLoadMs}–${report.options.maxLoadMs} ms per round`,
    `rounds/kills:  ${report.rounds} / ${report.kills} (SIGKILL), restart to ready ${seconds(meanRestart)} on average`,
    `requests:      ${report.requests}`,
    `creates:       ${creates.ok} acknowledged, ${creates.failed} answered as failed, ${creates.unknown} unknown outcome (${report.unknownCreatesApplied} of those applied)`,
    `actions:       ${actions.ok} acknowledged, ${actions.failed} answered as failed, ${actions.unknown} unknown outcome`,
    `cut in flight: ${report.inFlightAtKills} writes (unknown outcome at the kills)`,
    `why:           ${Object.entries(report.counts.reasons)
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${reason} ×${n}`)
      .join(", ")}`,
    `verified:      ${report.apiIncidentChecks} incident checks through the API, ${report.databaseChecks} database checks over ${report.databaseIncidentChecks} incident rows`,
    `integrity:     ${report.integrityChecks.join(", ")}`,
    `final state:   ${report.finalIncidents} incidents, ${report.finalHistoryEntries} history entries`,
    `time:          ${seconds(report.durationMs)}`,
    report.problems.length === 0
      ? "result:        OK — no lost, half-applied or phantom write"
      : `result:        FAILED — ${report.problems.length} problems:\n${report.problems.map((p) => `  ✗ ${p}`).join("\n")}`,
    "",
  ].join("\n");
}

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        kills: { type: "string" },
        engine: { type: "string" },
        concurrency: { type: "string" },
        seed: { type: "string" },
        "min-load-ms": { type: "string" },
        "max-load-ms": { type: "string" },
        "pg-admin-url": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const str = (name: string) => values[name] as string | undefined;
  const engine = (str("engine") ?? DEFAULT_OPTIONS.engine) as Engine;
  let options: typeof DEFAULT_OPTIONS;
  try {
    if (engine !== "sqlite" && engine !== "postgres") throw new Error("--engine must be sqlite or postgres");
    options = {
      engine,
      kills: positiveInt("kills", str("kills"), DEFAULT_OPTIONS.kills),
      concurrency: positiveInt("concurrency", str("concurrency"), DEFAULT_OPTIONS.concurrency),
      seed: positiveInt("seed", str("seed"), Date.now() % 1_000_000),
      minLoadMs: positiveInt("min-load-ms", str("min-load-ms"), DEFAULT_OPTIONS.minLoadMs),
      maxLoadMs: positiveInt("max-load-ms", str("max-load-ms"), DEFAULT_OPTIONS.maxLoadMs),
      pgAdminUrl: str("pg-admin-url") ?? DEFAULT_PG_ADMIN_URL,
      log: (line) => process.stdout.write(`${line}\n`),
    };
    if (options.maxLoadMs <= options.minLoadMs) throw new Error("--max-load-ms must exceed --min-load-ms");
    if (options.concurrency < 1) throw new Error("--concurrency must be at least 1");
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const report = await runCrashTest(options);
  process.stdout.write(summary(report));
  return report.problems.length === 0 ? 0 : 1;
}

process.exitCode = await main();
