import { INCIDENT_STATUS } from "../src/catalogue/catalogue.ts";
import { memoryMb, processSeconds, resetPeakMemory, withForeignLoad } from "./machine.ts";
import type { Server } from "./processes.ts";
import { formatOther, type ScenarioReport } from "./report.ts";
import { type BenchContext, ownPids } from "./setup.ts";

/** Issue 4 (c): rows per second the export must reach at 1,000,000 incidents. */
const GOAL_ROWS_PER_SEC = 50_000;
const SAMPLE_MS = 50;
/** Every incident not yet closed: three quarters of the seeded ones, plus those the create scenario added. */
const QUERY = {
  string_filters: [
    {
      field: "work_flow_status",
      operator: "in",
      values: [INCIDENT_STATUS.TRIGGERED, INCIDENT_STATUS.ACKNOWLEDGED, INCIDENT_STATUS.RESOLVED],
    },
  ],
};
const FORMATS = ["ndjson", "csv"] as const;

/**
 * An export that has not finished after ten times the goal's duration is cut off and counted as failed,
 * with the rows read so far: a slow export must not stall the rest of the run.
 */
export function exportTimeLimitSeconds(rows: number): number {
  return Math.max(30, Math.ceil((10 * rows) / GOAL_ROWS_PER_SEC));
}

/** How many incidents the query matches, from ListIncidents' total. */
async function expectedRows(ctx: BenchContext, node: Server): Promise<number> {
  const res = await fetch(`${node.baseUrl}/v2/incidents/list`, {
    method: "POST",
    headers: { "x-auth-token": ctx.token, "content-type": "application/json" },
    body: JSON.stringify({ ...QUERY, per_page: 1 }),
  });
  const text = await res.text();
  if (res.status !== 200)
    throw new Error(`list (export total) answered ${res.status}: ${text.slice(0, 300)}`);
  return (JSON.parse(text) as { data: { total: number } }).data.total;
}

/**
 * Downloads one export, counting its lines (CSV and NDJSON values hold no line breaks here) and bytes.
 * `error` says why it failed: an answer other than 200, a stream ended by an error, the time limit.
 */
async function download(url: string, token: string, limitSeconds: number) {
  let lines = 0;
  let bytes = 0;
  try {
    const res = await fetch(url, {
      headers: { "x-auth-token": token },
      signal: AbortSignal.timeout(limitSeconds * 1000),
    });
    if (res.status !== 200 || !res.body)
      return { lines, bytes, error: `answered ${res.status}: ${(await res.text()).slice(0, 300)}` };
    for await (const chunk of res.body) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
    return { lines, bytes };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { lines, bytes, error: timedOut ? `cut off after ${limitSeconds} s` : String(error) };
  }
}

/**
 * The server's resident memory while `work` runs: VmHWM after resetting it (exact), else the highest
 * VmRSS sampled every SAMPLE_MS.
 */
async function withPeakMemory<T>(pid: number, work: () => Promise<T>) {
  const beforeMb = memoryMb(pid, "VmRSS");
  const exact = resetPeakMemory(pid);
  let sampledMb = beforeMb;
  const timer = setInterval(() => {
    sampledMb = Math.max(sampledMb, memoryMb(pid, "VmRSS"));
  }, SAMPLE_MS);
  try {
    const result = await work();
    const peakMb = exact ? Math.max(sampledMb, memoryMb(pid, "VmHWM")) : sampledMb;
    return { result, beforeMb, peakMb };
  } finally {
    clearInterval(timer);
  }
}

async function exportOnce(ctx: BenchContext, node: Server, format: string, expected: number) {
  const pid = node.child.pid ?? 0;
  const query = encodeURIComponent(JSON.stringify(QUERY));
  const url = `${node.baseUrl}/incidentd/v1/incidents/export?format=${format}&query=${query}`;
  ctx.log(`measuring export (${format}) on ${node.name} ...`);
  const pids = await ownPids(ctx, [node]);
  const cpu0 = processSeconds(pid);
  const started = performance.now();
  const { result, foreignPercent } = await withForeignLoad(pids, () =>
    withPeakMemory(pid, () => download(url, ctx.token, exportTimeLimitSeconds(expected))),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = processSeconds(pid) - cpu0;
  const { beforeMb, peakMb } = result;
  const { lines, bytes, error } = result.result;
  const rows = format === "csv" ? Math.max(0, lines - 1) : lines;
  const rate = rows / seconds;
  const complete = error === undefined && rows === expected;
  const met = complete && rate >= GOAL_ROWS_PER_SEC;
  let problem = "";
  if (error !== undefined) problem = `; FAILED: ${error}`;
  else if (!complete) problem = `; WRONG: ${expected} rows expected`;
  return {
    rate: complete ? rate : 0,
    note:
      `export ${format}: ${rows} rows, ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(2)} s = ` +
      `${rate.toFixed(0)} rows/s (goal >= ${GOAL_ROWS_PER_SEC}: ${met ? "met" : "MISSED"}); ` +
      `server CPU ${((cpuSeconds * 1e6) / Math.max(1, rows)).toFixed(1)} µs/row; ` +
      `server RSS ${beforeMb.toFixed(0)} MB before, peak ${peakMb.toFixed(0)} MB; ` +
      `other ${formatOther(foreignPercent)}${problem}`,
    failures: complete ? 0 : 1,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Issue 4 (c): the export of every incident not yet closed, as NDJSON and as CSV, from the first node;
 * with --rounds R each R times in alternation, and the median reported.
 */
export async function benchExport(ctx: BenchContext): Promise<ScenarioReport> {
  const node = ctx.nodes[0];
  if (!node) throw new Error("no incidentd node");
  const expected = await expectedRows(ctx, node);
  const notes: string[] = [];
  let failures = 0;
  const rates = new Map<string, number[]>(FORMATS.map((format) => [format, []]));
  for (let round = 0; round < ctx.options.rounds; round++) {
    for (const format of FORMATS) {
      const outcome = await exportOnce(ctx, node, format, expected);
      notes.push(outcome.note);
      rates.get(format)?.push(outcome.rate);
      failures += outcome.failures;
    }
  }
  if (ctx.options.rounds > 1) {
    for (const [format, each] of rates) {
      const rate = median(each);
      notes.push(
        `export ${format}: median ${rate.toFixed(0)} rows/s of ${each.length} rounds ` +
          `[${each.map((r) => r.toFixed(0)).join(", ")}] (goal >= ${GOAL_ROWS_PER_SEC}: ` +
          `${rate >= GOAL_ROWS_PER_SEC ? "met" : "MISSED"})`,
      );
    }
  }
  return { rows: [], notes, failures };
}
