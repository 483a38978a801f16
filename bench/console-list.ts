import { countsRequest, type ListFilters, pageRequest } from "../console/src/incidents/list-query.ts";
import { exampleIncident } from "../testkit/example-incident.ts";
import { latencyPercentiles, type Measurement } from "./load.ts";
import { withForeignLoad } from "./machine.ts";
import type { ScenarioReport } from "./report.ts";
import type { BenchContext } from "./setup.ts";
import { ownPids } from "./setup.ts";

/*
 * console-list: exactly what an open console asks every 5 s for its list page (console/src/pages/
 * incident-list.tsx): the page of 100 rows without a total (ListIncidents) and, at the same time, the
 * tabs' counts (CountIncidentsByStatus), built by the console's own functions (list-query.ts). One
 * "console list" is the pair, timed until both answers have arrived; --connections consoles ask one
 * pair after the other (a closed loop), as many open consoles polling would, only without the pause.
 *
 * Unchanged data lets the server answer repeated reads from its answer cache (src/http/answer-cache.ts);
 * a second measurement creates WRITES_PER_SEC incidents meanwhile, each of which makes the next pair read
 * afresh, and is reported beside it (the goal is judged on the first, as the issue states it).
 */
const GOAL_PER_SEC = 300;
const GOAL_P99_MS = 50;
/** The list page as it opens: the "all" tab, no control set, 100 rows (/incidents?per_page=100). */
const FILTERS: ListFilters = { status: "all", page: 1, perPage: 100 };
/** Incidents created per second during the second measurement: a busy project's pace, and then some. */
const WRITES_PER_SEC = 10;

interface Pair {
  urls: [string, string];
  bodies: [string, string];
  headers: Record<string, string>;
}

/** Both requests at once, as the browser sends them; throws on anything but two 200s with content. */
async function askPair(pair: Pair, check = false): Promise<void> {
  const answers = await Promise.all(
    pair.urls.map(async (url, i) => {
      const res = await fetch(url, { method: "POST", headers: pair.headers, body: pair.bodies[i] });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 300)}`);
      return text;
    }),
  );
  if (check) {
    const page = JSON.parse(answers[0] ?? "{}") as { data?: { tickets?: unknown[]; total?: number } };
    const counts = JSON.parse(answers[1] ?? "{}") as { data?: { statuses?: unknown[] } };
    if (page.data?.tickets?.length !== FILTERS.perPage || page.data.total !== undefined)
      throw new Error(`the console's page is not ${FILTERS.perPage} rows without a total`);
    if (!counts.data?.statuses?.length) throw new Error("the console's counts hold no status");
  }
}

/** `connections` closed loops for `seconds`; latencies of the pairs that finished inside it. */
async function drive(pair: Pair, connections: number, seconds: number, latencies?: number[]) {
  const end = performance.now() + seconds * 1000;
  let failures = 0;
  let done = 0;
  const loop = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      try {
        await askPair(pair);
        done++;
        latencies?.push(performance.now() - started);
      } catch {
        failures++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, loop));
  return { done, failures, elapsed: (performance.now() - started) / 1000 };
}

/** Creates WRITES_PER_SEC incidents per second on `baseUrl` until `stop()`; answers how many were made. */
function createWhile(baseUrl: string, token: string) {
  const body = JSON.stringify(exampleIncident());
  const headers = { "content-type": "application/json", "x-auth-token": token };
  let running = true;
  let made = 0;
  let failures = 0;
  const done = (async () => {
    const started = performance.now();
    while (running) {
      const res = await fetch(`${baseUrl}/v1/external/incident/create`, { method: "POST", headers, body });
      await res.arrayBuffer();
      if (res.status === 200) made++;
      else failures++;
      const due = started + ((made + failures) * 1000) / WRITES_PER_SEC;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return { made, failures };
    },
  };
}

async function measure(ctx: BenchContext, pair: Pair, node: BenchContext["nodes"][number]) {
  const { connections, durationSeconds } = ctx.options;
  const latencies: number[] = [];
  const watched = await withForeignLoad(await ownPids(ctx, [node]), () =>
    drive(pair, connections, durationSeconds, latencies),
  );
  const run = watched.result;
  const m: Measurement = {
    requestsPerSec: run.elapsed > 0 ? run.done / run.elapsed : 0,
    ...latencyPercentiles(latencies),
    total: run.done,
    errors: run.failures,
    non2xx: 0,
    otherLoadPercent: watched.foreignPercent,
  };
  return m;
}

export async function benchConsoleList(ctx: BenchContext): Promise<ScenarioReport> {
  const node = ctx.nodes[0];
  if (!node) throw new Error("console-list: no server");
  const pair: Pair = {
    urls: [`${node.baseUrl}/v2/incidents/list`, `${node.baseUrl}/incidentd/v1/incidents/status-counts`],
    bodies: [JSON.stringify(pageRequest(FILTERS)), JSON.stringify(countsRequest(FILTERS))],
    headers: { "x-auth-token": ctx.token, "content-type": "application/json" },
  };
  await askPair(pair, true);
  const { connections, warmupSeconds } = ctx.options;
  ctx.log(`measuring console list (page + counts) on ${node.name}, ${connections} consoles ...`);
  const warm = warmupSeconds > 0 ? await drive(pair, connections, warmupSeconds) : undefined;
  const m = await measure(ctx, pair, node);
  m.errors += warm?.failures ?? 0;
  ctx.log(`measuring console list while ${WRITES_PER_SEC} incidents/s are created ...`);
  const writer = createWhile(node.baseUrl, ctx.token);
  const busy = await measure(ctx, pair, node);
  const written = await writer.stop();
  busy.errors += written.failures;
  const met = m.requestsPerSec >= GOAL_PER_SEC && m.p99Ms <= GOAL_P99_MS;
  const line = (what: string, x: Measurement) =>
    `${what}: ${x.requestsPerSec.toFixed(0)} lists/s, p50 = ${x.p50Ms.toFixed(2)} ms, p99 = ${x.p99Ms.toFixed(2)} ms`;
  return {
    rows: [
      { operation: "console list", server: "incidentd", measurement: m },
      { operation: "list+writes", server: "incidentd", measurement: busy },
    ],
    notes: [
      `${line(`console list (100-row page + status counts, ${connections} consoles)`, m)} ` +
        `(goal >= ${GOAL_PER_SEC}/s and p99 <= ${GOAL_P99_MS} ms: ${met ? "met" : "MISSED"})`,
      `${line(`the same while ${WRITES_PER_SEC} incidents/s are created (${written.made} made)`, busy)}`,
    ],
    failures: m.errors + busy.errors,
  };
}
