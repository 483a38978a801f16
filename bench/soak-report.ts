import { latencyPercentiles } from "./load.ts";
import type { Operation } from "./soak-ops.ts";

/** One sample of every node's resident memory, `seconds` after the soak began. */
export interface RssSample {
  seconds: number;
  /** VmRSS in MB, one per node (NaN where unreadable). */
  mb: number[];
}

export interface Tally {
  latencies: number[];
  failures: number;
}

/** The last minute's average RSS may exceed the second minute's by at most this factor. */
export const RSS_GROWTH_LIMIT = 1.2;
/** The verdict compares the second minute with the last, so it needs a third one in between at least. */
export const RSS_MIN_MINUTES = 3;

const average = (values: number[]) =>
  values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;

/** Average RSS of one node over the samples taken in (from, to] seconds. */
function averageBetween(samples: RssSample[], node: number, from: number, to: number): number {
  return average(
    samples.filter((s) => s.seconds > from && s.seconds <= to).map((s) => s.mb[node] ?? Number.NaN),
  );
}

/**
 * Flat means: the node's average RSS over the last minute is at most RSS_GROWTH_LIMIT times its
 * average over the second minute. The first minute is left out: it holds the start-up, V8's
 * optimisation and the caches filling up, which a long-running server does once.
 */
export function rssVerdict(
  samples: RssSample[],
  minutes: number,
  node: number,
): { text: string; flat: boolean } {
  if (minutes < RSS_MIN_MINUTES)
    return { text: `not judged (needs --soak ${RSS_MIN_MINUTES} or more)`, flat: true };
  const second = averageBetween(samples, node, 60, 120);
  const last = averageBetween(samples, node, (minutes - 1) * 60, Number.POSITIVE_INFINITY);
  const flat = last <= second * RSS_GROWTH_LIMIT;
  const change = ((last / second - 1) * 100).toFixed(1);
  return {
    text:
      `last minute ${last.toFixed(0)} MB vs second minute ${second.toFixed(0)} MB (${change}%; ` +
      `limit +${((RSS_GROWTH_LIMIT - 1) * 100).toFixed(0)}%): ${flat ? "flat" : "GROWING"}`,
    flat,
  };
}

const mb = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? "?" : value.toFixed(0);

/** `123` or `123/131` (one figure per node). */
export function perNode(values: number[]): string {
  return values.map(mb).join("/");
}

/** One row per minute: throughput, latency over every operation, failures, average RSS. */
export function minuteTable(
  minutes: { requests: number; failures: number; latencies: number[] }[],
  samples: RssSample[],
  nodes: number,
): string[] {
  const lines = [
    ["minute", "req/s", "p50 ms", "p99 ms", "errors", "RSS MB"]
      .map((h, i) => h.padStart(i ? 8 : 6))
      .join(" "),
  ];
  minutes.forEach((m, i) => {
    const { p50Ms, p99Ms } = latencyPercentiles(m.latencies);
    const rss = Array.from({ length: nodes }, (_, node) =>
      averageBetween(samples, node, i * 60, (i + 1) * 60),
    );
    lines.push(
      [
        String(i + 1).padStart(6),
        (m.requests / 60).toFixed(1).padStart(8),
        p50Ms.toFixed(2).padStart(8),
        p99Ms.toFixed(2).padStart(8),
        String(m.failures).padStart(8),
        perNode(rss).padStart(8),
      ].join(" "),
    );
  });
  return lines;
}

/** One row per operation over the whole soak. */
export function operationTable(tallies: Map<Operation, Tally>, seconds: number): string[] {
  const lines = [
    ["op", "requests", "req/s", "p50 ms", "p99 ms", "errors"]
      .map((h, i) => (i ? h.padStart(9) : h.padEnd(8)))
      .join(" "),
  ];
  let requests = 0;
  let failures = 0;
  const all: number[] = [];
  for (const [operation, tally] of tallies) {
    const { p50Ms, p99Ms } = latencyPercentiles(tally.latencies);
    requests += tally.latencies.length;
    failures += tally.failures;
    for (const ms of tally.latencies) all.push(ms);
    lines.push(row(operation, tally.latencies.length, seconds, p50Ms, p99Ms, tally.failures));
  }
  const { p50Ms, p99Ms } = latencyPercentiles(all);
  lines.push(row("total", requests, seconds, p50Ms, p99Ms, failures));
  return lines;
}

function row(op: string, requests: number, seconds: number, p50: number, p99: number, failures: number) {
  return [
    op.padEnd(8),
    String(requests).padStart(9),
    (requests / seconds).toFixed(1).padStart(9),
    p50.toFixed(2).padStart(9),
    p99.toFixed(2).padStart(9),
    String(failures).padStart(9),
  ].join(" ");
}
