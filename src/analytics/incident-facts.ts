import type { Incident } from "../incidents/incident.ts";
import type { PublishedChange } from "../incidents/incident-events.ts";
import type { IncidentEventBus } from "../incidents/incident-transaction.ts";
import { isEndNode } from "../workflow/workflow.ts";
import { updateFacts } from "./incident-facts.repository.ts";
import type { IncidentFactsTable } from "./incident-facts.table.ts";

/** What one change does to an incident's facts row: a new row, some columns, or nothing. */
export type FactsUpdate = Partial<
  Omit<IncidentFactsTable, "project_id" | "incident_num" | "first_accepted_at">
>;
export type FactsChange = { insert: IncidentFactsTable } | { update: FactsUpdate; accepted?: number } | null;

const dimensionsOf = (incident: Incident) => ({
  level: incident.level,
  application: incident.currentCloudService,
  source: incident.source,
  assignee: incident.assignee,
});

/** A new incident's facts row: nothing measured yet. */
export function newIncidentFacts(incident: Incident): IncidentFactsTable {
  return {
    project_id: incident.projectId,
    incident_num: incident.number,
    created_at: incident.createTime,
    first_accepted_at: null,
    resolved_at: null,
    closed_at: null,
    ...dimensionsOf(incident),
  };
}

/**
 * The facts a change implies (docs/analytics.md): pure, from the event and the incident before and after.
 * - `created`: the row, nothing measured yet.
 * - `accepted`: the first acceptance (only the first counts; `accepted` is written only if still empty).
 * - `solved`: the solution's time; `verified` with resolved=false (back to handling) withdraws it.
 * - reaching the end node (verified, or the creator accepting a rejection): the close.
 * - any change to the level, application, source or assignee: the new value (the incident's current).
 * Forwarding, rejecting, reopening, pauses and remarks change nothing else: the clocks keep running
 * from the creation.
 */
export function factsChangeOf({ event, before, after }: PublishedChange): FactsChange {
  if (before === null) return { insert: newIncidentFacts(after) };
  const dims = dimensionsOf(after);
  const update: FactsUpdate = {};
  if (before.level !== dims.level) update.level = dims.level;
  if (before.currentCloudService !== dims.application) update.application = dims.application;
  if (before.source !== dims.source) update.source = dims.source;
  if (before.assignee !== dims.assignee) update.assignee = dims.assignee;
  if (event.type === "solved") update.resolved_at = event.at;
  if (event.type === "verified" && !event.resolved) update.resolved_at = null;
  if (isEndNode(after.node) && !isEndNode(before.node)) update.closed_at = event.at;
  const accepted = event.type === "accepted" ? event.at : undefined;
  if (Object.keys(update).length === 0 && accepted === undefined) return null;
  return accepted === undefined ? { update } : { update, accepted };
}

/**
 * Keeps incident_facts in each change's transaction: it commits or rolls back with the change. A new
 * incident's row is not written here: the incident writer inserts it with the incident (on PostgreSQL in
 * the same statement: incident.repository.ts).
 */
export function keepIncidentFacts(bus: IncidentEventBus): void {
  bus.subscribe(async (change, tx) => {
    const facts = factsChangeOf(change);
    if (facts === null || "insert" in facts) return;
    await updateFacts(tx.trx, change.after.projectId, change.after.number, facts.update, facts.accepted);
  });
}
