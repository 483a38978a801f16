import { randomUUID } from "node:crypto";
import { newIncidentFacts } from "../analytics/incident-facts.ts";
import type { Executor } from "../db/prepared.ts";
import { AppError } from "../errors.ts";
import { knowChangeVersions } from "./change-versions.ts";
import {
  findIncident,
  insertHistory,
  insertNewIncident,
  insertNewIncidentIfVersions,
  updateIncidentIfVersion,
} from "./incident.repository.ts";
import type { IncidentHistoryTable } from "./incident.table.ts";
import type { Incident } from "./incident.ts";
import type { ChangeVersions } from "./incident-counters.repository.ts";
import { historyOf, type IncidentEvent } from "./incident-events.ts";
import type { IncidentTx, NewIncidentRows } from "./incident-transaction.ts";

/**
 * The single writer of incidents: the only code that inserts or updates an incident row or writes a
 * history entry. Every change arrives as a typed domain event; the history entry is derived from it and
 * the event is published to the subscribers inside the same transaction.
 */

/** The fields a change may set; the writer owns number, project, version and update time. */
export type IncidentFields = Omit<Incident, "number" | "projectId" | "version" | "updateTime" | "createTime">;

/**
 * Applies one change: a new incident (`before` null: version 1, history entry 1) or a change to `before`,
 * written only if the stored version is still `before.version` (optimistic concurrency). Returns the
 * incident as written, or undefined when another change got there first (nothing written, nothing
 * published: the caller reads again or gives up).
 */
export async function applyIncidentChange(
  tx: IncidentTx,
  before: Incident | null,
  after: Incident,
  event: IncidentEvent,
): Promise<Incident | undefined> {
  const written: Incident = before
    ? { ...after, version: before.version + 1, updateTime: event.at }
    : { ...after, version: 1, createTime: event.at, updateTime: event.at };
  const { action, details } = historyOf(event);
  const history: IncidentHistoryTable = {
    id: randomUUID(),
    project_id: written.projectId,
    incident_num: written.number,
    seq: written.version,
    action: action.key,
    action_name_zh: action.name_zh,
    action_name_en: action.name_en,
    operator: event.operator,
    status_before: before?.status ?? null,
    status_after: written.status,
    comment: event.comment,
    details: JSON.stringify(details),
    create_time: event.at,
  };
  if (before === null) {
    // The analytics facts row is born with the incident (the subscriber keeps it from then on).
    const facts = newIncidentFacts(written);
    if (tx.alone) tx.alone.rows = { incident: written, history, facts };
    else {
      const versions = await insertNewIncident(tx.trx, written, history, facts);
      if (versions) knowChangeVersions(tx, versions);
    }
  } else if (await updateIncidentIfVersion(tx.trx, written, before.version)) {
    await insertHistory(tx.trx, history);
  } else {
    return undefined;
  }
  await tx.events.publish({ event, before, after: written }, tx);
  return written;
}

/**
 * Writes a create's rows that `applyIncidentChange` left in `tx.alone` as one statement outside any
 * transaction (incident-create-alone.ts), if the change versions are still `versions`; true when written.
 */
export function writeNewIncidentAlone(
  db: Executor,
  { incident, history, facts }: NewIncidentRows,
  versions: ChangeVersions,
): Promise<boolean> {
  return insertNewIncidentIfVersions(db, incident, history, facts, versions);
}

/** What a change does to the incident as it now is: its new fields and the event that says why. */
export interface IncidentUpdate {
  fields: Partial<IncidentFields>;
  event: IncidentEvent;
}

export function incidentNotFound(incidentNum: string): AppError {
  return new AppError("INCIDENT_NOT_FOUND", `incident not found: ${incidentNum}`);
}

export function incidentChanged(incidentNum: string): AppError {
  return new AppError(
    "INCIDENT_CHANGED",
    `incident ${incidentNum} was changed by another request; reload it and retry`,
  );
}

/**
 * Reads the incident, asks `change` what to do with it (it may throw to refuse, or return null to leave
 * it alone) and writes the change. When a concurrent change wins the race, reads again and asks again,
 * up to `attempts` times; then fails with INCIDENT_CHANGED. In one transaction each read sees the latest
 * committed version, so a retry applies both changes.
 */
export async function updateIncident(
  tx: IncidentTx,
  projectId: string,
  incidentNum: string,
  change: (current: Incident) => IncidentUpdate | null,
  attempts = 1,
): Promise<Incident | null> {
  for (let attempt = 1; ; attempt++) {
    const current = await findIncident(tx.trx, projectId, incidentNum);
    if (!current) throw incidentNotFound(incidentNum);
    const update = change(current);
    if (update === null) return null;
    const written = await applyIncidentChange(tx, current, { ...current, ...update.fields }, update.event);
    if (written) return written;
    if (attempt >= attempts) throw incidentChanged(incidentNum);
  }
}
