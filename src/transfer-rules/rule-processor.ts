import { findAlarm } from "../alarms/alarm.repository.ts";
import type { Alarm } from "../alarms/alarm.ts";
import {
  type Claim,
  type ClaimedAlarm,
  claimPendingAlarms,
  settleAlarmRules,
} from "../alarms/alarm-rules.repository.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { Deps } from "../deps.ts";
import { createIncident } from "../incidents/incident.service.ts";
import { blankToNull } from "../incidents/incident.ts";
import { inIncidentTransaction } from "../incidents/incident-transaction.ts";
import { updateIncident } from "../incidents/incident-writer.ts";
import { isEndNode } from "../workflow/workflow.ts";
import { linkToNewIncident, type RuleGroup } from "./rule-link.repository.ts";
import { linkToOpenIncident } from "./rule-link-open.repository.ts";
import { groupKeyOf, PassCache } from "./rule-pass-cache.ts";
import { handleRecovery } from "./rule-recovery.ts";
import { Reevaluate, systemCaller } from "./rule-transaction.ts";
import { firstMatchingRule, incidentTextFor, SYSTEM_PRINCIPAL, type TransferRule } from "./transfer-rule.ts";

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
  if (claimed.length === 0) return 0;
  const cache = new PassCache(deps);
  // Only a head start: if it fails, each evaluation reads what it needs and reports its own failure.
  await cache.prefetchGroups(claimed).catch(() => undefined);
  const failures: unknown[] = [];
  // Alarms are evaluated in several lanes at once where writes commit in parallel (PostgreSQL): each
  // evaluation is safe against any other running at the same time, as it is against other nodes' (the
  // group claim and the alarm's revision are checked in its transaction; a lost race re-evaluates).
  let next = 0;
  const lane = async () => {
    for (let item = claimed[next++]; item; item = claimed[next++]) {
      try {
        await processClaimed(deps, owner, item, cache, options);
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
  claimed: Claim,
  cache: PassCache,
  options: ProcessOptions,
): Promise<void> {
  // The first attempt evaluates the alarm as the claim read it; a retry reads it again.
  let alarm: Alarm | undefined = claimed.alarm;
  for (let attempt = 1; ; attempt++) {
    try {
      if (attempt > 1) alarm = await findAlarm(deps.db, claimed.projectId, claimed.alarmId);
      return await evaluate(deps, owner, claimed, alarm, cache, options);
    } catch (error) {
      if (!(error instanceof Reevaluate) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/**
 * Runs the rules against the alarm's current state (read by the claim or since; not the claimed revision:
 * later changes are seen now) and settles the revision it evaluated. Each outcome checks the state it
 * depends on inside its transaction, so evaluating the same revision twice changes nothing the second time.
 */
async function evaluate(
  deps: Deps,
  owner: string,
  claimed: ClaimedAlarm,
  alarm: Alarm | undefined,
  cache: PassCache,
  options: ProcessOptions,
): Promise<void> {
  if (!alarm) return;
  if (alarm.status === "alarming" && alarm.incidentNum === null) {
    const rule = firstMatchingRule(await cache.rulesOf(alarm.projectId), alarm);
    if (rule) return routeFiringAlarm(deps, owner, alarm, rule, cache);
  } else if (alarm.status === "resolved" && alarm.incidentNum !== null) {
    return handleRecovery(deps, owner, claimed, alarm, options.onNotice);
  }
  // No rule takes it (or nothing to do): settled without an incident.
  await settleAlarmRules(deps.db, owner, { ...claimed, revision: alarm.revision });
}

/** Thrown in a link's transaction when the group's incident closed meanwhile: roll back, create one. */
class GroupClosed extends Error {}

/** Links the alarm to its group's open incident, or creates the group's incident — one transaction each. */
async function routeFiringAlarm(
  deps: Deps,
  owner: string,
  alarm: Alarm,
  rule: TransferRule,
  cache: PassCache,
): Promise<void> {
  const groupKey = groupKeyOf(rule, alarm);
  const now = deps.clock.now();
  const group = { projectId: alarm.projectId, ruleId: rule.id, groupKey };
  const open = await cache.openIncidentOf(alarm.projectId, rule.id, groupKey);
  try {
    if (open !== undefined) {
      try {
        await linkToGroupIncident(deps, owner, alarm, rule, groupKey, open, now);
        deps.metrics.observeAlarmToIncident("linked", deps.clock.now() - alarm.updateTime);
        return;
      } catch (error) {
        if (!(error instanceof GroupClosed)) throw error;
      }
    }
    const incidentNum = await createGroupIncident(deps, owner, alarm, rule, group, now);
    cache.learn(alarm.projectId, rule.id, groupKey, incidentNum);
    deps.metrics.observeAlarmToIncident("created", deps.clock.now() - alarm.updateTime);
  } catch (error) {
    if (error instanceof Reevaluate) cache.learn(alarm.projectId, rule.id, groupKey, undefined);
    throw error;
  }
}

/**
 * One transaction: the alarm is linked first (its row locked at the evaluated revision), then the link is
 * recorded in the incident's history; an incident closed meanwhile rolls both back (GroupClosed).
 */
async function linkToGroupIncident(
  deps: Deps,
  owner: string,
  alarm: Alarm,
  rule: TransferRule,
  groupKey: string,
  open: string,
  now: number,
): Promise<void> {
  await inIncidentTransaction(deps, async (tx) => {
    const link = { alarm, incidentNum: open, owner, linkedBy: SYSTEM_PRINCIPAL, now };
    if (!(await linkToOpenIncident(tx.trx, link))) throw new Reevaluate();
    const incident = await updateIncident(
      tx,
      alarm.projectId,
      open,
      (current) =>
        isEndNode(current.node) // closed meanwhile: the group gets a new incident instead
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
    if (!incident) throw new GroupClosed();
  });
}

/** Creates the group's incident with the alarm linked to it, in the incident's creating transaction. */
function createGroupIncident(
  deps: Deps,
  owner: string,
  alarm: Alarm,
  rule: TransferRule,
  group: RuleGroup,
  now: number,
): Promise<string> {
  const { title, description } = incidentTextFor(rule, alarm);
  const spec = rule.incident;
  return createIncident(
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
        const link = { alarm, incidentNum, owner, linkedBy: SYSTEM_PRINCIPAL, now };
        // Another alarm of the group got there first, or the alarm changed: roll this incident back, look again.
        if ((await linkToNewIncident(tx.trx, link, group)) !== "linked") throw new Reevaluate();
      },
    },
  );
}
