import {
  type ActionAttempt,
  type CreateAttempt,
  entryKey,
  type FlowNode,
  NEXT_STEP,
  NODE_ORDER,
  recoveryTimeForStart,
  STATUS_OF,
} from "./ledger.ts";

/**
 * The rules an incident must satisfy after a crash, as pure functions of what was observed (through the
 * API or straight from the database) and what the ledger says was sent and answered.
 */
export interface ObservedEntry {
  /** Null when the source does not expose it. */
  seq: number | null;
  action: string;
  /** Undefined when the source does not expose it (the APIs show only the status after the step). */
  statusBefore?: string | null;
  statusAfter: string;
  comment: string | null;
}

export interface ObservedIncident {
  number: string;
  title: string;
  status: string;
  /** Database only. */
  node?: string;
  version?: number;
  handleTime: number | null;
  faultRecoveryTime: number | null;
  /** API only: the detail's fields, compared with what the create sent. */
  detail?: Record<string, unknown>;
  entries: ObservedEntry[];
}

const CREATED_STATUS = STATUS_OF.unaccepted;

/** The history is whole and agrees with the incident's state. */
export function checkHistory(incident: ObservedIncident): string[] {
  const problems: string[] = [];
  const say = (text: string) => problems.push(`${incident.number}: ${text}`);
  const { entries } = incident;
  if (entries.length === 0) return [`${incident.number}: has no history at all`];
  const first = entries[0];
  if (first?.action !== "create") say(`first history entry is ${first?.action}, not create`);
  if (first && first.statusAfter !== CREATED_STATUS) say(`create entry has status ${first.statusAfter}`);
  if (first?.statusBefore !== undefined && first.statusBefore !== null) {
    say(`create entry has a status before (${first.statusBefore})`);
  }
  entries.forEach((entry, i) => {
    if (i > 0 && entry.action === "create") say(`a second create entry at position ${i + 1}`);
    if (entry.seq !== null && entry.seq !== i + 1) {
      say(`history entry ${i + 1} has seq ${entry.seq} (seqs must be 1..n without gaps)`);
    }
    const previous = entries[i - 1];
    if (previous && entry.statusBefore !== undefined && entry.statusBefore !== previous.statusAfter) {
      say(
        `entry ${i + 1} (${entry.action}) starts from ${entry.statusBefore}, previous ended at ${previous.statusAfter}`,
      );
    }
  });
  const last = entries[entries.length - 1];
  if (last && last.statusAfter !== incident.status) {
    say(`status is ${incident.status} but the last history entry (${last.action}) says ${last.statusAfter}`);
  }
  if (incident.version !== undefined && incident.version !== entries.length) {
    say(`version ${incident.version} but ${entries.length} history entries`);
  }
  if (incident.node !== undefined && STATUS_OF[incident.node as FlowNode] !== incident.status) {
    say(`node ${incident.node} does not match status ${incident.status}`);
  }
  return problems;
}

function commentOf(attempt: ActionAttempt): string | null {
  return attempt.comment;
}

/** Every acknowledged action is there once; nothing answered as failed and nothing never sent is. */
export function checkAgainstLedger(
  incident: ObservedIncident,
  create: CreateAttempt,
  actions: readonly ActionAttempt[],
): string[] {
  const problems: string[] = [];
  const say = (text: string) => problems.push(`${incident.number}: ${text}`);
  const seen = new Map<string, number>();
  for (const entry of incident.entries.slice(1)) {
    const key = entryKey(entry.action, entry.comment === "" ? null : entry.comment);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const sent = new Map<string, { ok: number; unknown: number; failed: number; sample: ActionAttempt }>();
  for (const attempt of actions) {
    const key = entryKey(attempt.action, commentOf(attempt));
    const tally = sent.get(key) ?? { ok: 0, unknown: 0, failed: 0, sample: attempt };
    tally[attempt.outcome]++;
    sent.set(key, tally);
  }
  for (const [key, count] of seen) {
    const [action, comment] = key.split("\u0000");
    const tally = sent.get(key);
    const what = `${action}${comment ? ` "${comment}"` : ""}`;
    if (!tally) say(`history has ${what}, which no request sent`);
    else if (count > tally.ok + tally.unknown) {
      say(
        `history has ${count}× ${what} but only ${tally.ok} acknowledged + ${tally.unknown} unknown-outcome ` +
          `attempts (${tally.failed} answered as failed): a failed request was applied`,
      );
    }
  }
  for (const [key, tally] of sent) {
    const count = seen.get(key) ?? 0;
    if (count < tally.ok) {
      say(
        `acknowledged ${tally.sample.action}${tally.sample.comment ? ` "${tally.sample.comment}"` : ""} ` +
          `(from node ${tally.sample.from}, round ${tally.sample.round}) is missing from the history: a lost write`,
      );
    }
  }
  const reached = NODE_ORDER.findIndex((n) => STATUS_OF[n] === incident.status);
  for (const attempt of actions.filter((a) => a.outcome === "ok" && a.action !== "addRemark")) {
    const step = NEXT_STEP[attempt.from];
    const target = step ? NODE_ORDER.indexOf(step.to) : -1;
    if (reached < target) {
      say(`acknowledged ${attempt.action} (round ${attempt.round}) but status is only ${incident.status}`);
    }
  }
  const solved = incident.entries.some((e) => e.action === "commitSolution");
  if (solved !== (incident.handleTime !== null)) {
    say(
      `handle_time is ${incident.handleTime} but commitSolution ${solved ? "is" : "is not"} in the history`,
    );
  }
  const expectedRecovery =
    solved && create.body.is_service_interrupt ? recoveryTimeForStart(create.body.start_time ?? 0) : null;
  if (incident.faultRecoveryTime !== expectedRecovery) {
    say(`fault_recovery_time is ${incident.faultRecoveryTime}, expected ${expectedRecovery}`);
  }
  if (incident.title !== create.body.incident_title) {
    say(`title is "${incident.title}", the create sent "${create.body.incident_title}"`);
  }
  if (incident.detail) problems.push(...checkDetail(incident.number, incident.detail, create));
  return problems;
}

/** The detail shows every field the create sent (commitSolution re-sends the same type and flag). */
export function checkDetail(
  number: string,
  detail: Record<string, unknown>,
  create: CreateAttempt,
): string[] {
  const body = create.body;
  const expected: Record<string, unknown> = {
    incident_num: number,
    incident_title: body.incident_title,
    incident_description: body.incident_description,
    incident_level: body.incident_level,
    incident_type: body.incident_type,
    incident_source: body.incident_source,
    creator: body.creator,
    is_service_interrupt: body.is_service_interrupt,
    start_time: body.start_time ?? null,
    incident_assignee: body.incident_assignee,
    region: body.region,
    current_cloud_service: body.current_cloud_service,
    enterprise_project: body.enterprise_project,
  };
  const problems: string[] = [];
  for (const [field, value] of Object.entries(expected)) {
    if (JSON.stringify(detail[field]) !== JSON.stringify(value)) {
      problems.push(
        `${number}: detail ${field} is ${JSON.stringify(detail[field])}, the create sent ${JSON.stringify(value)}`,
      );
    }
  }
  return problems;
}
