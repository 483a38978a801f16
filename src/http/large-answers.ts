import type { onSendHookHandler } from "fastify";

/** Answers from this size on (in UTF-16 code units) are handed to the socket as bytes. */
export const LARGE_ANSWER_CHARS = 16 * 1024;

/**
 * Turns a large serialized answer into UTF-8 bytes once, before Fastify sends it. Left a string, the
 * answer is measured for Content-Length (`Buffer.byteLength`, which first flattens the serializer's
 * thousands of concatenated pieces) and then encoded again by the socket write: for a 100-row page
 * (about 170 kB, mostly CJK text) that was half of the request's CPU time — 7.4 ms of CPU per request
 * before, 3.8 ms after, measured at 1,000,000 incidents (docs/benchmarks.md, session 12). Small answers
 * are left alone: for them the string path is as cheap and the copy would only add garbage.
 */
export const sendLargeAnswersAsBytes: onSendHookHandler = (_request, _reply, payload, done) => {
  if (typeof payload === "string" && payload.length >= LARGE_ANSWER_CHARS) done(null, Buffer.from(payload));
  else done(null, payload);
};
