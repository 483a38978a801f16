import type { Clock } from "../clock.ts";
import { AppError } from "../errors.ts";

/**
 * Per-credential request budget: a token bucket holding `burst` requests, refilled at `perSecond`. Kept in
 * this node's memory, so behind a load balancer each node grants its own budget (docs/security.md).
 */
export interface RateLimiter {
  /** Spends one request of `key`'s budget, or throws 429 saying when to retry. */
  take(key: string): void;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const MAX_BUCKETS = 100_000;

export function createRateLimiter(perSecond: number, burst: number, clock: Clock): RateLimiter {
  if (perSecond <= 0) return { take: () => undefined };
  const buckets = new Map<string, Bucket>();
  const perMs = perSecond / 1000;
  return {
    take(key) {
      const now = clock.now();
      let bucket = buckets.get(key);
      if (!bucket) {
        // Full buckets carry no information; dropping them all bounds memory without favouring anyone.
        if (buckets.size >= MAX_BUCKETS) buckets.clear();
        bucket = { tokens: burst, updatedAt: now };
        buckets.set(key, bucket);
      }
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updatedAt) * perMs);
      bucket.updatedAt = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      throw new AppError(
        "RATE_LIMITED",
        `The throttling threshold has been reached: at most ${perSecond} requests per second (bursts of ${burst}) per credential; retry after ${retryAfterSeconds} s`,
        { retryAfterSeconds },
      );
    },
  };
}
