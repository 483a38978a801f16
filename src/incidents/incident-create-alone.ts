import type { Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import { changeVersionsOf, knowChangeVersions } from "./change-versions.ts";
import type { ChangeVersions } from "./incident-counters.repository.ts";
import {
  type IncidentEventBus,
  type IncidentTx,
  inIncidentTransaction,
  openIncidentTx,
  type TransactionDeps,
} from "./incident-transaction.ts";
import { writeNewIncidentAlone } from "./incident-writer.ts";

/**
 * A create on PostgreSQL in one round trip (docs/scaling.md). A single statement in autocommit is atomic
 * and, once answered, durable (its commit flushes the WAL like a COMMIT does), so a create that nothing
 * else writes for needs no BEGIN and COMMIT around its one data-modifying WITH.
 *
 * Whether something else writes is found out by running the create's work as usual, against a
 * transaction that refuses any use: a subscriber, a WarRoom auto-start or any later step that sends a
 * statement (a write, or a read to fill a cache) stops the attempt, and the create runs again in a
 * transaction. The subscribers decide from their per-node caches at the change versions this node saw
 * last; the statement writes only if the stored versions are still those (else nothing, and the create
 * runs in a transaction that reads them), so a subscription, rule or setting committed before the create
 * is never missed.
 */

/** Thrown by the refusing transaction: the create needs a real one. */
class NeedsTransaction extends Error {}

/** A stand-in for the transaction: touching it in any way notes it and throws NeedsTransaction. */
function refusingTransaction(used: { yes: boolean }): Transaction<Database> {
  return new Proxy(
    {},
    {
      get() {
        used.yes = true;
        throw new NeedsTransaction("this create needs a transaction");
      },
    },
  ) as Transaction<Database>;
}

/** The change versions the last create of this node read, per event bus (so per node). */
const versionsSeen = new WeakMap<IncidentEventBus, ChangeVersions>();

/** `work` (a create) without a transaction, if it writes nothing but the new incident; else undefined. */
async function tryAlone<T>(
  deps: TransactionDeps,
  work: (tx: IncidentTx) => Promise<T>,
  versions: ChangeVersions,
): Promise<{ result: T } | undefined> {
  const used = { yes: false };
  const alone: NonNullable<IncidentTx["alone"]> = {};
  const { tx, finish, committed } = openIncidentTx(refusingTransaction(used), deps.incidentEvents, alone);
  knowChangeVersions(tx, versions);
  let result: T;
  try {
    result = await work(tx);
    await finish();
  } catch {
    // A refusal, or a step needing the database: the transaction runs the work again and answers for it.
    return undefined;
  }
  if (used.yes || !alone.rows) return undefined;
  if (!(await writeNewIncidentAlone(deps.db, alone.rows, versions))) return undefined;
  for (const fn of committed) fn();
  return { result };
}

/**
 * Runs `work`, a create that writes its incident through the incident writer, as one statement where the
 * engine allows it and nothing else writes (see above); otherwise in a transaction (`"grouped"`: SQLite's
 * group commit), as before. A create that must also write rows of its own uses inIncidentTransaction.
 */
export async function createAlone<T>(
  deps: TransactionDeps,
  work: (tx: IncidentTx) => Promise<T>,
): Promise<T> {
  if (!sqlCapabilitiesOf(deps.db).insertsTogether) return inIncidentTransaction(deps, work, "grouped");
  const versions = versionsSeen.get(deps.incidentEvents);
  const done = versions && (await tryAlone(deps, work, versions));
  if (done) return done.result;
  return inIncidentTransaction(
    deps,
    async (tx) => {
      const result = await work(tx);
      // Given by the create's own statement (no read): what the subscribers' caches now hold.
      versionsSeen.set(deps.incidentEvents, await changeVersionsOf(tx));
      return result;
    },
    "grouped",
  );
}
