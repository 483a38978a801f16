/**
 * What the load generator sent and what it was told: the record the verifier holds the database to.
 * An outcome is `ok` (answered 200), `failed` (answered with an error, or the connection was refused so
 * the request never reached the server) or `unknown` (the connection broke while the request was in
 * flight: it may or may not have been applied, but never half).
 */
export type Outcome = "ok" | "failed" | "unknown";

/** The part of the workflow the crash test walks: one path from creation to closure, plus remarks. */
export type FlowAction = "accepted" | "commitSolution" | "confirm" | "addRemark";

export const NODE_ORDER = ["unaccepted", "handling", "verification", "closed"] as const;
export type FlowNode = (typeof NODE_ORDER)[number];

export const STATUS_OF: Record<FlowNode, string> = {
  unaccepted: "INCIDENT_STATUS_TRIGGERED",
  handling: "INCIDENT_STATUS_ACKNOWLEDGED",
  verification: "INCIDENT_STATUS_RESOLVED",
  closed: "INCIDENT_STATUS_COMPLETED",
};

/** The transition the test takes at each node, and the node it leads to. */
export const NEXT_STEP: Partial<Record<string, { action: FlowAction; to: FlowNode }>> = {
  unaccepted: { action: "accepted", to: "handling" },
  handling: { action: "commitSolution", to: "verification" },
  verification: { action: "confirm", to: "closed" },
};

export interface CreateBody {
  incident_type: string;
  creator: string;
  is_service_interrupt: boolean;
  start_time?: number;
  incident_assignee: string[];
  incident_level: string;
  incident_title: string;
  incident_description: string;
  incident_source: string;
  region: string[];
  current_cloud_service: string[];
  enterprise_project: string[];
}

export interface CreateAttempt {
  body: CreateBody;
  outcome: Outcome;
  round: number;
  /** Set when answered 200. */
  number?: string;
  /** Error code or connection error, for the report. */
  note?: string;
}

export interface ActionAttempt {
  incident: string;
  action: FlowAction;
  /** The history comment the action writes (tagged, so each attempt is recognisable), null for accept. */
  comment: string | null;
  /** The node the test saw when it fetched the task. */
  from: string;
  outcome: Outcome;
  round: number;
  note?: string;
}

export interface CommitSolutionParams {
  mtm_type: string;
  is_service_interrupt: boolean;
  cause: string;
  solution: string;
  start_time?: number;
  fault_recovery_time?: number;
}

/** The recovery time the test's commitSolution sends for an interrupted incident. */
export const recoveryTimeForStart = (start: number) => start + 60_000;

/** The key that pairs a history entry with the attempts that could have written it. */
export const entryKey = (action: string, comment: string | null) => `${action}\u0000${comment ?? ""}`;

export class Ledger {
  readonly creates: CreateAttempt[] = [];
  readonly createsByTitle = new Map<string, CreateAttempt>();
  readonly createsByNumber = new Map<string, CreateAttempt>();
  readonly actionsByIncident = new Map<string, ActionAttempt[]>();
  /** Acknowledged incidents the workers may still act on (not known to be closed). */
  readonly open: string[] = [];
  /** Incidents with attempts since their last API verification. */
  readonly touched = new Set<string>();

  recordCreate(attempt: CreateAttempt): void {
    this.creates.push(attempt);
    this.createsByTitle.set(attempt.body.incident_title, attempt);
    if (attempt.outcome === "ok" && attempt.number) {
      this.createsByNumber.set(attempt.number, attempt);
      this.open.push(attempt.number);
      this.touched.add(attempt.number);
    }
  }

  recordAction(attempt: ActionAttempt): void {
    const list = this.actionsByIncident.get(attempt.incident) ?? [];
    list.push(attempt);
    this.actionsByIncident.set(attempt.incident, list);
    this.touched.add(attempt.incident);
  }

  markClosed(incident: string): void {
    const at = this.open.indexOf(incident);
    if (at >= 0) this.open.splice(at, 1);
  }

  acknowledgedIncidents(): CreateAttempt[] {
    return this.creates.filter((c) => c.outcome === "ok");
  }

  counts() {
    const tally = (list: { outcome: Outcome }[]) => ({
      ok: list.filter((a) => a.outcome === "ok").length,
      failed: list.filter((a) => a.outcome === "failed").length,
      unknown: list.filter((a) => a.outcome === "unknown").length,
    });
    const actions = [...this.actionsByIncident.values()].flat();
    /** Why writes were answered as failed or left unknown: error codes and connection errors. */
    const reasons: Record<string, number> = {};
    for (const attempt of [...this.creates, ...actions]) {
      if (attempt.outcome === "ok") continue;
      const key = `${attempt.outcome}: ${attempt.note ?? "?"}`;
      reasons[key] = (reasons[key] ?? 0) + 1;
    }
    return { creates: tally(this.creates), actions: tally(actions), reasons };
  }
}
