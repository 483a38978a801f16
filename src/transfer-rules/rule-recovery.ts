import { linkedAlarmTimes } from "../alarms/alarm.repository.ts";
import type { Alarm } from "../alarms/alarm.ts";
import { type ClaimedAlarm, settleAlarmRules } from "../alarms/alarm-rules.repository.ts";
import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import { findIncident } from "../incidents/incident.repository.ts";
import { inIncidentTransaction } from "../incidents/incident-transaction.ts";
import { updateIncident } from "../incidents/incident-writer.ts";
import { performAction } from "../workflow/workflow.service.ts";
import { isEndNode, nodeOf } from "../workflow/workflow.ts";
import { expectRevision, systemCaller } from "./rule-transaction.ts";
import {
  clearSolvePending,
  countFiringLinkedAlarms,
  findRule,
  findRuleIncident,
  markAllRecovered,
} from "./transfer-rule.repository.ts";
import { SYSTEM_PRINCIPAL } from "./transfer-rule.ts";

/** Changes to an incident race with workflow actions; retried in the transaction (incident-writer.ts). */
const WRITE_ATTEMPTS = 5;

export type Notice = (message: string, details: Record<string, unknown>) => void;

const canCommitSolution = (node: string) => nodeOf(node).actions.some((a) => a.key === "commitSolution");

/**
 * A recovered alarm linked to a rule's incident: once none of the incident's alarms is firing, one history
 * entry says so and, if the rule asks and the incident's node allows it, a solution is submitted through
 * the workflow. The "submit" intention is stored with the entry and the alarm is settled only after the
 * submission, so a crash in between submits on the next pass (never twice: a submitted solution moves the
 * incident to verification, where commitSolution is no longer allowed).
 */
export async function handleRecovery(
  deps: Deps,
  owner: string,
  claimed: ClaimedAlarm,
  alarm: Alarm,
  notice?: Notice,
): Promise<void> {
  const incidentNum = alarm.incidentNum as string;
  const settled = { ...claimed, revision: alarm.revision };
  const tracked = await findRuleIncident(deps.db, alarm.projectId, incidentNum);
  if (!tracked) {
    // Linked by TransferAlarmToIncident, not by a rule: rules do not follow it.
    await settleAlarmRules(deps.db, owner, settled);
    return;
  }
  const now = deps.clock.now();
  const solvePending = await inIncidentTransaction(deps, async (tx) => {
    const { trx } = tx;
    await expectRevision(trx, alarm);
    if ((await countFiringLinkedAlarms(trx, alarm.projectId, incidentNum)) === 0) {
      const rule = await findRule(trx, alarm.projectId, tracked.ruleId);
      const incident = await findIncident(trx, alarm.projectId, incidentNum);
      const solve = rule?.autoSolve === true && incident !== undefined && canCommitSolution(incident.node);
      if (incident && !isEndNode(incident.node) && (await markAllRecovered(trx, incidentNum, solve))) {
        const autoSolve = solve
          ? "submitting"
          : rule?.autoSolve
            ? `not possible at node ${incident.node}`
            : "off";
        await updateIncident(
          tx,
          alarm.projectId,
          incidentNum,
          () => ({
            fields: {},
            event: {
              type: "alarms_recovered",
              operator: SYSTEM_PRINCIPAL,
              at: now,
              comment: `every alarm linked to the incident has recovered (last: ${alarm.alarmId})`,
              last_alarm_id: alarm.alarmId,
              rule_id: tracked.ruleId,
              auto_solve: autoSolve,
            },
          }),
          WRITE_ATTEMPTS,
        );
      }
    }
    const pending = (await findRuleIncident(trx, alarm.projectId, incidentNum))?.solvePending === true;
    if (!pending) await settleAlarmRules(trx, owner, settled);
    return pending;
  });
  if (!solvePending) return;
  await submitSolution(deps, alarm.projectId, incidentNum, tracked.ruleId, notice);
  await deps.db.transaction().execute(async (trx) => {
    await clearSolvePending(trx, incidentNum);
    await settleAlarmRules(trx, owner, settled);
  });
}

/** commitSolution through the workflow service, so versioning, history and handle_time are the usual. */
async function submitSolution(
  deps: Deps,
  projectId: string,
  incidentNum: string,
  ruleId: string,
  notice?: Notice,
): Promise<void> {
  const incident = await findIncident(deps.db, projectId, incidentNum);
  if (!incident) return;
  const times = await linkedAlarmTimes(deps.db, projectId, incidentNum);
  const start = incident.startTime ?? times.started;
  const recovered = times.recovered;
  const params: Record<string, unknown> = {
    mtm_type: incident.type,
    is_service_interrupt: incident.isServiceInterrupt,
    cause: "Every alarm linked to the incident has recovered.",
    solution: "Solved automatically by a transfer rule: every linked alarm recovered.",
  };
  if (start !== null) params.start_time = start;
  if (recovered !== null && (start === null || recovered >= start)) params.fault_recovery_time = recovered;
  try {
    await performAction(deps, systemCaller(projectId, ruleId), incidentNum, {
      action: "commitSolution",
      params,
      operator: SYSTEM_PRINCIPAL,
      paramsField: "params",
    });
  } catch (error) {
    // The incident moved on (someone acted first) or strict roles forbid it: the entry stays the record.
    if (!(error instanceof AppError)) throw error;
    notice?.("automatic solution not submitted", { incident_num: incidentNum, reason: error.message });
  }
}
