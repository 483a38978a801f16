import { sql, type Transaction } from "kysely";
import type { Database, Db } from "../../db/database.ts";
import { sqlCapabilitiesOf } from "../../db/sql-capabilities.ts";
import {
  purgeFailures,
  recordFailure,
  resetFailures,
  SIGNATURE_FAILURE_RUNS,
} from "../failure-runs.repository.ts";

/**
 * Counts a failed signature from one source address in the database (so every node sees it); the
 * `lockAfter`-th in a row locks that key for that source until `lockUntil`, and marks the key's
 * `locked_until` (what admins see). Returns the new count.
 */
export async function recordSignatureFailure(
  db: Db,
  failure: { accessKey: string; source: string; now: number; lockAfter: number; lockUntil: number },
): Promise<number> {
  const { accessKey, lockUntil } = failure;
  const failures = await recordFailure(db, SIGNATURE_FAILURE_RUNS, { ...failure, subject: accessKey });
  if (failures >= failure.lockAfter) {
    await db
      .updateTable("access_keys")
      .set({ locked_until: lockUntil })
      .where("access_key", "=", accessKey)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", lockUntil)]))
      .execute();
  }
  return failures;
}

/** A good signature from a source ends its run of failures (and any lock it had served out). */
export async function resetSignatureFailures(db: Db, accessKey: string, source?: string): Promise<void> {
  await resetFailures(db, SIGNATURE_FAILURE_RUNS, accessKey, source);
}

/**
 * Records an accepted signature in `trx` (the committer's transaction); false when it was recorded before
 * (a replay). The primary key makes the check and the record one statement, atomic across nodes.
 * PostgreSQL makes the row visible to every node at commit whether or not its WAL is flushed yet, so this
 * transaction does not wait for the flush (a crash of the database server could forget the last few
 * signatures, for at most the window); SQLite has no such switch per transaction and commits in groups.
 */
export async function claimSignature(
  trx: Transaction<Database>,
  signatureHash: string,
  expiresAt: number,
): Promise<boolean> {
  await sqlCapabilitiesOf(trx).relaxCommitDurability(trx);
  const result = await trx
    .insertInto("seen_signatures")
    .values({ signature_hash: signatureHash, expires_at: expiresAt })
    .onConflict((oc) => oc.column("signature_hash").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * Drops what can no longer matter: signatures whose date is outside the window, and failure runs quiet
 * for `failureMemoryMs` whose lock (if any) has ended. Keeps both tables bounded by the request rate.
 */
export async function purgeSignatureGuard(db: Db, now: number, failureMemoryMs: number): Promise<void> {
  await db.deleteFrom("seen_signatures").where("expires_at", "<", now).execute();
  await purgeFailures(db, SIGNATURE_FAILURE_RUNS, now, failureMemoryMs);
}

/** Rows in the two tables (tests, and a look at how much an attack left behind). */
export async function signatureGuardRows(db: Db): Promise<{ seen: number; failures: number }> {
  const count = async (table: "seen_signatures" | "signature_failures") =>
    Number(
      (await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]
        ?.n ?? 0,
    );
  return { seen: await count("seen_signatures"), failures: await count("signature_failures") };
}
