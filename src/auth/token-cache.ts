import type { Clock } from "../clock.ts";
import type { Credential } from "./credential.ts";

/**
 * Verified tokens are cached in memory for a short time so a request costs no credential query. A
 * revocation on this node evicts at once; other nodes see it within `ttlMs` (docs/security.md).
 */
export interface TokenCache {
  get(tokenHash: string): Credential | undefined;
  set(tokenHash: string, credential: Credential): void;
  delete(tokenHash: string): void;
}

const MAX_ENTRIES = 10_000;

export function createTokenCache(ttlMs: number, clock: Clock): TokenCache {
  const entries = new Map<string, { credential: Credential; expiresAt: number }>();
  return {
    get(tokenHash) {
      const entry = entries.get(tokenHash);
      if (!entry) return undefined;
      if (entry.expiresAt <= clock.now()) {
        entries.delete(tokenHash);
        return undefined;
      }
      return entry.credential;
    },
    set(tokenHash, credential) {
      if (ttlMs <= 0) return;
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(tokenHash, { credential, expiresAt: clock.now() + ttlMs });
    },
    delete(tokenHash) {
      entries.delete(tokenHash);
    },
  };
}
