import autocannon from "autocannon";

export interface LoadSettings {
  connections: number;
  /** Measured seconds, after `warmupSeconds` whose figures are discarded (failures still count). */
  durationSeconds: number;
  warmupSeconds: number;
  /** Requests per second over all connections (autocannon's overallRate); absent = as fast as answered. */
  overallRate?: number;
}

export interface LoadTarget {
  /** One per server process; connection i talks to urls[i % urls.length] (round robin over nodes). */
  urls: string[];
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  /** Called once per request to vary the path; absent = always the url's path. */
  nextPath?: () => string;
  /** Called once per request to vary the body; absent = always `body`. */
  nextBody?: () => string;
  /** Told the status of every answer (warm-up included) with the body its request sent. */
  onResponse?: (statusCode: number, sentBody: string) => void;
}

export interface Measurement {
  /** Completed requests per second of measured wall time. */
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  /** Socket errors and timeouts, warm-up included. */
  errors: number;
  /** Answers outside 2xx, warm-up included. */
  non2xx: number;
  /** Share of the machine's CPU that other processes used meanwhile (NaN where unknown). */
  otherLoadPercent: number;
}

/**
 * One autocannon run. Latencies are collected from the `response` event because autocannon's own
 * histogram has a resolution of 1 ms, too coarse for sub-millisecond answers.
 */
function fire(
  target: LoadTarget,
  connections: number,
  length: { seconds: number } | { requests: number },
  latencies?: number[],
  overallRate?: number,
): Promise<autocannon.Result> {
  const { nextPath, nextBody, onResponse } = target;
  const vary = nextPath || nextBody || onResponse;
  const options: autocannon.Options = {
    // autocannon takes several urls and spreads the connections over them; its types only know one.
    url: target.urls as unknown as string,
    method: target.method,
    headers: target.headers,
    body: target.body,
    connections,
    ...(overallRate ? { overallRate } : {}),
    ...("seconds" in length ? { duration: length.seconds } : { amount: length.requests }),
    timeout: 10,
    requests: vary
      ? [
          {
            // autocannon keeps one context per connection, and a connection has one request in flight:
            // the context holds the body of the request whose answer onResponse is told.
            setupRequest: (request, context: { body?: string }) => {
              const body = nextBody ? nextBody() : target.body;
              context.body = body;
              return { ...request, ...(nextPath ? { path: nextPath() } : {}), ...(nextBody ? { body } : {}) };
            },
            ...(onResponse
              ? {
                  onResponse: (status: number, _body: string, context: { body?: string }) =>
                    onResponse(status, context.body ?? ""),
                }
              : {}),
          },
        ]
      : undefined,
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (latencies) {
      instance.on("response", (_client, statusCode, _bytes, ms) => {
        if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
      });
    }
  });
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** p50 and p99 of latencies in ms (0 when there are none). */
export function latencyPercentiles(latencies: number[]): { p50Ms: number; p99Ms: number } {
  const sorted = Float64Array.from(latencies).sort();
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
}

type Run = () => Promise<autocannon.Result>;

/**
 * A warm-up run, then the measured run with the same settings; `around` wraps the measured run only
 * (to watch the machine while it runs, once the warm-up has opened every connection).
 */
export async function measure(
  target: LoadTarget,
  settings: LoadSettings,
  around: (run: Run) => Promise<autocannon.Result> = (run) => run(),
): Promise<Measurement> {
  const { connections, overallRate } = settings;
  const warm =
    settings.warmupSeconds > 0
      ? await fire(target, connections, { seconds: settings.warmupSeconds }, undefined, overallRate)
      : null;
  const latencies: number[] = [];
  const result = await around(() =>
    fire(target, connections, { seconds: settings.durationSeconds }, latencies, overallRate),
  );
  return {
    // Not autocannon's requests.average: that averages per-second samples, and a late timer can add an
    // eleventh, partial sample to a 10 s run (a 10% error).
    requestsPerSec: result.duration > 0 ? result.requests.total / result.duration : 0,
    ...latencyPercentiles(latencies),
    total: result.requests.total,
    errors: result.errors + result.timeouts + (warm ? warm.errors + warm.timeouts : 0),
    non2xx: result.non2xx + (warm ? warm.non2xx : 0),
    otherLoadPercent: Number.NaN,
  };
}

/**
 * Sends exactly `requests` requests, unmeasured, and fails if any is not answered 2xx: run before measuring
 * so that what is measured does not depend on which server's pages the OS happened to keep cached.
 */
export async function prime(target: LoadTarget, connections: number, requests: number): Promise<void> {
  const result = await fire(target, connections, { requests });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0)
    throw new Error(`priming ${target.urls.join(", ")}: ${failed} of ${requests} requests failed`);
}

/** Cycles through a fixed random sample of existing incident numbers; each call starts from the top. */
export function pathCycler(prefix: string, numbers: readonly string[]): () => string {
  let next = 0;
  return () => {
    const num = numbers[next % numbers.length];
    next++;
    return `${prefix}${num}`;
  };
}
