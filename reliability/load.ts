import {
  type ActionAttempt,
  type CommitSolutionParams,
  type CreateBody,
  type Ledger,
  NEXT_STEP,
  type Outcome,
  recoveryTimeForStart,
} from "./ledger.ts";

/** A small seeded generator (mulberry32): the same seed gives the same choices, if not the same timing. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Answer {
  outcome: Outcome;
  status?: number;
  // biome-ignore lint/suspicious/noExplicitAny: envelopes of several operations, read field by field.
  body?: any;
  note?: string;
}

/**
 * One request. A refused connection never reached the server (`failed`); any other transport error means
 * the request may have been received and applied (`unknown`).
 */
export async function send(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  timeoutMs = 30_000,
): Promise<Answer> {
  try {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        "x-auth-token": token,
        ...(body === undefined ? {} : { "content-type": "application/json;charset=UTF-8" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: see Answer.body.
    let parsed: any;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { outcome: "unknown", status: res.status, note: `unparsable answer ${res.status}` };
    }
    if (res.status === 200) return { outcome: "ok", status: 200, body: parsed };
    return {
      outcome: "failed",
      status: res.status,
      body: parsed,
      note: `${res.status} ${parsed?.error_code}`,
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    const code = cause?.code ?? (error as Error).name;
    return { outcome: code === "ECONNREFUSED" ? "failed" : "unknown", note: code };
  }
}

const TYPES = ["inc_type_p_config_issues", "inc_type_p_reliability_issues", "inc_type_p_change_issues"];
const LEVELS = ["level_20", "level_30", "level_40", "level_50"];

export interface LoadTarget {
  baseUrl: string;
  token: string;
}

export interface LoadOptions {
  concurrency: number;
  round: number;
  random: () => number;
  /** Labels titles and comments so that every attempt is recognisable in the database. */
  runTag: string;
  /** Share of creates sent with an unknown incident_type: answered 400, must leave nothing behind. */
  invalidCreateShare?: number;
}

export interface LoadStats {
  requests: number;
  answered: number;
  transportErrors: number;
  timeouts: number;
}

/**
 * Runs `concurrency` workers against the server until `stop()` is called, recording every write in the
 * ledger; `stop()` resolves once every worker has finished its current request.
 */
export function startLoad(target: LoadTarget, ledger: Ledger, options: LoadOptions) {
  let stopping = false;
  let sequence = 0;
  const stats: LoadStats = { requests: 0, answered: 0, transportErrors: 0, timeouts: 0 };
  const { random } = options;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  const call = async (method: string, path: string, body?: unknown) => {
    stats.requests++;
    const answer = await send(target.baseUrl, target.token, method, path, body);
    if (answer.status !== undefined) stats.answered++;
    else stats.transportErrors++;
    if (answer.note === "TimeoutError") stats.timeouts++;
    return answer;
  };

  const createOne = async (worker: number) => {
    const id = `${options.runTag}-r${options.round}-w${worker}-${sequence++}`;
    const interrupted = random() < 0.5;
    const body: CreateBody = {
      incident_type: random() < (options.invalidCreateShare ?? 0.03) ? "inc_type_no_such_type" : pick(TYPES),
      creator: `creator-${worker % 7}`,
      is_service_interrupt: interrupted,
      ...(interrupted ? { start_time: 1_700_000_000_000 + Math.floor(random() * 1e9) } : {}),
      incident_assignee: [`owner-${worker % 5}`],
      incident_level: pick(LEVELS),
      incident_title: `crash ${id}`,
      incident_description: `crash test incident ${id} — 事件描述`,
      incident_source: "incident_source_manual",
      region: [pick(["cn-north-4", "ap-southeast-1"])],
      current_cloud_service: [`app-${worker % 3}`],
      enterprise_project: ["0"],
    };
    const answer = await call("POST", "/v1/external/incident/create", body);
    const number = answer.outcome === "ok" ? (answer.body?.data?.incident_num as string) : undefined;
    ledger.recordCreate({ body, outcome: answer.outcome, round: options.round, number, note: answer.note });
  };

  const actOnOne = async (worker: number) => {
    // A hot set of recent incidents, so that concurrent workers collide on the same incident.
    const incident = pick(ledger.open.slice(-Math.max(8, options.concurrency)));
    const tasks = await call("GET", `/v2/incidents/${incident}/tasks`);
    if (tasks.outcome !== "ok") return;
    const task = tasks.body?.data?.[0];
    if (!task) {
      ledger.markClosed(incident);
      return;
    }
    const node: string = task.key;
    const taskId: string = task.operations[0].task_id;
    const step = NEXT_STEP[node];
    const id = `${options.runTag}-r${options.round}-w${worker}-${sequence++}`;
    let attempt: Omit<ActionAttempt, "outcome" | "note">;
    let params: Record<string, unknown>;
    if (!step || random() < 0.25) {
      params = { note: `remark ${id}` };
      attempt = { incident, action: "addRemark", comment: `remark ${id}`, from: node, round: options.round };
    } else if (step.action === "accepted") {
      params = {};
      attempt = { incident, action: "accepted", comment: null, from: node, round: options.round };
    } else if (step.action === "commitSolution") {
      const create = ledger.createsByNumber.get(incident);
      const start = create?.body.start_time;
      const solution: CommitSolutionParams = {
        mtm_type: create?.body.incident_type ?? "inc_type_p_config_issues",
        is_service_interrupt: create?.body.is_service_interrupt ?? false,
        cause: `cause ${id}`,
        solution: `solution ${id}`,
        ...(start === undefined
          ? {}
          : { start_time: start, fault_recovery_time: recoveryTimeForStart(start) }),
      };
      params = { ...solution };
      attempt = {
        incident,
        action: "commitSolution",
        comment: solution.solution,
        from: node,
        round: options.round,
      };
    } else {
      params = { virtual_confirm_comment: `confirm ${id}`, virtual_confirm_result: true };
      attempt = { incident, action: "confirm", comment: `confirm ${id}`, from: node, round: options.round };
    }
    const answer = await call("POST", `/v2/incidents/${incident}/actions`, {
      task_id: taskId,
      action: attempt.action,
      params,
    });
    ledger.recordAction({ ...attempt, outcome: answer.outcome, note: answer.note });
    if (answer.outcome === "ok" && attempt.action === "confirm") ledger.markClosed(incident);
  };

  const worker = async (index: number) => {
    while (!stopping) {
      if (ledger.open.length < 8 || random() < 0.3) await createOne(index);
      else await actOnOne(index);
    }
  };
  const running = Promise.all(Array.from({ length: options.concurrency }, (_, i) => worker(i)));
  return {
    stats,
    /** Stops issuing new requests at once (synchronously, so a kill right after catches those in flight). */
    halt(): void {
      stopping = true;
    },
    /** Waits until every worker's last request has been answered or has failed. */
    async drained(): Promise<LoadStats> {
      stopping = true;
      await running;
      return stats;
    },
  };
}
