import { type Executor, prepared } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { EscalationTimerTable } from "./oncall.table.ts";

export interface EscalationTimer {
  projectId: string;
  incidentNum: string;
  sceneId: string;
  step: number;
  round: number;
  dueAt: number;
}

function toTimer(row: EscalationTimerTable): EscalationTimer {
  return {
    projectId: row.project_id,
    incidentNum: row.incident_num,
    sceneId: row.scene_id,
    step: Number(row.step),
    round: Number(row.round),
    dueAt: Number(row.due_at),
  };
}

/** Sets the incident's next escalation (replacing any, and any lease on it). */
export async function scheduleEscalation(db: Executor, timer: EscalationTimer): Promise<void> {
  const values = {
    project_id: timer.projectId,
    incident_num: timer.incidentNum,
    scene_id: timer.sceneId,
    step: timer.step,
    round: timer.round,
    due_at: timer.dueAt,
    lease_owner: null,
    lease_until: null,
  };
  await db
    .insertInto("escalation_timers")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["project_id", "incident_num"]).doUpdateSet({
        scene_id: values.scene_id,
        step: values.step,
        round: values.round,
        due_at: values.due_at,
        lease_owner: null,
        lease_until: null,
      }),
    )
    .execute();
}

const deleteTimer = prepared(2, (db, projectId: string, incidentNum: string) =>
  db
    .deleteFrom("escalation_timers")
    .where("project_id", "=", projectId)
    .where("incident_num", "=", incidentNum),
);

/** Ends the incident's escalation (prepared: every acceptance runs it). */
export async function cancelEscalation(db: Executor, projectId: string, incidentNum: string): Promise<void> {
  await deleteTimer(db, projectId, incidentNum);
}

/** The timer as it is now, if `owner` still holds its lease. */
export async function findLeasedTimer(
  db: Executor,
  projectId: string,
  incidentNum: string,
  owner: string,
): Promise<EscalationTimer | undefined> {
  const row = await sqlCapabilitiesOf(db)
    .lockForUpdate(
      db
        .selectFrom("escalation_timers")
        .selectAll()
        .where("project_id", "=", projectId)
        .where("incident_num", "=", incidentNum)
        .where("lease_owner", "=", owner),
    )
    .executeTakeFirst();
  return row ? toTimer(row) : undefined;
}

/**
 * Leases up to `limit` due timers to `owner` until `leaseUntil`: timers nobody holds, or whose holder's
 * lease ran out (a node that died). Several nodes never take the same timer (claimUnlocked).
 */
export async function claimDueTimers(
  db: Executor,
  owner: string,
  now: number,
  leaseUntil: number,
  limit: number,
): Promise<EscalationTimer[]> {
  const due = await sqlCapabilitiesOf(db)
    .claimUnlocked(
      db
        .selectFrom("escalation_timers")
        .selectAll()
        .where("due_at", "<=", now)
        .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", now)]))
        .orderBy("due_at")
        .limit(limit),
    )
    .execute();
  for (const row of due) {
    await db
      .updateTable("escalation_timers")
      .set({ lease_owner: owner, lease_until: leaseUntil })
      .where("project_id", "=", row.project_id)
      .where("incident_num", "=", row.incident_num)
      .execute();
  }
  return due.map(toTimer);
}
