import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Credential } from "../../src/auth/credential.ts";
import { createTokenCache } from "../../src/auth/token-cache.ts";
import { TestClock } from "../../testkit/harness.ts";

const credential = (id: string): Credential => ({
  kind: "token",
  id,
  projectId: "p1",
  role: "reader",
  principal: "u1",
  actAsOthers: false,
});

describe("token cache", () => {
  it("answers a cached token until its lifetime ends, then forgets it", () => {
    const clock = new TestClock();
    const cache = createTokenCache(2000, clock);
    cache.set("idt_a", "hash-a", credential("a"));
    assert.equal(cache.get("idt_a")?.id, "a");
    assert.equal(cache.get("idt_b"), undefined);
    clock.advance(1999);
    assert.equal(cache.get("idt_a")?.id, "a");
    clock.advance(1);
    assert.equal(cache.get("idt_a"), undefined);
    assert.equal(cache.size, 0);
  });

  it("evicts a token by its hash (revocation knows only the hash)", () => {
    const cache = createTokenCache(2000, new TestClock());
    cache.set("idt_a", "hash-a", credential("a"));
    cache.set("idt_b", "hash-b", credential("b"));
    cache.delete("hash-a");
    cache.delete("hash-unknown");
    assert.equal(cache.get("idt_a"), undefined);
    assert.equal(cache.get("idt_b")?.id, "b");
  });

  it("does not keep tokens nobody uses again: they are swept within two lifetimes", () => {
    const clock = new TestClock();
    const cache = createTokenCache(2000, clock);
    cache.set("idt_a", "hash-a", credential("a"));
    clock.advance(1000);
    cache.set("idt_b", "hash-b", credential("b"));
    clock.advance(1000);
    // idt_a expired now; a request with another token sweeps it without ever asking for it.
    cache.get("idt_other");
    assert.equal(cache.size, 1);
    clock.advance(2000);
    cache.get("idt_other");
    assert.equal(cache.size, 0);
    // After a sweep, eviction by hash no longer finds the swept token (its hash entry went with it).
    cache.set("idt_c", "hash-a", credential("c"));
    cache.delete("hash-a");
    assert.equal(cache.get("idt_c"), undefined);
  });

  it("refreshing a token replaces its entry and hash", () => {
    const clock = new TestClock();
    const cache = createTokenCache(2000, clock);
    cache.set("idt_a", "hash-a", credential("a"));
    clock.advance(1500);
    cache.set("idt_a", "hash-a", credential("a2"));
    clock.advance(1000);
    assert.equal(cache.get("idt_a")?.id, "a2");
    cache.delete("hash-a");
    assert.equal(cache.get("idt_a"), undefined);
    assert.equal(cache.size, 0);
  });

  it("caches nothing with a lifetime of 0", () => {
    const cache = createTokenCache(0, new TestClock());
    cache.set("idt_a", "hash-a", credential("a"));
    assert.equal(cache.get("idt_a"), undefined);
  });
});
