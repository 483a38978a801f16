import { keepIncidentFacts } from "./analytics/incident-facts.ts";
import { lazySecretBox, loadMasterKey, type SecretBox } from "./auth/aksk/secret-box.ts";
import { createRateLimiter, type RateLimiter } from "./auth/rate-limit.ts";
import { createTokenCache, type TokenCache } from "./auth/token-cache.ts";
import type { Clock } from "./clock.ts";
import { type ConcurrencyLimiter, createConcurrencyLimiter } from "./concurrency-limiter.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db/database.ts";
import { type Committer, createCommitter } from "./db/group-commit.ts";
import { type StampedCache, stampedCacheFor } from "./db/stamped-cache.ts";
import { IncidentEventCounter } from "./incidents/incident-event-counter.ts";
import { DetailNameCache } from "./incidents/incident-names.ts";
import { lazyNumberSuffixes, type NumberSuffixes } from "./incidents/incident-number.ts";
import { IncidentEventBus } from "./incidents/incident-transaction.ts";
import { INCIDENT_COUNTER, SequenceSource } from "./incidents/sequence-source.ts";
import { Metrics } from "./metrics/metrics.ts";
import { NotificationOutbox } from "./notifications/notification-outbox.ts";
import { keepEscalationTimers } from "./oncall/escalation-timers.ts";
import { SceneCache } from "./oncall/scene-cache.ts";
import { SettingsCache } from "./settings/settings-cache.ts";
import { WebhookOutbox } from "./webhooks/webhook-outbox.ts";

/** Everything a service needs, passed in explicitly (no module-level singletons). */
export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  tokenCache: TokenCache;
  /** Encrypts and decrypts access keys' secrets (master key). */
  secretBox: SecretBox;
  /** The keyed permutation behind incident and WarRoom numbers (a sub-key of the master key). */
  numberSuffixes: NumberSuffixes;
  /** The sequence behind incident numbers (in blocks per node on PostgreSQL: sequence-source.ts). */
  incidentSequence: SequenceSource;
  rateLimiter: RateLimiter;
  /** Expensive requests (lists, histories, exports) running at once per credential. */
  searchLimiter: ConcurrencyLimiter;
  /** Answers of repeated list reads, reused while the data is unchanged (SQLite only; http/answer-cache.ts). */
  answerCache: StampedCache | undefined;
  /** Runs the transactions of incident creates, committed in groups on SQLite (db/group-commit.ts). */
  committer: Committer;
  /** Display names for the detail view, checked against the directory version on every read. */
  detailNames: DetailNameCache;
  /** The subscribers of incident changes, told inside each change's transaction (incident-writer.ts). */
  incidentEvents: IncidentEventBus;
  /** Committed incident events by type and level (the bus's in-process subscriber). */
  incidentEventCounts: IncidentEventCounter;
  /** Compiled on-call scenes, checked against their stored version on every use. */
  oncallScenes: SceneCache;
  /** Project settings (WarRoom auto-start on create), checked against their version on every use. */
  projectSettings: SettingsCache;
  /** Writes webhook deliveries in each change's transaction (the bus's outbox subscriber). */
  webhookOutbox: WebhookOutbox;
  /** Writes people's notifications (their rules and contact methods) in each change's transaction. */
  notificationOutbox: NotificationOutbox;
  /** This app's Prometheus metrics (a registry of its own; docs/observability.md). */
  metrics: Metrics;
}

/**
 * `masterKey`: the key itself (tests: a fixed key gives fixed numbers), or how to load it once on first
 * use (the server and the CLI: checked against the stored secrets, master-key.ts); else `loadMasterKey`.
 */
export function createDeps(
  config: Config,
  db: Db,
  clock: Clock,
  masterKey?: Buffer | (() => Buffer),
  metrics: Metrics = new Metrics(),
): Deps {
  let loaded = Buffer.isBuffer(masterKey) ? masterKey : undefined;
  const load = () => {
    loaded ??= typeof masterKey === "function" ? masterKey() : loadMasterKey(config);
    return loaded;
  };
  const incidentEvents = new IncidentEventBus();
  const oncallScenes = new SceneCache();
  keepEscalationTimers(incidentEvents, oncallScenes);
  keepIncidentFacts(incidentEvents);
  const detailNames = new DetailNameCache();
  const webhookOutbox = new WebhookOutbox(incidentEvents, detailNames);
  metrics.watch(db, incidentEvents);
  return {
    db,
    clock,
    config,
    tokenCache: createTokenCache(config.authCacheMs, clock),
    secretBox: lazySecretBox(load),
    numberSuffixes: lazyNumberSuffixes(load),
    incidentSequence: new SequenceSource(db, INCIDENT_COUNTER),
    rateLimiter: createRateLimiter(config.limits.ratePerSecond, config.limits.rateBurst, clock),
    searchLimiter: createConcurrencyLimiter(config.limits.searchConcurrency),
    answerCache: stampedCacheFor(db, config.limits.answerCacheBytes),
    committer: createCommitter(db),
    detailNames,
    incidentEvents,
    incidentEventCounts: new IncidentEventCounter(incidentEvents),
    oncallScenes,
    projectSettings: new SettingsCache(),
    webhookOutbox,
    notificationOutbox: new NotificationOutbox(incidentEvents, detailNames, webhookOutbox),
    metrics,
  };
}
