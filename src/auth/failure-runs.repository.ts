import { sql } from "kysely";
import type { Db } from "../db/database.ts";

/**
 * A table counting runs of failures per subject and source address: failed signatures per access key
 * (signature_failures) and failed sign-ins per user id (sign_in_failures). Both have the same shape; only
 * the subject column's name differs. Counting per source means a stranger elsewhere cannot lock the
 * subject out for everyone.
 */
export interface FailureRuns {
  table: "signature_failures" | "sign_in_failures";
  subjectColumn: "access_key" | "subject";
}

export const SIGNATURE_FAILURE_RUNS: FailureRuns = {
  table: "signature_failures",
  subjectColumn: "access_key",
};
export const SIGN_IN_FAILURE_RUNS: FailureRuns = { table: "sign_in_failures", subjectColumn: "subject" };

export interface FailureRun {
  failures: number;
  lockedUntil: number | null;
}

/**
 * Counts a failure of `subject` from `source` in the database (so every node sees it); the `lockAfter`-th
 * in a row locks that pair until `lockUntil`. One statement, atomic on both engines. Returns the new count.
 */
export async function recordFailure(
  db: Db,
  runs: FailureRuns,
  failure: { subject: string; source: string; now: number; lockAfter: number; lockUntil: number },
): Promise<number> {
  const { subject, source, now, lockAfter, lockUntil } = failure;
  const table = sql.table(runs.table);
  const key = sql.ref(runs.subjectColumn);
  const firstLock = lockAfter <= 1 ? lockUntil : null;
  const result = await sql<{ failures: number | string }>`
    INSERT INTO ${table} (${key}, source, failures, locked_until, updated_at)
    VALUES (${subject}, ${source}, 1, ${firstLock}, ${now})
    ON CONFLICT (${key}, source) DO UPDATE SET
      failures = ${table}.failures + 1,
      locked_until = CASE WHEN ${table}.failures >= ${lockAfter - 1} THEN ${lockUntil}
                          ELSE ${table}.locked_until END,
      updated_at = ${now}
    RETURNING failures`.execute(db);
  return Number(result.rows[0]?.failures ?? 0);
}

/** The current run of failures of `subject` from `source`, if any. */
export async function findFailureRun(
  db: Db,
  runs: FailureRuns,
  subject: string,
  source: string,
): Promise<FailureRun | undefined> {
  const result = await sql<{ failures: number | string; locked_until: number | string | null }>`
    SELECT failures, locked_until FROM ${sql.table(runs.table)}
    WHERE ${sql.ref(runs.subjectColumn)} = ${subject} AND source = ${source}`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    failures: Number(row.failures),
    lockedUntil: row.locked_until === null ? null : Number(row.locked_until),
  };
}

/** A success ends the run of failures (and any lock it had served out); every source's without `source`. */
export async function resetFailures(
  db: Db,
  runs: FailureRuns,
  subject: string,
  source?: string,
): Promise<void> {
  const bySource = source === undefined ? sql`` : sql` AND source = ${source}`;
  await sql`DELETE FROM ${sql.table(runs.table)} WHERE ${sql.ref(runs.subjectColumn)} = ${subject}${bySource}`.execute(
    db,
  );
}

/** Drops runs quiet for `memoryMs` whose lock (if any) has ended: keeps the table bounded. */
export async function purgeFailures(db: Db, runs: FailureRuns, now: number, memoryMs: number): Promise<void> {
  await sql`
    DELETE FROM ${sql.table(runs.table)}
    WHERE updated_at < ${now - memoryMs} AND (locked_until IS NULL OR locked_until < ${now})`.execute(db);
}
