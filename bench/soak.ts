import { memoryMb, withForeignLoad } from "./machine.ts";
import { formatOther } from "./report.ts";
import { type BenchContext, ownPids } from "./setup.ts";
import { OPERATIONS, type Operation, type Recorder, SoakOperations } from "./soak-ops.ts";
import {
  minuteTable,
  operationTable,
  perNode,
  RSS_MIN_MINUTES,
  type RssSample,
  rssVerdict,
  type Tally,
} from "./soak-report.ts";

type Slot = "detail" | "list" | "tickets" | "create" | "action" | "alarm";

/**
 * The mix, in requests out of every 20: half detail reads, 15% ListIncidents, 10% simple tickets,
 * 10% creates, 10% workflow (a task look-up and an action: one slot, two requests), 5% alarm intake.
 */
const WEIGHTS: [Slot, number][] = [
  ["detail", 10],
  ["list", 3],
  ["tickets", 2],
  ["create", 2],
  ["action", 1],
  ["alarm", 1],
];
const COST: Record<Slot, number> = { detail: 1, list: 1, tickets: 1, create: 1, action: 2, alarm: 1 };

/** The slots of one cycle, spread evenly (smooth weighted round robin), not in blocks. */
function pattern(): Slot[] {
  const total = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const current = WEIGHTS.map(() => 0);
  const slots: Slot[] = [];
  for (let i = 0; i < total; i++) {
    WEIGHTS.forEach(([, w], j) => {
      current[j] = (current[j] ?? 0) + w;
    });
    const best = current.indexOf(Math.max(...current));
    current[best] = (current[best] ?? 0) - total;
    slots.push(WEIGHTS[best]?.[0] ?? "detail");
  }
  return slots;
}

const TICK_MS = 5;
const RSS_EVERY_MS = 10_000;
/** Requests in flight beyond which the client sheds load (counted as failures) instead of piling up. */
const MAX_IN_FLIGHT = 256;
const DRAIN_MS = 15_000;

/** run.ts's time limit for the soak after seeding: the minutes, the drain, margin. */
export function soakTimeLimitSeconds(minutes: number): number {
  return minutes * 60 + 120;
}

interface MinuteTally {
  requests: number;
  failures: number;
  latencies: number[];
}

/**
 * Issue 8 (5): a fixed-rate, open-loop mix against incidentd for `--soak` minutes. Requests are started
 * on schedule whatever the answers take (a slow server meets more requests in flight, as it would in
 * production); the server's RSS is sampled every 10 s. Returns whether the soak was clean: no failed
 * request, no shed load, and flat RSS.
 */
export async function runSoak(ctx: BenchContext): Promise<boolean> {
  const minutes = ctx.options.soakMinutes ?? 1;
  const { rate } = ctx.options;
  const tallies = new Map<Operation, Tally>(OPERATIONS.map((op) => [op, { latencies: [], failures: 0 }]));
  const perMinute: MinuteTally[] = Array.from({ length: minutes }, () => ({
    requests: 0,
    failures: 0,
    latencies: [],
  }));
  let firstFailure: string | undefined;
  const failureKinds = new Map<string, { count: number; example: string }>();
  const record: Recorder = {
    ok(operation, minute, ms) {
      tallies.get(operation)?.latencies.push(ms);
      const m = perMinute[minute];
      if (m) {
        m.requests++;
        m.latencies.push(ms);
      }
    },
    failed(operation, minute, what) {
      const tally = tallies.get(operation);
      if (tally) tally.failures++;
      const m = perMinute[minute];
      if (m) m.failures++;
      firstFailure ??= what;
      const kind = failureKind(what);
      const seen = failureKinds.get(kind);
      if (seen) seen.count++;
      else failureKinds.set(kind, { count: 1, example: what });
    },
  };
  const ops = new SoakOperations(ctx, record);
  const slots = pattern();
  const pids = ctx.nodes.map((node) => node.child.pid ?? 0);
  const samples: RssSample[] = [];
  const own = await ownPids(ctx, ctx.nodes);
  const started = performance.now();
  const sample = () =>
    samples.push({
      seconds: (performance.now() - started) / 1000,
      mb: pids.map((p) => memoryMb(p, "VmRSS")),
    });

  ctx.log(`soaking ${ctx.nodes.map((n) => n.name).join(" + ")} for ${minutes} min at ${rate} requests/s ...`);
  const inFlight = new Set<Promise<unknown>>();
  let issued = 0;
  let next = 0;
  let shed = 0;
  const launch = (slot: Slot, minute: number) => {
    const work = async () => {
      if (slot === "action") {
        if (!(await ops.action(minute))) await ops.detail(minute);
      } else await ops[slot](minute);
    };
    const promise = work().finally(() => inFlight.delete(promise));
    inFlight.add(promise);
  };
  const endMs = minutes * 60_000;
  const load = new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const elapsed = performance.now() - started;
      if (elapsed >= endMs) {
        clearInterval(tick);
        resolve();
        return;
      }
      const minute = Math.floor(elapsed / 60_000);
      while (issued < (rate * elapsed) / 1000) {
        const slot = slots[next++ % slots.length] ?? "detail";
        issued += COST[slot];
        if (inFlight.size >= MAX_IN_FLIGHT) shed++;
        else launch(slot, minute);
      }
    }, TICK_MS);
  });
  sample();
  const sampler = setInterval(sample, RSS_EVERY_MS);
  let logged = 0;
  const logMinutes = (done: number) => {
    for (; logged < Math.min(done, minutes); logged++) {
      const m = perMinute[logged];
      ctx.log(
        `  minute ${logged + 1}: ${((m?.requests ?? 0) / 60).toFixed(1)} req/s, ${m?.failures ?? 0} errors`,
      );
    }
  };
  const progress = setInterval(() => logMinutes(Math.floor((performance.now() - started) / 60_000)), 1000);
  const { foreignPercent } = await withForeignLoad(own, async () => {
    await load;
    await Promise.race([Promise.all(inFlight), new Promise((resolve) => setTimeout(resolve, DRAIN_MS))]);
  });
  clearInterval(sampler);
  clearInterval(progress);
  logMinutes(minutes);
  sample();
  const stillInFlight = inFlight.size;
  const seconds = endMs / 1000;

  const verdicts = pids.map((_, node) => rssVerdict(samples, minutes, node));
  const failures = [...tallies.values()].reduce((sum, t) => sum + t.failures, 0) + shed + stillInFlight;
  const column = (node: number) => samples.map((s) => s.mb[node] ?? Number.NaN);
  const lines = [
    "",
    `soak: incidentd on ${ctx.options.engine}, ${ctx.nodes.length} node${ctx.nodes.length > 1 ? "s" : ""}; ` +
      `${ctx.options.incidents} incidents seeded; ${minutes} min at ${rate} requests/s (open loop); ` +
      `other CPU load ${formatOther(foreignPercent)}`,
    "",
    ...minuteTable(perMinute, samples, pids.length),
    "",
    ...operationTable(tallies, seconds),
    "",
    `RSS every ${RSS_EVERY_MS / 1000} s (MB${pids.length > 1 ? ", per node" : ""}): ` +
      samples.map((s) => perNode(s.mb)).join(" "),
    ...pids.map((_, node) => {
      const values = column(node).filter((v) => !Number.isNaN(v));
      const name = ctx.nodes[node]?.name ?? "incidentd";
      return (
        `RSS ${name}: first ${values[0]?.toFixed(0)} MB, last ${values.at(-1)?.toFixed(0)} MB, ` +
        `max ${Math.max(...values).toFixed(0)} MB; ${verdicts[node]?.text}`
      );
    }),
    `alarms: ${ops.alarmsAcknowledged()} new alarms acknowledged (as many repeats)`,
  ];
  if (shed > 0) lines.push(`FAILED: ${shed} requests shed (more than ${MAX_IN_FLIGHT} in flight)`);
  if (stillInFlight > 0)
    lines.push(`FAILED: ${stillInFlight} requests still unanswered ${DRAIN_MS / 1000} s after the end`);
  if (firstFailure) lines.push(`first failure: ${firstFailure}`);
  for (const [kind, { count, example }] of [...failureKinds].sort(([, a], [, b]) => b.count - a.count))
    lines.push(`  ${String(count).padStart(7)} × ${kind} (e.g. ${example.slice(0, 160)})`);
  const flat = verdicts.every((v) => v.flat);
  lines.push(
    failures === 0 && flat
      ? `soak clean: every request answered 2xx, RSS ${minutes < RSS_MIN_MINUTES ? "not judged" : "flat"}`
      : `SOAK FAILED: ${failures} failed requests${flat ? "" : ", RSS growing"}`,
  );
  for (const line of lines) ctx.log(line);
  return failures === 0 && flat;
}

/** What kind of failure a recorded one is: the HTTP status, a timeout, a socket error, or the check that failed. */
function failureKind(what: string): string {
  const status = / answered (\d{3})/.exec(what);
  if (status) return `HTTP ${status[1]}`;
  if (/timeout|aborted/i.test(what)) return "timeout";
  if (/fetch failed|ECONN|socket/i.test(what)) return "socket error";
  return what.replace(/IM\d+/g, "IM…").slice(0, 60);
}
