import type { Deps } from "../deps.ts";
import type { IncidentTx } from "../incidents/incident-transaction.ts";
import { inIncidentTransaction } from "../incidents/incident-transaction.ts";
import { updateIncident } from "../incidents/incident-writer.ts";
import { INITIAL_NODE } from "../workflow/workflow.ts";
import {
  cancelEscalation,
  claimDueTimers,
  type EscalationTimer,
  findLeasedTimer,
  scheduleEscalation,
} from "./escalation.repository.ts";
import { findScene } from "./oncall.repository.ts";
import type { EscalationPolicy } from "./oncall.ts";
import { compileScene, onCallAt } from "./schedule.ts";

/** The principal escalations are recorded for in incidents' histories. */
export const ESCALATION_PRINCIPAL = "incidentd-escalation";
export const ESCALATION_LEASE_MS = 30_000;
export const ESCALATION_BATCH = 50;
const MINUTE = 60_000;
/** A concurrent change of the incident is retried in the transaction (incident-writer.ts). */
const WRITE_ATTEMPTS = 5;

/** The step after `timer`'s: the next one, the first of the next round, or none. */
function nextStep(policy: EscalationPolicy, timer: EscalationTimer): { step: number; round: number } | null {
  if (timer.step + 1 < policy.steps.length) return { step: timer.step + 1, round: timer.round };
  if (timer.round < (policy.repeat ?? 0)) return { step: 0, round: timer.round + 1 };
  return null;
}

/** Fires one due step in one transaction: reassigns the incident (if still unaccepted), schedules the next. */
async function fire(tx: IncidentTx, owner: string, claimed: EscalationTimer, now: number): Promise<void> {
  const timer = await findLeasedTimer(tx.trx, claimed.projectId, claimed.incidentNum, owner);
  if (!timer || timer.step !== claimed.step || timer.round !== claimed.round) return; // moved on meanwhile
  const stored = await findScene(tx.trx, timer.projectId, timer.sceneId);
  const policy = stored?.document.escalation;
  const step = policy?.steps[timer.step];
  if (!stored || !policy || !step) return cancelEscalation(tx.trx, timer.projectId, timer.incidentNum);
  const roleId = step.role_id;
  const target = roleId !== undefined ? { role_id: roleId } : { user_id: step.user_id as string };
  const to =
    roleId !== undefined ? onCallAt(compileScene(stored.document), roleId, now)?.user_id : step.user_id;
  const written = to
    ? await updateIncident(
        tx,
        timer.projectId,
        timer.incidentNum,
        (incident) =>
          incident.node !== INITIAL_NODE
            ? null
            : {
                fields: { assignee: to },
                event: {
                  type: "escalated",
                  operator: ESCALATION_PRINCIPAL,
                  at: now,
                  comment: `not accepted in time: escalated to ${to} (step ${timer.step + 1} of ${policy.steps.length}, round ${timer.round + 1})`,
                  scene_id: timer.sceneId,
                  step: timer.step,
                  round: timer.round,
                  from: incident.assignee,
                  to,
                  target,
                },
              },
        WRITE_ATTEMPTS,
      )
    : undefined; // nobody on call for the step's role: go on to the next step
  if (written === null) return cancelEscalation(tx.trx, timer.projectId, timer.incidentNum);
  const next = nextStep(policy, timer);
  if (!next) return cancelEscalation(tx.trx, timer.projectId, timer.incidentNum);
  const after = policy.steps[next.step]?.after_minutes ?? 0;
  await scheduleEscalation(tx.trx, { ...timer, ...next, dueAt: now + after * MINUTE });
}

/**
 * One pass of the escalation worker: leases the due timers and fires each in its own transaction. A node
 * that dies holding leases leaves them to others once they expire; a step fires once in the normal case.
 * Returns how many timers it took.
 */
export async function processDueEscalations(deps: Deps, owner: string): Promise<number> {
  const now = deps.clock.now();
  const claimed = await deps.db
    .transaction()
    .execute((trx) => claimDueTimers(trx, owner, now, now + ESCALATION_LEASE_MS, ESCALATION_BATCH));
  for (const timer of claimed) await inIncidentTransaction(deps, (tx) => fire(tx, owner, timer, now));
  return claimed.length;
}
