import type { FastifyReply, FastifyRequest } from "fastify";
import type { Deps } from "../deps.ts";
import { reusedAnswers } from "./answer-cache.ts";
import { callerOf } from "./app-types.ts";
import { sendLargeAnswersAsBytes } from "./large-answers.ts";

const started = new WeakSet<FastifyRequest>();

/**
 * Route options for an expensive endpoint: the caller's slot is taken as soon as the caller is known
 * (a token: before the body is read, so a refusal costs next to nothing; a signature: once verified) and
 * given back when the response is over (sent, streamed to the end, or abandoned). Their answers are
 * large: they go to the socket as bytes (large-answers.ts). With `reuseAs` (the route's name), an answer
 * is reused while the database is unchanged (answer-cache.ts).
 */
export function expensiveRoute(deps: Deps, reuseAs?: string) {
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
  if (reuseAs === undefined) return { onRequest: start, preHandler: start, onSend: sendLargeAnswersAsBytes };
  const reuse = reusedAnswers(deps, reuseAs);
  return {
    onRequest: start,
    preHandler: [start, reuse.preHandler],
    onSend: [sendLargeAnswersAsBytes, reuse.onSend],
  };
}
