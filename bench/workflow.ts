import { exampleIncident } from "../testkit/example-incident.ts";
import { latencyPercentiles, type Measurement } from "./load.ts";
import { withForeignLoad } from "./machine.ts";
import type { ScenarioReport } from "./report.ts";
import { type BenchContext, ownPids } from "./setup.ts";

/** Concurrent workers, each walking its own incidents through the workflow (issue 3). */
export const WORKERS = 32;

/** The v2 actions of one cycle, in order, with the parameters docs/workflow.md requires. */
export const STEPS: { action: string; label: string; params: () => Record<string, unknown> }[] = [
  { action: "accepted", label: "accept", params: () => ({}) },
  {
    action: "commitSolution",
    label: "solve",
    // The example incident interrupts service, so the solution must give start and recovery times.
    params: () => ({
      mtm_type: "inc_type_p_security_issues",
      is_service_interrupt: true,
      start_time: Date.now() - 600_000,
      fault_recovery_time: Date.now(),
      cause: "连接池耗尽",
      solution: "扩容连接池并限流",
    }),
  },
  {
    action: "confirm",
    label: "confirm",
    params: () => ({ virtual_confirm_result: true, virtual_confirm_comment: "已验证" }),
  },
];
/** Latencies are kept per operation: the create, the task look-ups, each action. */
const OPERATIONS = ["create", "tasks", ...STEPS.map((s) => s.label), "histories"];

/** A closed incident's history: the create and one entry per action, oldest first. */
const HISTORY_ENTRIES = 1 + STEPS.length;

interface Tally {
  latencies: number[];
  /** Socket errors, and 2xx answers without what the next step needs. */
  errors: number;
  non2xx: number;
}

interface State {
  urls: string[];
  token: string;
  /** Round robin over the nodes, request by request. */
  next: number;
  recording: boolean;
  tallies: Map<string, Tally>;
  firstFailure?: string;
}

function tallyOf(state: State, operation: string): Tally {
  const tally = state.tallies.get(operation);
  if (!tally) throw new Error(`no tally for ${operation}`);
  return tally;
}

// biome-ignore lint/suspicious/noExplicitAny: answers of several operations, read field by field.
type Data = any;

/** One request; its `data` on a 2xx, else undefined (the failure counted against `operation`). */
async function call(state: State, operation: string, method: string, path: string, body?: unknown) {
  const tally = tallyOf(state, operation);
  const url = `${state.urls[state.next++ % state.urls.length]}${path}`;
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method,
      headers: {
        "x-auth-token": state.token,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    if (res.status < 200 || res.status >= 300) {
      tally.non2xx++;
      state.firstFailure ??= `${operation} ${path} answered ${res.status}: ${text.slice(0, 300)}`;
      return undefined;
    }
    if (state.recording) tally.latencies.push(ms);
    return (JSON.parse(text) as { data: Data }).data;
  } catch (error) {
    tally.errors++;
    state.firstFailure ??= `${operation} ${path}: ${error instanceof Error ? error.message : String(error)}`;
    return undefined;
  }
}

function unexpected(state: State, operation: string, what: string): false {
  tallyOf(state, operation).errors++;
  state.firstFailure ??= `${operation}: ${what}`;
  return false;
}

/** Creates an incident, takes it from unaccepted to closed and reads its history; false if a step failed. */
async function cycle(state: State, body: unknown): Promise<boolean> {
  const created = await call(state, "create", "POST", "/v1/external/incident/create", body);
  const num = created?.incident_num;
  if (typeof num !== "string") return created ? unexpected(state, "create", "no incident_num") : false;
  for (const step of STEPS) {
    const tasks = await call(state, "tasks", "GET", `/v2/incidents/${num}/tasks`);
    if (!tasks) return false;
    const operations: { task_id: string; key: string }[] = tasks[0]?.operations ?? [];
    const taskId = operations.find((o) => o.key === step.action)?.task_id;
    if (!taskId) return unexpected(state, "tasks", `${num} offers no ${step.action}`);
    const action = { task_id: taskId, action: step.action, params: step.params() };
    if ((await call(state, step.label, "POST", `/v2/incidents/${num}/actions`, action)) === undefined)
      return false;
  }
  // The history endpoint too (issue 3): the closed incident's entries, which must all be there.
  const history = await call(state, "histories", "POST", `/v2/incidents/${num}/histories`, {});
  if (!history) return false;
  if (history.total !== HISTORY_ENTRIES)
    return unexpected(
      state,
      "histories",
      `${num} has ${history.total} history entries, not ${HISTORY_ENTRIES}`,
    );
  return true;
}

/** WORKERS loops of cycles until `seconds` have passed; the number of completed cycles. */
async function phase(state: State, seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  const body = exampleIncident();
  let cycles = 0;
  const worker = async () => {
    while (performance.now() < until) if (await cycle(state, body)) cycles++;
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  return cycles;
}

/**
 * Issue 3: WORKERS concurrent workers each create an incident, then accept, solve and confirm it through
 * the v2 API (GET tasks for the current task id before every action). Warm-up first, then measured.
 */
export async function benchWorkflow(ctx: BenchContext): Promise<ScenarioReport> {
  const state: State = {
    urls: ctx.nodes.map((node) => node.baseUrl),
    token: ctx.token,
    next: 0,
    recording: false,
    tallies: new Map(OPERATIONS.map((op) => [op, { latencies: [], errors: 0, non2xx: 0 }])),
  };
  const { durationSeconds, warmupSeconds } = ctx.options;
  ctx.log(`measuring workflow on ${ctx.nodes.map((n) => n.name).join(" + ")} (${WORKERS} workers) ...`);
  if (warmupSeconds > 0) await phase(state, warmupSeconds);
  state.recording = true;
  const pids = await ownPids(ctx, ctx.nodes);
  const started = performance.now();
  const { result: cycles, foreignPercent } = await withForeignLoad(pids, () => phase(state, durationSeconds));
  const seconds = (performance.now() - started) / 1000;

  const rows = OPERATIONS.map((operation) => {
    const t = tallyOf(state, operation);
    const measurement: Measurement = {
      requestsPerSec: t.latencies.length / seconds,
      ...latencyPercentiles(t.latencies),
      total: t.latencies.length,
      errors: t.errors,
      non2xx: t.non2xx,
      otherLoadPercent: foreignPercent,
    };
    return { operation: `wf ${operation}`, server: "incidentd", measurement };
  });
  const failures = rows.reduce((sum, r) => sum + r.measurement.errors + r.measurement.non2xx, 0);
  const notes = [
    `workflow: ${(cycles / seconds).toFixed(1)} cycles/s (${cycles} cycles in ${seconds.toFixed(1)} s, ` +
      `${WORKERS} workers; a cycle = create, then tasks + action for accepted, commitSolution, confirm, then the v2 history)`,
  ];
  if (state.firstFailure) notes.push(`workflow: first failure: ${state.firstFailure}`);
  return { rows, notes, failures };
}
