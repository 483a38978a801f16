import type { Deps } from "../../deps.ts";
import { AppError } from "../../errors.ts";
import {
  findFailureRun,
  purgeFailures,
  recordFailure,
  resetFailures,
  SIGN_IN_FAILURE_RUNS,
} from "../failure-runs.repository.ts";

/** Five wrong passwords in a row for one user id from one source lock that pair for fifteen minutes. */
export const SIGN_IN_LOCK_AFTER = 5;
export const SIGN_IN_LOCK_MS = 15 * 60_000;
/** A run of failures is forgotten after a day without any (unless it still locks). */
const FAILURE_MEMORY_MS = 24 * 60 * 60_000;
const PURGE_ONE_IN = 64;

/**
 * Guessing is slow: each try costs a scrypt check, and a user id is locked after SIGN_IN_LOCK_AFTER
 * failures, for the source address they came from only, so a stranger elsewhere cannot lock its owner out.
 * Unknown user ids are counted alike (the answer never tells whether an id exists).
 */
export async function refuseWhileLocked(deps: Deps, userId: string, source: string): Promise<void> {
  const run = await findFailureRun(deps.db, SIGN_IN_FAILURE_RUNS, userId, source);
  const now = deps.clock.now();
  if (run?.lockedUntil != null && run.lockedUntil > now) {
    const retryAfterSeconds = Math.ceil((run.lockedUntil - now) / 1000);
    throw new AppError(
      "RATE_LIMITED",
      `Too many failed sign-ins for this user from this address; retry after ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
  }
}

export async function recordSignInFailure(deps: Deps, userId: string, source: string): Promise<void> {
  const now = deps.clock.now();
  if (Math.random() * PURGE_ONE_IN < 1)
    await purgeFailures(deps.db, SIGN_IN_FAILURE_RUNS, now, FAILURE_MEMORY_MS);
  await recordFailure(deps.db, SIGN_IN_FAILURE_RUNS, {
    subject: userId,
    source,
    now,
    lockAfter: SIGN_IN_LOCK_AFTER,
    lockUntil: now + SIGN_IN_LOCK_MS,
  });
}

export async function clearSignInFailures(deps: Deps, userId: string, source: string): Promise<void> {
  await resetFailures(deps.db, SIGN_IN_FAILURE_RUNS, userId, source);
}
