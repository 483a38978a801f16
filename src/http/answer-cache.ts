import type { FastifyReply, FastifyRequest, onSendHookHandler } from "fastify";
import type { Deps } from "../deps.ts";
import { callerOf } from "./app-types.ts";

/*
 * Recent answers of repeatable reads (the web console's list page and its status counts, which every
 * open console asks again every 5 s), reused while the database is unchanged: an answer is kept with the
 * change stamp read *before* its data was read, and reused only while the stamp is still that one
 * (db/stamped-cache.ts), so a reused answer is exactly what the query would answer now. Any commit (an
 * incident created, a comment, a user renamed) changes the stamp, and the next ask reads afresh. SQLite
 * only: PostgreSQL's other nodes commit without this process knowing (docs/search.md).
 */

const pending = new WeakMap<FastifyRequest, { key: string; stamp: string }>();

/**
 * Route hooks for a read that answers the same to every caller of a project for the same body (the route
 * `name` is part of the key, with the caller's project and the validated body): the preHandler answers
 * a kept answer, and the onSend keeps a fresh 200 answer (after the expensive route's own onSend turned
 * it into bytes). Other statuses are never kept.
 */
export function reusedAnswers(deps: Deps, name: string) {
  const preHandler = async (request: FastifyRequest, reply: FastifyReply) => {
    const cache = deps.answerCache;
    if (!cache) return;
    const key = `${name}\n${callerOf(request).projectId}\n${JSON.stringify(request.body ?? null)}`;
    const stamp = cache.stamp();
    const answer = cache.get(key, stamp);
    deps.metrics.countAnswerReuse(name, answer !== undefined);
    if (!answer) {
      pending.set(request, { key, stamp });
      return;
    }
    reply.header("content-type", answer.contentType);
    return reply.send(answer.body);
  };
  const onSend: onSendHookHandler = (request, reply, payload, done) => {
    const read = pending.get(request);
    const contentType = reply.getHeader("content-type");
    if (
      read &&
      deps.answerCache &&
      reply.statusCode === 200 &&
      typeof contentType === "string" &&
      (typeof payload === "string" || Buffer.isBuffer(payload))
    )
      deps.answerCache.keep(read.key, { stamp: read.stamp, body: payload, contentType });
    done(null, payload);
  };
  return { preHandler, onSend };
}
