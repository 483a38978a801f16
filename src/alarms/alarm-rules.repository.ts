import type { Db } from "../db/database.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import { toAlarm } from "./alarm.repository.ts";
import type { Alarm } from "./alarm.ts";

/**
 * The hook for transfer rules (docs/alarms.md): every change to an alarm leaves `rules_pending_since` set
 * in the same transaction as the change, so a pending alarm survives crashes and restarts. A processor
 * claims pending alarms with a lease, evaluates each at the claimed revision and settles it; a change
 * made meanwhile keeps the alarm pending.
 */
export interface ClaimedAlarm {
  rowId: string;
  projectId: string;
  alarmId: string;
  revision: number;
}

/** A claim and the alarm as the claim found it (so the processor need not read it again). */
export interface Claim extends ClaimedAlarm {
  alarm: Alarm;
}

export interface ClaimRequest {
  /** Who claims (a node/worker id); only that owner can settle the claim. */
  owner: string;
  now: number;
  leaseMs: number;
  limit: number;
}

/**
 * Claims up to `limit` pending alarms whose lease is free or expired, oldest change first, in one
 * statement that also answers each alarm's current row. The two engines differ here: on PostgreSQL the candidates are locked with SKIP LOCKED, so
 * nodes claiming at the same time take different alarms (and the re-checked WHERE drops any row another
 * node claimed meanwhile); SQLite has no row locks and needs none, its writers being serialised.
 */
export async function claimPendingAlarms(db: Db, request: ClaimRequest): Promise<Claim[]> {
  const { owner, now, leaseMs, limit } = request;
  const pending = db
    .selectFrom("alarms")
    .select("id")
    .where("rules_pending_since", "is not", null)
    .where((eb) => eb.or([eb("rules_claimed_until", "is", null), eb("rules_claimed_until", "<=", now)]))
    .orderBy("rules_pending_since")
    .orderBy("id")
    .limit(limit);
  const candidates = sqlCapabilitiesOf(db).claimUnlocked(pending);
  const rows = await db
    .updateTable("alarms")
    .set({ rules_claimed_by: owner, rules_claimed_until: now + leaseMs })
    .where("id", "in", candidates)
    .where("rules_pending_since", "is not", null)
    .where((eb) => eb.or([eb("rules_claimed_until", "is", null), eb("rules_claimed_until", "<=", now)]))
    .returningAll()
    .execute();
  return rows.map((row) => {
    const alarm = toAlarm(row);
    return {
      rowId: alarm.rowId,
      projectId: alarm.projectId,
      alarmId: alarm.alarmId,
      revision: alarm.revision,
      alarm,
    };
  });
}

/**
 * Ends a claim. The alarm stops being pending only if it is still at the claimed revision; true then.
 * A claim that expired and was taken over by another owner is not this owner's to settle (false).
 */
export async function settleAlarmRules(db: Db, owner: string, claimed: ClaimedAlarm): Promise<boolean> {
  const row = await db
    .updateTable("alarms")
    .set((eb) => ({
      rules_pending_since: eb
        .case()
        .when("revision", "=", claimed.revision)
        .then(eb.val<number | null>(null))
        .else(eb.ref("rules_pending_since"))
        .end(),
      rules_claimed_by: null,
      rules_claimed_until: null,
    }))
    .where("id", "=", claimed.rowId)
    .where("rules_claimed_by", "=", owner)
    .returning("rules_pending_since")
    .executeTakeFirst();
  return row !== undefined && row.rules_pending_since === null;
}

/**
 * Frees every claim. Only for SQLite at start-up: one process serves a SQLite file, so a claim found then
 * was left by a process that died, and waiting out its lease would only delay its alarms.
 */
export async function releaseAllClaims(db: Db): Promise<number> {
  const result = await db
    .updateTable("alarms")
    .set({ rules_claimed_by: null, rules_claimed_until: null })
    .where("rules_claimed_by", "is not", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
