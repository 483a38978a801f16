import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createConcurrencyLimiter } from "../../src/concurrency-limiter.ts";
import { AppError } from "../../src/errors.ts";

describe("per-credential concurrency limit", () => {
  it("refuses a key's request beyond the limit with 429 and Retry-After, until one ends", () => {
    const limiter = createConcurrencyLimiter(2);
    const first = limiter.acquire("token:a");
    limiter.acquire("token:a");
    assert.throws(
      () => limiter.acquire("token:a"),
      (error: AppError) =>
        error.kind === "RATE_LIMITED" &&
        error.retryAfterSeconds === 1 &&
        /at most 2 list, count, history or export requests at a time per credential/.test(error.message),
    );
    limiter.acquire("token:b");
    first();
    first(); // ending twice frees one slot only
    limiter.acquire("token:a");
    assert.throws(() => limiter.acquire("token:a"), AppError);
  });

  it("never refuses when the limit is 0", () => {
    const limiter = createConcurrencyLimiter(0);
    for (let i = 0; i < 100; i++) limiter.acquire("token:a");
  });
});
