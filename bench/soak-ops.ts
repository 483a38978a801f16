import { exampleIncident } from "../testkit/example-incident.ts";
import { AlarmFeed } from "./alarm-source.ts";
import { incidentNumberOf } from "./fixtures.ts";
import { levelCycler } from "./search.ts";
import type { BenchContext } from "./setup.ts";
import { STEPS } from "./workflow.ts";

/** What the soak records per operation, for the whole run and per minute. */
export const OPERATIONS = [
  "detail",
  "list",
  "tickets",
  "create",
  "tasks",
  // STEPS' labels
  "accept",
  "solve",
  "confirm",
  "alarm",
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** Where each answer is recorded: `minute` is the minute of the soak the request started in. */
export interface Recorder {
  ok(operation: Operation, minute: number, ms: number): void;
  failed(operation: Operation, minute: number, what: string): void;
}

/** Incidents created by the soak, waiting for their next workflow action. */
interface Ready {
  num: string;
  step: number;
}
/** The client forgets the oldest new incidents beyond this (actions go to recent ones). */
const READY_LIMIT = 10_000;
const TIMEOUT_MS = 10_000;

// biome-ignore lint/suspicious/noExplicitAny: answers of several operations, read field by field.
type Data = any;

/**
 * The soak's operations against incidentd's nodes (round robin, request by request). Each workflow
 * action takes its incident off the waiting lists until it is done, so no two actions ever race on one
 * incident: a stale task or a refused action is a real error, not contention.
 */
export class SoakOperations {
  private readonly urls: string[];
  private readonly token: string;
  private readonly alarmPath: string;
  private readonly feed = new AlarmFeed();
  private readonly nextList = levelCycler(true);
  private readonly createBody = JSON.stringify(exampleIncident());
  /** Incidents the soak created, not acted on yet (the newest is taken first). */
  private readonly created: Ready[] = [];
  /** Incidents past their first action, waiting for the next (taken first, oldest first). */
  private readonly inProgress: Ready[] = [];
  private next = 0;

  constructor(
    private readonly ctx: BenchContext,
    private readonly record: Recorder,
  ) {
    this.urls = ctx.nodes.map((node) => node.baseUrl);
    this.token = ctx.token;
    if (!ctx.alarmKey) throw new Error("the soak needs the seeded integration");
    this.alarmPath = `/v1/event/huawei/custom/${ctx.alarmKey}`;
  }

  /** One request; its `data` on a 2xx (null for bodies without one), else undefined after recording the failure. */
  private async call(
    operation: Operation,
    minute: number,
    method: "GET" | "POST",
    path: string,
    body?: string,
    auth = true,
  ): Promise<Data> {
    const url = `${this.urls[this.next++ % this.urls.length]}${path}`;
    const started = performance.now();
    try {
      const res = await fetch(url, {
        method,
        headers: {
          ...(auth ? { "x-auth-token": this.token } : {}),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const text = await res.text();
      if (res.status < 200 || res.status >= 300) {
        this.record.failed(
          operation,
          minute,
          `${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`,
        );
        return undefined;
      }
      this.record.ok(operation, minute, performance.now() - started);
      return (JSON.parse(text) as { data?: Data }).data ?? null;
    } catch (error) {
      this.record.failed(
        operation,
        minute,
        `${method} ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    }
  }

  /** ShowCocIncidentDetail of a random seeded incident. */
  async detail(minute: number): Promise<void> {
    const { incidents } = this.ctx.options;
    const num = incidentNumberOf(1 + Math.floor(Math.random() * incidents), incidents, this.ctx.now);
    await this.call("detail", minute, "GET", `/v1/external/incident/${num}`);
  }

  /** ListIncidents as in the list scenario (open incidents of one level, newest first, with the total). */
  async list(minute: number): Promise<void> {
    await this.call("list", minute, "POST", "/v2/incidents/list", this.nextList());
  }

  async tickets(minute: number): Promise<void> {
    await this.call("tickets", minute, "GET", "/v1/incident-tickets?offset=1&limit=50");
  }

  async create(minute: number): Promise<void> {
    const data = await this.call("create", minute, "POST", "/v1/external/incident/create", this.createBody);
    if (data === undefined) return;
    if (typeof data?.incident_num !== "string") {
      this.record.failed("create", minute, "create answered 2xx without incident_num");
      return;
    }
    this.created.push({ num: data.incident_num, step: 0 });
    if (this.created.length > READY_LIMIT) this.created.shift();
  }

  /**
   * The next workflow step of an incident: one already on its way if any, else the newest created one.
   * So incidents are taken through accept, solve and confirm in turn and the three actions are equally
   * frequent. Its current task id (GET tasks), then the action. False if no incident is waiting (the
   * caller sends something else).
   */
  async action(minute: number): Promise<boolean> {
    const incident = this.inProgress.shift() ?? this.created.pop();
    if (!incident) return false;
    const step = STEPS[incident.step];
    if (!step) return false;
    const tasks = await this.call("tasks", minute, "GET", `/v2/incidents/${incident.num}/tasks`);
    if (tasks === undefined) return true;
    const operations: { task_id: string; key: string }[] = tasks?.[0]?.operations ?? [];
    const taskId = operations.find((o) => o.key === step.action)?.task_id;
    if (!taskId) {
      this.record.failed("tasks", minute, `${incident.num} offers no ${step.action}`);
      return true;
    }
    const body = JSON.stringify({ task_id: taskId, action: step.action, params: step.params() });
    const done = await this.call(
      step.label as Operation,
      minute,
      "POST",
      `/v2/incidents/${incident.num}/actions`,
      body,
    );
    if (done !== undefined && incident.step + 1 < STEPS.length)
      this.inProgress.push({ num: incident.num, step: incident.step + 1 });
    return true;
  }

  /** A custom-format report: a new alarm or a repeat of an acknowledged one, in turn. */
  async alarm(minute: number): Promise<void> {
    const body = this.feed.next();
    const data = await this.call("alarm", minute, "POST", this.alarmPath, body, false);
    if (data !== undefined) this.feed.acknowledge(body);
  }

  /** New alarms acknowledged so far. */
  alarmsAcknowledged(): number {
    return this.feed.acknowledged.length;
  }
}
