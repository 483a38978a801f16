import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import type { Integration } from "../integrations/integration.ts";
import {
  convergeAlarm,
  findAlarm,
  findOrInsertAlarm,
  reopenAlarm,
  resolveAlarm,
} from "./alarm.repository.ts";
import { type AlarmReport, decideTransition } from "./alarm.ts";
import { notifyAlarmsChanged } from "./alarm-signal.ts";

export interface IntakeSummary {
  created: number;
  converged: number;
  reopened: number;
  resolved: number;
  ignored: number;
}

/** Each guarded write re-reads and retries when a concurrent report changed the alarm first. */
const MAX_ATTEMPTS = 10;

async function recordReport(
  trx: Transaction<Database>,
  integration: Integration,
  report: AlarmReport,
  now: number,
): Promise<keyof IntakeSummary> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    // A recovery of an alarm never seen firing has nothing to resolve (PagerDuty drops these too).
    const alarm = report.firing
      ? await findOrInsertAlarm(trx, {
          rowId: randomUUID(),
          projectId: integration.projectId,
          integrationId: integration.id,
          kind: integration.kind,
          report,
          now,
        })
      : ((await findAlarm(trx, integration.projectId, report.alarmId)) ?? "ignored");
    if (alarm === "created" || alarm === "ignored") return alarm;
    if (!alarm) continue;
    const transition = decideTransition(alarm, report);
    switch (transition.kind) {
      case "ignore":
        return "ignored";
      case "converge":
        if (await convergeAlarm(trx, alarm, report, now)) return "converged";
        break;
      case "reopen":
        if (await reopenAlarm(trx, alarm, report, now)) return "reopened";
        break;
      case "resolve":
        if (await resolveAlarm(trx, alarm, { recoveryTime: report.time }, now)) return "resolved";
        break;
    }
  }
  throw new Error(`alarm ${report.alarmId} kept changing during ${MAX_ATTEMPTS} attempts to record a report`);
}

/**
 * Durable first: all reports of one request are stored, each with its "rules pending" marker, in one
 * transaction, and the caller answers success only after it commits. Reports are applied in alarm-id
 * order, so two requests touching the same alarms lock them in the same order (no deadlock).
 */
export async function ingestReports(
  deps: Deps,
  integration: Integration,
  reports: AlarmReport[],
): Promise<IntakeSummary> {
  const now = deps.clock.now();
  const ordered = [...reports].sort((a, b) => (a.alarmId < b.alarmId ? -1 : a.alarmId > b.alarmId ? 1 : 0));
  const summary: IntakeSummary = { created: 0, converged: 0, reopened: 0, resolved: 0, ignored: 0 };
  const changed = { created: [] as string[], cleared: [] as string[] };
  const queued = await deps.db.transaction().execute(async (trx) => {
    for (const report of ordered) {
      const outcome = await recordReport(trx, integration, report, now);
      summary[outcome] += 1;
      if (outcome === "created" || outcome === "reopened") changed.created.push(report.alarmId);
      else if (outcome === "resolved") changed.cleared.push(report.alarmId);
    }
    // Webhook deliveries of alarm events, in the intake's transaction (the outbox).
    return deps.webhookOutbox.writeAlarmEvents(trx, integration.projectId, changed, now);
  });
  deps.metrics.countAlarmReports(integration.kind, summary);
  notifyAlarmsChanged(deps.db);
  if (queued) deps.webhookOutbox.notifyQueued();
  return summary;
}
