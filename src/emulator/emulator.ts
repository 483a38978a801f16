import { createHash } from "node:crypto";
import { createRateLimiter } from "../auth/rate-limit.ts";
import { createTokenCache } from "../auth/token-cache.ts";
import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import type { EmulatorClock } from "./emulator-clock.ts";
import { FaultList } from "./emulator-faults.ts";
import { Journal } from "./emulator-journal.ts";
import { restoreSnapshot, type Snapshot, takeSnapshot } from "./emulator-snapshot.repository.ts";
import { RequestGate } from "./request-gate.ts";
import { loadSeed, type SeedSummary } from "./seed/load-seed.ts";

/**
 * The emulator's fixed credentials (docs/emulator.md): documented, so a test needs no set-up step. They are
 * not secrets: an emulator is for tests. INCIDENTD_BOOTSTRAP_PROJECT_ID, _TOKEN, _ACCESS_KEY and
 * _SECRET_KEY override them, as on a normal first start.
 */
export const EMULATOR_CREDENTIALS = {
  projectId: "0123456789abcdef0123456789abcdef",
  token: "incidentd-emulator-admin-token",
  accessKey: "EMULATORACCESSKEY000",
  secretKey: "incidentd-emulator-secret-key-0000000000",
} as const;

/** The in-memory emulator's master key: fixed, so incident numbers are the same on every run. */
export const EMULATOR_MASTER_KEY = createHash("sha256").update("incidentd emulator master key").digest();

export interface EmulatorCredentials {
  projectId: string;
  token: string;
  accessKey: string;
  secretKey: string;
}

/** The background loops, stopped while a reset runs and run once after the clock moves. */
export interface EmulatorWorkers {
  start(): void;
  stop(): Promise<void>;
  /** Runs the passes whose timers follow the clock (transfer rules, escalations) and wakes the others. */
  settle(): Promise<void>;
}

export interface EmulatorParts {
  deps: Deps;
  clock: EmulatorClock;
  credentials: EmulatorCredentials;
  /** The state right after bootstrap (taken once, on first use). */
  emptyState: () => Promise<Snapshot>;
  workers: EmulatorWorkers;
}

/** Emulator mode's state: the clock, faults, journal, the reset gate and the remembered seed. */
export class Emulator {
  readonly deps: Deps;
  readonly clock: EmulatorClock;
  readonly credentials: EmulatorCredentials;
  readonly faults = new FaultList();
  readonly journal = new Journal();
  readonly gate = new RequestGate();
  readonly workers: EmulatorWorkers;
  #emptyState: () => Promise<Snapshot>;
  #seedState: Snapshot | undefined;

  constructor(parts: EmulatorParts) {
    this.deps = parts.deps;
    this.clock = parts.clock;
    this.credentials = parts.credentials;
    this.workers = parts.workers;
    let empty: Promise<Snapshot> | undefined;
    this.#emptyState = () => {
      empty ??= parts.emptyState();
      return empty;
    };
  }

  get hasSeed(): boolean {
    return this.#seedState !== undefined;
  }

  /**
   * Back to the state after bootstrap ("empty") or after the last seed ("seed"), alone (requests wait):
   * data, in-memory caches, faults, the journal and the clock (the machine's time again, running).
   */
  async reset(to: "empty" | "seed"): Promise<void> {
    const seed = this.#seedState;
    if (to === "seed" && !seed)
      throw new AppError(
        "INVALID_PARAMETER",
        "to: no seed is loaded; POST the fixture to …/emulator/seed first",
      );
    await this.gate.exclusive(async () => {
      await this.#restore(seed && to === "seed" ? seed : await this.#emptyState());
      this.faults.clear();
      this.journal.clear();
      this.clock.restore();
    });
  }

  /**
   * Empty state plus the fixture, remembered for `reset("seed")`. A fixture the loader refuses changes
   * nothing: the state before is put back.
   */
  async seed(fixture: unknown): Promise<SeedSummary> {
    return this.gate.exclusive(async () => {
      const before = await takeSnapshot(this.deps.db);
      await this.#restore(await this.#emptyState());
      try {
        const summary = await loadSeed(this.deps, fixture);
        this.#seedState = await takeSnapshot(this.deps.db);
        return summary;
      } catch (error) {
        await this.#restore(before);
        throw error;
      }
    });
  }

  /**
   * After the clock moved back: rate-limit buckets and cached tokens remember a later "now" (a bucket
   * would refuse requests until that time came again), so both start afresh.
   */
  clockMovedBack(): void {
    this.#freshCaches();
  }

  #freshCaches(): void {
    const { config, clock } = this.deps;
    this.deps.tokenCache = createTokenCache(config.authCacheMs, clock);
    this.deps.rateLimiter = createRateLimiter(config.limits.ratePerSecond, config.limits.rateBurst, clock);
  }

  async #restore(snapshot: Snapshot): Promise<void> {
    await this.workers.stop();
    try {
      await restoreSnapshot(this.deps.db, snapshot);
      this.#freshCaches();
      this.deps.detailNames.clear();
      this.deps.oncallScenes.clear();
      this.deps.projectSettings.clear();
    } finally {
      this.workers.start();
    }
  }
}
