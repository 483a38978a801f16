import type { FastifyReply, FastifyRequest } from "fastify";
import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import { callerOf } from "./app-types.ts";

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

const started = new WeakSet<FastifyRequest>();

/**
 * Route options for an expensive endpoint: the caller's slot is taken as soon as the caller is known
 * (a token: before the body is read, so a refusal costs next to nothing; a signature: once verified) and
 * given back when the response is over (sent, streamed to the end, or abandoned).
 */
export function expensiveRoute(deps: Deps) {
  const start = (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (started.has(request) || !request.credential) return done();
    const caller = callerOf(request);
    let end: () => void;
    try {
      end = deps.searchLimiter.acquire(`${caller.kind}:${caller.id}`);
    } catch (error) {
      return done(error as Error);
    }
    started.add(request);
    reply.raw.once("close", end);
    done();
  };
  return { onRequest: start, preHandler: start };
}
