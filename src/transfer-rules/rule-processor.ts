import { findAlarm, linkAlarm } from "../alarms/alarm.repository.ts";
import type { Alarm } from "../alarms/alarm.ts";
import { type ClaimedAlarm, claimPendingAlarms, settleAlarmRules } from "../alarms/alarm-rules.repository.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { Deps } from "../deps.ts";
import { createIncident } from "../incidents/incident.service.ts";
import { blankToNull } from "../incidents/incident.ts";
import { inIncidentTransaction } from "../incidents/incident-transaction.ts";
import { updateIncident } from "../incidents/incident-writer.ts";
import { isEndNode } from "../workflow/workflow.ts";
import { handleRecovery } from "./rule-recovery.ts";
import { expectRevision, Reevaluate, systemCaller } from "./rule-transaction.ts";
import {
  claimGroup,
  findOpenGroupIncident,
  insertRuleIncident,
  listRules,
  markFiring,
} from "./transfer-rule.repository.ts";
import {
  firstMatchingRule,
  incidentTextFor,
  renderTemplate,
  SYSTEM_PRINCIPAL,
  type TransferRule,
} from "./transfer-rule.ts";

/** How long a claim protects an alarm from other processors (a crashed node's claims free up after it). */
export const RULES_LEASE_MS = 30_000;
export const RULES_BATCH = 50;

const MAX_ATTEMPTS = 5;

export interface ProcessOptions {
  leaseMs?: number;
  limit?: number;
  /** Called for each alarm whose processing failed (it stays claimed until its lease expires, then is retried). */
  onError?: (error: unknown, claimed: ClaimedAlarm) => void;
  /** Called when an automatic solution could not be submitted (the incident had moved on, strict roles…). */
  onNotice?: (message: string, details: Record<string, unknown>) => void;
}

/**
 * One pass: claims up to `limit` pending alarms for `owner` and runs the rules on each. Returns how many
 * were claimed. Without `onError`, the first failure is rethrown after the others have been processed.
 */
export async function processPendingAlarmsOnce(
  deps: Deps,
  owner: string,
  options: ProcessOptions = {},
): Promise<number> {
  const claimed = await claimPendingAlarms(deps.db, {
    owner,
    now: deps.clock.now(),
    leaseMs: options.leaseMs ?? RULES_LEASE_MS,
    limit: options.limit ?? RULES_BATCH,
  });
  const rules = new Map<string, Promise<TransferRule[]>>();
  const rulesOf = (projectId: string) => {
    const found = rules.get(projectId) ?? listRules(deps.db, projectId);
    rules.set(projectId, found);
    return found;
  };
  const failures: unknown[] = [];
  // Alarms are evaluated in several lanes at once where writes commit in parallel (PostgreSQL): each
  // evaluation is safe against any other running at the same time, as it is against other nodes' (the
  // group claim and the alarm's revision are checked in its transaction; a lost race re-evaluates).
  let next = 0;
  const lane = async () => {
    for (let item = claimed[next++]; item; item = claimed[next++]) {
      try {
        await processClaimed(deps, owner, item, rulesOf, options);
      } catch (error) {
        if (options.onError) options.onError(error, item);
        else failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(ruleLanes(deps), claimed.length) }, lane));
  if (failures.length > 0) throw failures[0];
  return claimed.length;
}

/**
 * How many claimed alarms one node evaluates at once: half its PostgreSQL pool (the other half stays free
 * for requests during an alarm burst), one on SQLite.
 */
export function ruleLanes(deps: Deps): number {
  return sqlCapabilitiesOf(deps.db).parallelWrites ? Math.max(1, Math.floor(deps.config.pgPoolSize / 2)) : 1;
}

async function processClaimed(
  deps: Deps,
  owner: string,
  claimed: ClaimedAlarm,
  rulesOf: (projectId: string) => Promise<TransferRule[]>,
  options: ProcessOptions,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await evaluate(deps, owner, claimed, rulesOf, options);
    } catch (error) {
      if (!(error instanceof Reevaluate) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/**
 * Runs the rules against the alarm's current state (not the claimed revision: later changes are seen
 * now) and settles the revision it evaluated. Each outcome checks the state it depends on inside its
 * transaction, so evaluating the same revision twice changes nothing the second time.
 */
async function evaluate(
  deps: Deps,
  owner: string,
  claimed: ClaimedAlarm,
  rulesOf: (projectId: string) => Promise<TransferRule[]>,
  options: ProcessOptions,
): Promise<void> {
  const alarm = await findAlarm(deps.db, claimed.projectId, claimed.alarmId);
  if (!alarm) return;
  if (alarm.status === "alarming" && alarm.incidentNum === null) {
    const rule = firstMatchingRule(await rulesOf(alarm.projectId), alarm);
    if (rule) return routeFiringAlarm(deps, owner, claimed, alarm, rule);
  } else if (alarm.status === "resolved" && alarm.incidentNum !== null) {
    return handleRecovery(deps, owner, claimed, alarm, options.onNotice);
  }
  // No rule takes it (or nothing to do): settled without an incident.
  await settleAlarmRules(deps.db, owner, { ...claimed, revision: alarm.revision });
}

/** Links the alarm to its group's open incident, or creates the group's incident — one transaction each. */
async function routeFiringAlarm(
  deps: Deps,
  owner: string,
  claimed: ClaimedAlarm,
  alarm: Alarm,
  rule: TransferRule,
): Promise<void> {
  const groupKey = renderTemplate(rule.groupKey, alarm).slice(0, 1000);
  const now = deps.clock.now();
  // linkAlarm bumps the alarm's revision: that change is this processor's own, so it is settled too.
  const settled = { ...claimed, revision: alarm.revision + 1 };
  const open = await findOpenGroupIncident(deps.db, alarm.projectId, rule.id, groupKey);
  if (open !== undefined) {
    const linked = await inIncidentTransaction(deps, async (tx) => {
      await expectRevision(tx.trx, alarm);
      const incident = await updateIncident(
        tx,
        alarm.projectId,
        open,
        (current) =>
          isEndNode(current.node) // closed meanwhile: the group gets a new incident below
            ? null
            : {
                fields: {},
                event: {
                  type: "alarm_linked",
                  operator: SYSTEM_PRINCIPAL,
                  at: now,
                  comment: `alarm ${alarm.alarmId} (${alarm.name}) linked by transfer rule "${rule.name}"`,
                  alarm_id: alarm.alarmId,
                  episode: alarm.episode,
                  alarm_level: alarm.level,
                  rule_id: rule.id,
                  group_key: groupKey,
                },
              },
        MAX_ATTEMPTS,
      );
      if (!incident) return false;
      if (!(await linkAlarm(tx.trx, alarm, open, SYSTEM_PRINCIPAL, now))) throw new Reevaluate();
      await markFiring(tx.trx, open);
      await settleAlarmRules(tx.trx, owner, settled);
      return true;
    });
    if (linked) {
      deps.metrics.observeAlarmToIncident("linked", deps.clock.now() - alarm.updateTime);
      return;
    }
  }
  const { title, description } = incidentTextFor(rule, alarm);
  const spec = rule.incident;
  await createIncident(
    deps,
    systemCaller(alarm.projectId, rule.id),
    {
      region: null,
      enterpriseProject: null,
      currentCloudService: blankToNull(spec.current_cloud_service ?? alarm.applicationId),
      level: spec.level_mapping[alarm.level],
      isServiceInterrupt: spec.is_service_interrupt,
      type: spec.incident_type,
      title,
      description,
      // COC's "transfer creation" (流转创建): an incident a transfer (forwarding) rule made.
      source: "incident_source_forwarding",
      ownership: null,
      assignee: blankToNull(spec.assignee),
      assigneeScene: blankToNull(spec.assignee_scene),
      assigneeRole: blankToNull(spec.assignee_role),
      creator: SYSTEM_PRINCIPAL,
      startTime: alarm.firstOccurTime,
    },
    {
      unresolvedOnCall: "unassigned",
      alsoInTransaction: async (tx, incidentNum) => {
        const { trx } = tx;
        await expectRevision(trx, alarm);
        const group = { projectId: alarm.projectId, ruleId: rule.id, groupKey };
        // Another alarm of the group got there first: roll this incident back and link to that one.
        if (!(await claimGroup(trx, group, incidentNum, now))) throw new Reevaluate();
        await insertRuleIncident(trx, { ...group, incidentNum, now });
        if (!(await linkAlarm(trx, alarm, incidentNum, SYSTEM_PRINCIPAL, now))) throw new Reevaluate();
        await settleAlarmRules(trx, owner, settled);
      },
    },
  );
  deps.metrics.observeAlarmToIncident("created", deps.clock.now() - alarm.updateTime);
}
