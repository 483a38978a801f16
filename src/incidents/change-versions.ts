import { type ChangeVersions, readChangeVersions } from "./incident-counters.repository.ts";
import type { IncidentTx } from "./incident-transaction.ts";

export type { ChangeVersions };

/** The key under which one transaction's subscribers share the versions (IncidentTx.once). */
const CHANGE_VERSIONS = {};

/**
 * The change versions (incident-counters.repository.ts), read once per transaction however many
 * subscribers ask, or given by the statement that wrote a new incident (PostgreSQL reads them with its
 * writes: `knowChangeVersions`).
 */
export function changeVersionsOf(tx: IncidentTx): Promise<ChangeVersions> {
  return tx.once(CHANGE_VERSIONS, () => readChangeVersions(tx.trx));
}

/** Records versions read by a statement of the transaction, so `changeVersionsOf` sends no read. */
export function knowChangeVersions(tx: IncidentTx, versions: ChangeVersions): void {
  void tx.once(CHANGE_VERSIONS, () => Promise.resolve(versions));
}
