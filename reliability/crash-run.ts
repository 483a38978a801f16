import {
  CRASH_TOKEN,
  type CrashInstallation,
  createInstallation,
  type Engine,
  type Node,
  startNode,
} from "./installation.ts";
import { Ledger } from "./ledger.ts";
import { seededRandom, startLoad } from "./load.ts";
import { verifyThroughApi } from "./verify-api.ts";
import { readDatabase, verifyDatabase } from "./verify-db.ts";

/**
 * The crash-safety run (docs/reliability.md): load at `concurrency`, SIGKILL at a random moment, restart
 * on the same data, verify everything against the ledger; `kills` times.
 */
export interface CrashOptions {
  engine: Engine;
  kills: number;
  concurrency: number;
  seed: number;
  /** The load runs for a random time in [minLoadMs, maxLoadMs) before each kill. */
  minLoadMs: number;
  maxLoadMs: number;
  /** PostgreSQL: the server on which the run's own database is created (and dropped). */
  pgAdminUrl?: string;
  /** Leave the installation in place (the caller removes it): for tests that inspect it afterwards. */
  keepInstallation?: boolean;
  log?: (line: string) => void;
}

export const DEFAULT_OPTIONS: CrashOptions = {
  engine: "sqlite",
  kills: 20,
  concurrency: 32,
  seed: 1,
  minLoadMs: 500,
  maxLoadMs: 3000,
};

export interface CrashReport {
  options: CrashOptions;
  installation: string;
  rounds: number;
  kills: number;
  counts: ReturnType<Ledger["counts"]>;
  requests: number;
  /** Incidents whose create had an unknown outcome and that turned out to have been applied. */
  unknownCreatesApplied: number;
  /** In-flight requests at the kills whose outcome was unknown (connection broken). */
  inFlightAtKills: number;
  apiIncidentChecks: number;
  databaseChecks: number;
  databaseIncidentChecks: number;
  finalIncidents: number;
  finalHistoryEntries: number;
  integrityChecks: string[];
  restartMs: number[];
  durationMs: number;
  problems: string[];
  ledger: Ledger;
  /** Set when keepInstallation was asked for. */
  kept?: CrashInstallation;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runCrashTest(options: CrashOptions): Promise<CrashReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed);
  const ledger = new Ledger();
  const installation = await createInstallation(options.engine, options.pgAdminUrl);
  const report: CrashReport = {
    options,
    installation: installation.describe,
    rounds: 0,
    kills: 0,
    counts: ledger.counts(),
    requests: 0,
    unknownCreatesApplied: 0,
    inFlightAtKills: 0,
    apiIncidentChecks: 0,
    databaseChecks: 0,
    databaseIncidentChecks: 0,
    finalIncidents: 0,
    finalHistoryEntries: 0,
    integrityChecks: [],
    restartMs: [],
    durationMs: 0,
    problems: [],
    ledger,
  };
  log(`installation: ${installation.describe}; seed ${options.seed}`);
  let node: Node | undefined;
  const verify = async (label: string, numbers: readonly string[]) => {
    const current = node as Node;
    const api = await verifyThroughApi(current.baseUrl, CRASH_TOKEN, ledger, numbers);
    const db = verifyDatabase(await readDatabase(installation), ledger);
    report.apiIncidentChecks += api.checked;
    report.databaseChecks++;
    report.databaseIncidentChecks += db.incidents;
    report.unknownCreatesApplied = db.unknownCreatesApplied;
    report.finalIncidents = db.incidents;
    report.finalHistoryEntries = db.histories;
    const problems = [...api.problems, ...db.problems];
    report.problems.push(...problems.map((p) => `[${label}] ${p}`));
    log(
      `  ${label}: ${numbers.length} incidents through the API, ${db.incidents} incidents / ${db.histories} history entries in the database: ${problems.length === 0 ? "ok" : `${problems.length} PROBLEMS`}`,
    );
    for (const problem of problems.slice(0, 20)) log(`    ✗ ${problem}`);
  };
  try {
    node = await startNode(installation.env);
    report.integrityChecks = (await readDatabase(installation)).integrityChecks;
    for (let round = 1; round <= options.kills; round++) {
      report.rounds = round;
      const load = startLoad({ baseUrl: node.baseUrl, token: CRASH_TOKEN }, ledger, {
        concurrency: options.concurrency,
        round,
        random,
        runTag: `s${options.seed}`,
      });
      const loadMs = options.minLoadMs + Math.floor(random() * (options.maxLoadMs - options.minLoadMs));
      await sleep(loadMs);
      const before = ledger.counts();
      // Halt and kill in one synchronous step: the requests in flight now are the ones the kill cuts.
      load.halt();
      node.kill();
      report.kills++;
      await node.exited;
      const stats = await load.drained();
      report.requests += stats.requests;
      const after = ledger.counts();
      const cut =
        after.creates.unknown - before.creates.unknown + (after.actions.unknown - before.actions.unknown);
      report.inFlightAtKills += cut;
      log(
        `round ${round}/${options.kills}: ${stats.requests} requests in ${loadMs} ms, SIGKILL with ${cut} writes in flight` +
          (stats.timeouts ? ` (${stats.timeouts} timeouts!)` : ""),
      );
      if (stats.timeouts)
        report.problems.push(`[round ${round}] ${stats.timeouts} requests timed out (30 s)`);
      const restart = Date.now();
      node = await startNode(installation.env);
      report.restartMs.push(Date.now() - restart);
      const touched = [...ledger.touched].filter((n) => ledger.createsByNumber.has(n));
      ledger.touched.clear();
      await verify(`after kill ${round}`, touched);
      if (report.problems.length > 0) break;
    }
    if (report.problems.length === 0) {
      await verify("final, every acknowledged incident", [...ledger.createsByNumber.keys()]);
    }
    await node.stop();
  } catch (error) {
    report.problems.push(`run aborted: ${(error as Error).stack ?? error}`);
    if (node) log(`server output (tail):\n${node.output()}`);
  } finally {
    node?.kill();
    await node?.exited;
    if (options.keepInstallation) report.kept = installation;
    else if (report.problems.length > 0 && installation.sqliteFile) {
      log(`kept for inspection: ${installation.sqliteFile}`);
    } else
      await installation.remove().catch((e: Error) => log(`could not remove the installation: ${e.message}`));
  }
  report.counts = ledger.counts();
  report.durationMs = Date.now() - started;
  return report;
}
