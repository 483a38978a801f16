import { exampleIncident } from "../testkit/example-incident.ts";
import { CRASH_TOKEN, createInstallation, type Engine, type Node, startNode } from "./installation.ts";
import { seededRandom } from "./load.ts";
import { VerifyingReceiver } from "./webhook-receiver.ts";

/**
 * The webhook crash test (docs/reliability.md): creates incidents at `concurrency` while the server
 * delivers their `incident.created` events to a local receiver verifying each signature; SIGKILLs the
 * server at a random moment, restarts it on the same data, `kills` times; then waits until every incident
 * whose create was answered 200 has had its event received at least once. Nothing may be lost.
 */
export interface WebhookCrashOptions {
  engine: Engine;
  kills: number;
  concurrency: number;
  seed: number;
  minLoadMs: number;
  maxLoadMs: number;
  /** How long the receiver takes to answer each delivery (so some are in flight at each kill). */
  receiverDelayMs: number;
  /** After the last restart: how long every committed incident's event may take to arrive. */
  settleMs: number;
  pgAdminUrl?: string;
  log?: (line: string) => void;
}

export const DEFAULT_WEBHOOK_CRASH_OPTIONS: WebhookCrashOptions = {
  engine: "sqlite",
  kills: 10,
  concurrency: 16,
  seed: 1,
  minLoadMs: 500,
  maxLoadMs: 3000,
  receiverDelayMs: 20,
  settleMs: 90_000,
};

export interface WebhookCrashReport {
  options: WebhookCrashOptions;
  installation: string;
  kills: number;
  /** Creates answered 200: the incidents whose event must arrive. */
  committed: number;
  /** Creates cut by a kill or refused (their event may or may not arrive: both are right). */
  uncertain: number;
  /** Deliveries received and verified (every type), and those seen a second time (same webhook-id). */
  deliveries: number;
  duplicates: number;
  /** Deliveries whose signature did not verify. */
  refused: number;
  /** Committed incidents whose event never arrived. */
  lost: string[];
  /** From the last restart until every committed incident's event had arrived. */
  settleMs: number;
  restartMs: number[];
  durationMs: number;
  problems: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function createOne(baseUrl: string, title: string): Promise<string | null> {
  try {
    const res = await fetch(`${baseUrl}/v1/external/incident/create`, {
      method: "POST",
      headers: { "x-auth-token": CRASH_TOKEN, "content-type": "application/json;charset=UTF-8" },
      body: JSON.stringify(exampleIncident({ incident_title: title })),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as { data?: { incident_num?: string } };
    const num = body.data?.incident_num;
    return res.status === 200 && typeof num === "string" ? num : null;
  } catch {
    return null; // cut by the kill: unknown outcome
  }
}

async function subscribe(node: Node, receiver: VerifyingReceiver): Promise<void> {
  const res = await fetch(`${node.baseUrl}/incidentd/v1/webhooks`, {
    method: "POST",
    headers: { "x-auth-token": CRASH_TOKEN, "content-type": "application/json" },
    body: JSON.stringify({ url: receiver.url, events: ["incident.created"], description: "crash test" }),
  });
  const body = (await res.json()) as { data?: { secret: string } };
  if (res.status !== 200 || !body.data) throw new Error(`CreateWebhook answered ${res.status}`);
  receiver.secret = body.data.secret;
}

export async function runWebhookCrashTest(options: WebhookCrashOptions): Promise<WebhookCrashReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed);
  const receiver = await new VerifyingReceiver().start();
  receiver.delayMs = options.receiverDelayMs;
  const installation = await createInstallation(options.engine, options.pgAdminUrl);
  const committed = new Set<string>();
  const report: WebhookCrashReport = {
    options,
    installation: installation.describe,
    kills: 0,
    committed: 0,
    uncertain: 0,
    deliveries: 0,
    duplicates: 0,
    refused: 0,
    lost: [],
    settleMs: 0,
    restartMs: [],
    durationMs: 0,
    problems: [],
  };
  log(`installation: ${installation.describe}; receiver ${receiver.url}; seed ${options.seed}`);
  let node: Node | undefined;
  try {
    node = await startNode(installation.env);
    await subscribe(node, receiver);
    for (let round = 1; round <= options.kills; round++) {
      let halted = false;
      const baseUrl = node.baseUrl;
      const client = async (c: number) => {
        for (let i = 0; !halted; i++) {
          const num = await createOne(baseUrl, `crash r${round} c${c} #${i}`);
          // A create answered 200, even just before the kill, committed: its event must arrive.
          if (num !== null) committed.add(num);
          else report.uncertain++;
        }
      };
      const clients = Array.from({ length: options.concurrency }, (_, c) => client(c));
      const loadMs = options.minLoadMs + Math.floor(random() * (options.maxLoadMs - options.minLoadMs));
      await sleep(loadMs);
      halted = true;
      node.kill();
      report.kills++;
      await node.exited;
      await Promise.all(clients);
      const received = [...committed].filter((n) => receiver.created.has(n)).length;
      log(
        `round ${round}/${options.kills}: SIGKILL after ${loadMs} ms; ${committed.size} committed so far, ${received} of them received`,
      );
      const restart = Date.now();
      node = await startNode(installation.env);
      report.restartMs.push(Date.now() - restart);
    }
    const settleStart = Date.now();
    const missing = () => [...committed].filter((n) => !receiver.created.has(n));
    while (missing().length > 0 && Date.now() - settleStart < options.settleMs) await sleep(100);
    report.settleMs = Date.now() - settleStart;
    report.lost = missing();
    if (report.lost.length > 0)
      report.problems.push(
        `${report.lost.length} committed incidents never had incident.created received: ${report.lost.slice(0, 10).join(", ")}`,
      );
    if (receiver.refused > 0) report.problems.push(`${receiver.refused} deliveries did not verify`);
    await node.stop();
  } catch (error) {
    report.problems.push(`run aborted: ${(error as Error).stack ?? error}`);
    if (node) log(`server output (tail):\n${node.output()}`);
  } finally {
    node?.kill();
    await node?.exited;
    await receiver.close();
    await installation.remove().catch((e: Error) => log(`could not remove the installation: ${e.message}`));
  }
  report.committed = committed.size;
  report.deliveries = receiver.deliveries;
  report.duplicates = receiver.duplicates;
  report.refused = receiver.refused;
  report.durationMs = Date.now() - started;
  return report;
}
