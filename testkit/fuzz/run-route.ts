import { setImmediate as nextTurn } from "node:timers/promises";
import fc from "fast-check";
import { violationsOf } from "./invariants.ts";
import { type FuzzCase, fuzzCase, injectOptions, wireBody } from "./requests.ts";
import { assertHealthy, type FuzzRoute, type World } from "./world.ts";

export interface Violation {
  route: string;
  problem: string;
  request: string;
}

export interface FuzzStats {
  cases: number;
  statuses: Map<number, number>;
  violations: Violation[];
}

export function newStats(): FuzzStats {
  return { cases: 0, statuses: new Map(), violations: [] };
}

export function routeName(route: FuzzRoute): string {
  return `${route.method} ${route.url}`;
}

/** A short, replayable description of a request for a report. */
function describeRequest(w: World, route: FuzzRoute, c: FuzzCase): string {
  const options = injectOptions(w, route, c);
  const { payload } = wireBody(c.body);
  const shown =
    payload === undefined
      ? "(no body)"
      : Buffer.isBuffer(payload)
        ? `<${payload.length} bytes: ${payload.subarray(0, 120).toString("hex")}…>`
        : payload.length > 300
          ? `${JSON.stringify(payload.slice(0, 300))}… (${payload.length} chars)`
          : JSON.stringify(payload);
  const headers = Object.entries(options.headers ?? {})
    .filter(([name]) => name !== "x-auth-token" && name !== "authorization")
    .map(([name, value]) => `${name}: ${String(value).slice(0, 80)}`)
    .join("; ");
  const url = String(options.url);
  return `${route.method} ${url.length > 300 ? `${url.slice(0, 300)}…` : url} [auth ${c.auth}] [${headers}] ${shown}`;
}

/** An integration key (or all of it but the one character an encoding could change) in the log. */
function keyInLog(w: World): string | undefined {
  for (const [kind, key] of Object.entries(w.keys)) {
    if ([key, key.slice(1), key.slice(0, -1)].some((part) => w.log.text.includes(part)))
      return `the ${kind} integration key is in the log: ${w.log.text.slice(0, 300)}`;
  }
  return undefined;
}

/** Sends one case and returns what it violated, if anything. */
export async function runCase(
  w: World,
  route: FuzzRoute,
  c: FuzzCase,
  stats: FuzzStats,
): Promise<string | undefined> {
  const options = injectOptions(w, route, c);
  const { payload } = wireBody(c.body);
  const bytes = payload === undefined ? 0 : Buffer.byteLength(payload);
  stats.cases++;
  w.lastError.error = undefined;
  w.log.text = "";
  let res: Awaited<ReturnType<World["h"]["app"]["inject"]>>;
  try {
    res = await w.h.app.inject(options);
  } catch (error) {
    return `inject threw: ${(error as Error).message}`;
  }
  // An answer that needed no I/O (a cached document, a synchronous SQLite read) settles in microtasks, so a
  // run of such cases never lets the event loop reach its check phase: the `setImmediate` callbacks each
  // inject leaves (light-my-request's stream clean-up, which holds the whole response) pile up until the
  // heap is exhausted — 0.5 MB per `GET /openapi.json`. One turn of the loop per case lets them run.
  await nextTurn();
  stats.statuses.set(res.statusCode, (stats.statuses.get(res.statusCode) ?? 0) + 1);
  const problems = violationsOf(route, c, bytes, w.h.deps.config.bodyLimitBytes, res);
  const leaked = keyInLog(w);
  if (leaked) problems.push(leaked);
  if (problems.length === 0) return undefined;
  const problem = problems.join("; ");
  if (res.statusCode < 500) return problem;
  const cause = w.lastError.error;
  const text = cause instanceof Error ? `${cause.name}: ${cause.message}`.slice(0, 300) : String(cause);
  return `${problem} (server-side cause: ${text})`;
}

export interface RouteRunOptions {
  runs: number;
  seed: number;
  /** assert: stop at the first violation and shrink it (CI); collect: record every violation and go on. */
  mode: "assert" | "collect";
}

/** Fuzzes one route, then checks that the server is still healthy. Throws in assert mode. */
export async function fuzzRoute(w: World, route: FuzzRoute, stats: FuzzStats, options: RouteRunOptions) {
  const name = routeName(route);
  const seen = new Set<string>();
  const property = fc.asyncProperty(fuzzCase(w, route), async (c) => {
    const problem = await runCase(w, route, c, stats);
    if (problem === undefined) return;
    if (options.mode === "assert") throw new Error(`${problem}\n  request: ${describeRequest(w, route, c)}`);
    // One report per kind of problem per route: the start of each problem tells kinds apart.
    const kind = problem
      .split("; ")
      .map((p) => p.slice(0, 30))
      .join("|");
    if (seen.has(kind)) return;
    seen.add(kind);
    stats.violations.push({ route: name, problem, request: describeRequest(w, route, c) });
  });
  await fc.assert(property, { numRuns: options.runs, seed: options.seed, includeErrorInReport: true });
  const unhealthy = await assertHealthy(w);
  if (unhealthy === undefined) return;
  if (options.mode === "assert") throw new Error(`after fuzzing ${name}: ${unhealthy}`);
  stats.violations.push({ route: name, problem: `server unhealthy afterwards: ${unhealthy}`, request: "-" });
}

/** Heap in use, after a full collection when the process runs with --expose-gc. */
export function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}
