import type { Kysely, Transaction } from "kysely";
import type { IncidentFactsTable } from "../analytics/incident-facts.table.ts";
import type { Database } from "../db/database.ts";
import type { Committer } from "../db/group-commit.ts";
import type { IncidentHistoryTable } from "./incident.table.ts";
import type { Incident } from "./incident.ts";
import type { IncidentEventType, PublishedChange } from "./incident-events.ts";

/**
 * The transaction an incident change runs in: the database transaction, the subscribers to tell about
 * each change, and what to do once the transaction has committed (never if it rolls back).
 */
export interface IncidentTx {
  readonly trx: Transaction<Database>;
  readonly events: IncidentEventBus;
  /** Runs `fn` after the transaction has committed; a rolled-back transaction never runs it. */
  afterCommit(fn: () => void): void;
  /**
   * Runs `fn` in the transaction once the caller's work is done, before the commit (for a subscriber that
   * needs rows the caller writes after the change, such as a new WarRoom). Throwing rolls the change back.
   */
  beforeCommit(fn: () => Promise<void>): void;
  /**
   * What `read` gives, read once per transaction for `key`: subscribers needing the same small read (the
   * change versions, change-versions.ts) share one round trip instead of each taking its own while the
   * change holds its locks.
   */
  once<T>(key: object, read: () => Promise<T>): Promise<T>;
  /**
   * Set when a create runs without a transaction (incident-create-alone.ts): `trx` then refuses any use,
   * and the writer leaves its new incident's rows here, to be written by one statement of their own.
   */
  readonly alone?: { rows?: NewIncidentRows };
}

/** What a create writes: the incident, its first history entry and its analytics facts. */
export interface NewIncidentRows {
  incident: Incident;
  history: IncidentHistoryTable;
  facts: IncidentFactsTable;
}

/**
 * Called inside the change's transaction, after the incident row and its history entry are written: a
 * subscriber may write more rows in `tx.trx` (they commit or roll back with the change), or defer work
 * until the commit with `tx.afterCommit`. Throwing rolls the change back.
 */
export type IncidentSubscriber = (change: PublishedChange, tx: IncidentTx) => void | Promise<void>;

/** The subscribers of incident changes (one per process, in Deps). */
export class IncidentEventBus {
  readonly #subscribers: Array<{ types: ReadonlySet<IncidentEventType> | null; fn: IncidentSubscriber }> = [];

  /** `types` omitted: every event. Returns the unsubscribe function. */
  subscribe(fn: IncidentSubscriber, types?: IncidentEventType[]): () => void {
    const entry = { types: types ? new Set(types) : null, fn };
    this.#subscribers.push(entry);
    return () => {
      const i = this.#subscribers.indexOf(entry);
      if (i >= 0) this.#subscribers.splice(i, 1);
    };
  }

  async publish(change: PublishedChange, tx: IncidentTx): Promise<void> {
    for (const { types, fn } of this.#subscribers) {
      if (types === null || types.has(change.event.type)) await fn(change, tx);
    }
  }
}

export interface TransactionDeps {
  db: Kysely<Database>;
  committer: Committer;
  incidentEvents: IncidentEventBus;
}

/**
 * Runs `work` in its own transaction (`"grouped"`: the committer's, which on SQLite shares one commit
 * among concurrent creates) and then the after-commit work it registered, in order.
 */
export async function inIncidentTransaction<T>(
  deps: TransactionDeps,
  work: (tx: IncidentTx) => Promise<T>,
  mode: "own" | "grouped" = "own",
): Promise<T> {
  const run = async (trx: Transaction<Database>) => {
    const opened = openIncidentTx(trx, deps.incidentEvents);
    const result = await work(opened.tx);
    await opened.finish();
    committed = opened.committed;
    return result;
  };
  let committed: Array<() => void> = [];
  const result =
    mode === "grouped" ? await deps.committer.run(run) : await deps.db.transaction().execute(run);
  for (const fn of committed) fn();
  return result;
}

/**
 * An IncidentTx over `trx`; `finish` runs the work registered for just before the commit, `committed`
 * holds what to run once it has committed.
 */
export function openIncidentTx(
  trx: Transaction<Database>,
  events: IncidentEventBus,
  alone?: IncidentTx["alone"],
): { tx: IncidentTx; finish: () => Promise<void>; committed: Array<() => void> } {
  const committed: Array<() => void> = [];
  const finishing: Array<() => Promise<void>> = [];
  const reads = new Map<object, Promise<unknown>>();
  const tx: IncidentTx = {
    trx,
    events,
    afterCommit: (fn) => committed.push(fn),
    beforeCommit: (fn) => finishing.push(fn),
    once: <T>(key: object, read: () => Promise<T>) => {
      const shared = reads.get(key) ?? read();
      reads.set(key, shared);
      return shared as Promise<T>;
    },
    ...(alone ? { alone } : {}),
  };
  const finish = async () => {
    for (const fn of finishing) await fn();
  };
  return { tx, finish, committed };
}
