import type { Deps } from "../../deps.ts";
import { AppError } from "../../errors.ts";
import {
  findFailureRun,
  purgeFailures,
  recordFailure,
  resetFailures,
  SIGN_IN_FAILURE_RUNS,
} from "../failure-runs.repository.ts";
import { createRateLimiter } from "../rate-limit.ts";

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

/**
 * Sign-in attempts per source address on this node, whatever the user id: each costs a scrypt check
 * (32 MiB, ~0.1 s of a libuv thread), so one address spraying user ids must not occupy the server.
 */
export function signInBudget(deps: Deps): { take(source: string): void } {
  const perMinute = deps.config.sessions.signInPerMinute;
  const limiter = createRateLimiter(perMinute / 60, Math.max(1, perMinute), deps.clock);
  return {
    take(source) {
      try {
        limiter.take(source);
      } catch (error) {
        if (!(error instanceof AppError) || error.retryAfterSeconds === undefined) throw error;
        throw new AppError(
          "RATE_LIMITED",
          `Too many sign-in attempts from this address (at most ${perMinute} a minute); retry after ${error.retryAfterSeconds} s`,
          { retryAfterSeconds: error.retryAfterSeconds },
        );
      }
    },
  };
}
