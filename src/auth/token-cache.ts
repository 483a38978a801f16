import type { Clock } from "../clock.ts";
import type { Credential } from "./credential.ts";

/**
 * Verified tokens are cached in memory for a short time so a request costs no credential query and no
 * hash: the cache is keyed by the token as sent (hashing it on every request was 2 % of a detail read;
 * docs/benchmarks.md). A revocation on this node evicts at once, by the stored hash; other nodes see it
 * within `ttlMs`. Entries unused since they expired are swept at most once per `ttlMs`, at the cache's next
 * use, so a token stays in memory no longer than about twice the lifetime (docs/security.md).
 */
export interface TokenCache {
  get(token: string): Credential | undefined;
  set(token: string, tokenHash: string, credential: Credential): void;
  /** Evicts the token whose SHA-256 is `tokenHash` (revocation knows only the hash). */
  delete(tokenHash: string): void;
  /** Tokens held (for tests). */
  readonly size: number;
}

interface Entry {
  credential: Credential;
  tokenHash: string;
  expiresAt: number;
}

const MAX_ENTRIES = 10_000;

export function createTokenCache(ttlMs: number, clock: Clock): TokenCache {
  const entries = new Map<string, Entry>();
  const tokenOfHash = new Map<string, string>();
  let sweepAt = Number.POSITIVE_INFINITY;

  const remove = (token: string, entry: Entry) => {
    entries.delete(token);
    tokenOfHash.delete(entry.tokenHash);
  };
  // Once per lifetime at most: a sweep walks every entry, and many tokens expire at many different times.
  const sweep = (now: number) => {
    for (const [token, entry] of entries) if (entry.expiresAt <= now) remove(token, entry);
    sweepAt = entries.size > 0 ? now + ttlMs : Number.POSITIVE_INFINITY;
  };

  return {
    get(token) {
      const now = clock.now();
      if (now >= sweepAt) sweep(now);
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (entry.expiresAt <= now) {
        remove(token, entry);
        return undefined;
      }
      return entry.credential;
    },
    set(token, tokenHash, credential) {
      if (ttlMs <= 0) return;
      if (entries.size >= MAX_ENTRIES) {
        entries.clear();
        tokenOfHash.clear();
      }
      const expiresAt = clock.now() + ttlMs;
      const previous = entries.get(token);
      if (previous) remove(token, previous);
      entries.set(token, { credential, tokenHash, expiresAt });
      tokenOfHash.set(tokenHash, token);
      if (sweepAt === Number.POSITIVE_INFINITY) sweepAt = expiresAt;
    },
    delete(tokenHash) {
      const token = tokenOfHash.get(tokenHash);
      const entry = token === undefined ? undefined : entries.get(token);
      if (token !== undefined && entry) remove(token, entry);
    },
    get size() {
      return entries.size;
    },
  };
}
