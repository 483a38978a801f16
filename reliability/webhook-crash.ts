import os from "node:os";
import { parseArgs } from "node:util";
import { DEFAULT_PG_ADMIN_URL, type Engine } from "./installation.ts";
import {
  DEFAULT_WEBHOOK_CRASH_OPTIONS,
  runWebhookCrashTest,
  type WebhookCrashReport,
} from "./webhook-crash-run.ts";

/**
 * npm run crash:webhooks -- [--kills 10] [--engine sqlite|postgres] [--concurrency 16] [--seed N]
 *                           [--min-load-ms 500] [--max-load-ms 3000] [--pg-admin-url postgres://…]
 * Exits 0 when every committed incident's incident.created arrived, 1 otherwise, 2 on a usage mistake.
 */
const USAGE =
  "usage: npm run crash:webhooks -- [--kills N] [--engine sqlite|postgres] [--concurrency N] [--seed N] [--min-load-ms MS] [--max-load-ms MS] [--pg-admin-url URL]\n";

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
}

function summary(r: WebhookCrashReport): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const meanRestart = r.restartMs.reduce((a, b) => a + b, 0) / Math.max(1, r.restartMs.length);
  return [
    "",
    "== webhook crash summary",
    `engine:      ${r.installation}`,
    `machine:     ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`,
    `options:     kills ${r.options.kills}, concurrency ${r.options.concurrency}, seed ${r.options.seed}, load ${r.options.minLoadMs}–${r.options.maxLoadMs} ms per round, receiver answers after ${r.options.receiverDelayMs} ms`,
    `kills:       ${r.kills} (SIGKILL), restart to ready ${seconds(meanRestart)} on average`,
    `creates:     ${r.committed} answered 200, ${r.uncertain} cut by a kill or refused`,
    `received:    ${r.deliveries} verified deliveries (${r.duplicates} a second time, same webhook-id), ${r.refused} refused signatures`,
    `settled in:  ${seconds(r.settleMs)} after the last restart`,
    `time:        ${seconds(r.durationMs)}`,
    r.problems.length === 0
      ? "result:      OK — every committed incident's incident.created arrived"
      : `result:      FAILED:\n${r.problems.map((p) => `  ✗ ${p}`).join("\n")}`,
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
  const d = DEFAULT_WEBHOOK_CRASH_OPTIONS;
  let options: typeof d;
  try {
    const engine = (str("engine") ?? d.engine) as Engine;
    if (engine !== "sqlite" && engine !== "postgres") throw new Error("--engine must be sqlite or postgres");
    options = {
      ...d,
      engine,
      kills: count("kills", str("kills"), d.kills),
      concurrency: count("concurrency", str("concurrency"), d.concurrency),
      seed: count("seed", str("seed"), (Date.now() % 1_000_000) + 1),
      minLoadMs: count("min-load-ms", str("min-load-ms"), d.minLoadMs),
      maxLoadMs: count("max-load-ms", str("max-load-ms"), d.maxLoadMs),
      pgAdminUrl: str("pg-admin-url") ?? DEFAULT_PG_ADMIN_URL,
      log: (line) => process.stdout.write(`${line}\n`),
    };
    if (options.maxLoadMs <= options.minLoadMs) throw new Error("--max-load-ms must exceed --min-load-ms");
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const report = await runWebhookCrashTest(options);
  process.stdout.write(summary(report));
  return report.problems.length === 0 ? 0 : 1;
}

process.exitCode = await main();
