import { lazySecretBox, loadMasterKey, type SecretBox } from "./auth/aksk/secret-box.ts";
import { createRateLimiter, type RateLimiter } from "./auth/rate-limit.ts";
import { createTokenCache, type TokenCache } from "./auth/token-cache.ts";
import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db/database.ts";
import { type Committer, createCommitter } from "./db/group-commit.ts";
import { type ConcurrencyLimiter, createConcurrencyLimiter } from "./http/concurrency-limit.ts";
import { DetailNameCache } from "./incidents/incident-names.ts";

/** Everything a service needs, passed in explicitly (no module-level singletons). */
export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  tokenCache: TokenCache;
  /** Encrypts and decrypts access keys' secrets (master key). */
  secretBox: SecretBox;
  rateLimiter: RateLimiter;
  /** Expensive requests (lists, histories, exports) running at once per credential. */
  searchLimiter: ConcurrencyLimiter;
  /** Runs the transactions of incident creates, committed in groups on SQLite (db/group-commit.ts). */
  committer: Committer;
  /** Display names for the detail view, checked against the directory version on every read. */
  detailNames: DetailNameCache;
}

export function createDeps(config: Config, db: Db, clock: Clock, secretBox?: SecretBox): Deps {
  return {
    db,
    clock,
    config,
    tokenCache: createTokenCache(config.authCacheMs, clock),
    secretBox: secretBox ?? lazySecretBox(() => loadMasterKey(config)),
    rateLimiter: createRateLimiter(config.limits.ratePerSecond, config.limits.rateBurst, clock),
    searchLimiter: createConcurrencyLimiter(config.limits.searchConcurrency),
    committer: createCommitter(db),
    detailNames: new DetailNameCache(),
  };
}
