import { AppError } from "./errors.ts";

/**
 * How many expensive requests (lists, counts, histories, exports: their cost grows with the data) one
 * credential may have running at once on this node. SQLite answers on the main thread, so without a
 * bound one reader firing many in parallel would queue every other client behind them.
 */
export interface ConcurrencyLimiter {
  /** Starts one request of `key`, answering the function that ends it; throws 429 when `key` is at its limit. */
  acquire(key: string): () => void;
}

const nothing = () => undefined;

export function createConcurrencyLimiter(limit: number): ConcurrencyLimiter {
  if (limit <= 0) return { acquire: () => nothing };
  // Only keys with a request running are kept: the map is as large as the requests in flight.
  const running = new Map<string, number>();
  return {
    acquire(key) {
      const count = running.get(key) ?? 0;
      if (count >= limit) {
        throw new AppError(
          "RATE_LIMITED",
          `The throttling threshold has been reached: at most ${limit} list, count, history or export requests at a time per credential; retry after 1 s`,
          { retryAfterSeconds: 1 },
        );
      }
      running.set(key, count + 1);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        const left = (running.get(key) ?? 1) - 1;
        if (left > 0) running.set(key, left);
        else running.delete(key);
      };
    },
  };
}
