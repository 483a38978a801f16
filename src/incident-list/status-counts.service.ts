import type { Credential } from "../auth/credential.ts";
import { INCIDENT_STATUS } from "../catalogue/catalogue.ts";
import { expensiveReadsOf } from "../db/expensive-reads.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import type { Deps } from "../deps.ts";
import { countIncidents } from "../incidents/incident-counters.repository.ts";
import { compileWhere, type ObjectFilter } from "./filter-compiler.ts";
import { countMatchingUpTo, countPerStatusUpTo } from "./list.repository.ts";
import { checkFilterCost } from "./list-counts.ts";
import { INCIDENT_FIELDS } from "./list-fields.ts";

/** The statuses an incident list shows (COC's work_flow_status values), in workflow order. */
export const LIST_STATUSES = [
  INCIDENT_STATUS.TRIGGERED,
  INCIDENT_STATUS.ACKNOWLEDGED,
  INCIDENT_STATUS.RESOLVED,
  INCIDENT_STATUS.REJECTED,
  INCIDENT_STATUS.COMPLETED,
] as const;

export interface CappedCount {
  /** Exact when `capped` is false; `cap` when more than `cap` match. */
  count: number;
  capped: boolean;
}

export interface StatusCounts {
  cap: number;
  total: CappedCount;
  statuses: Array<CappedCount & { status: string }>;
}

const capped = (count: number, cap: number): CappedCount =>
  count > cap ? { count: cap, capped: true } : { count, capped: false };

/**
 * The console's tabs: how many incidents match the filters, in all and per status. A count over the whole
 * match set costs as many index entries as there are matches (16 ms at 1,000,000, on every poll of every
 * open console); counted up to a cap (INCIDENTD_STATUS_COUNT_CAP, "10,000+" beyond it, as PagerDuty caps
 * its totals) each costs at most cap + 1 entries. The unfiltered total is the maintained counter: exact.
 */
export async function countIncidentsByStatus(
  deps: Deps,
  caller: Credential,
  filters: { stringFilters: ObjectFilter[]; intFilters: ObjectFilter[] },
): Promise<StatusCounts> {
  const sqlOf = sqlCapabilitiesOf(deps.db);
  const main = compileWhere(INCIDENT_FIELDS, sqlOf, filters.stringFilters, filters.intFilters);
  checkFilterCost(1 + LIST_STATUSES.length, main, []);
  const cap = deps.config.limits.statusCountCap;
  const reads = expensiveReadsOf(deps.db);
  const { projectId } = caller;
  const total = main.where
    ? capped(await countMatchingUpTo(reads, projectId, main.where, cap), cap)
    : { count: await countIncidents(deps.db, projectId), capped: false };
  const perStatus = await countPerStatusUpTo(reads, projectId, main.where, LIST_STATUSES, cap);
  return {
    cap,
    total,
    statuses: LIST_STATUSES.map((status, i) => ({ status, ...capped(perStatus[i] ?? 0, cap) })),
  };
}
