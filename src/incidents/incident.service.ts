import type { Credential } from "../auth/credential.ts";
import { findCatalogueEntry, getProjectCatalogue } from "../catalogue/catalogue.service.ts";
import { INCIDENT_STATUS } from "../catalogue/catalogue.ts";
import type { Deps } from "../deps.ts";
import { invalidParameter } from "../errors.ts";
import { type MaybePromise, mapMaybe } from "../maybe-promise.ts";
import { resolveOnCall } from "../oncall/oncall-resolution.ts";
import { autoStartWarRoom } from "../warrooms/warroom-auto-start.ts";
import { INITIAL_NODE } from "../workflow/workflow.ts";
import { findIncidentForDetail } from "./incident.repository.ts";
import {
  CREATE_FIELD_NAMES,
  type CreateFieldNames,
  checkNewIncident,
  type Incident,
  type NewIncident,
} from "./incident.ts";
import { createAlone } from "./incident-create-alone.ts";
import { type IncidentDetail, toIncidentDetail } from "./incident-detail.ts";
import type { OnCallOutcome } from "./incident-events.ts";
import { formatIncidentNumber } from "./incident-number.ts";
import { type IncidentTx, inIncidentTransaction } from "./incident-transaction.ts";
import { applyIncidentChange, incidentNotFound } from "./incident-writer.ts";
import type { SequenceTicket } from "./sequence-source.ts";

export { incidentNotFound };

export async function checkIncidentType(
  deps: Deps,
  projectId: string,
  type: string,
  field = "incident_type",
): Promise<void> {
  if (await findCatalogueEntry(deps, projectId, "incident_type", type)) return;
  const allowed = (await getProjectCatalogue(deps, projectId)).incident_type.map((e) => e.key);
  throw invalidParameter(field, `must be one of ${allowed.join(", ")}`);
}

/** Every create rule, errors naming the fields as `names` says (default: CreateCocIncident's). */
export async function checkIncidentRules(
  deps: Deps,
  projectId: string,
  fields: NewIncident,
  names: CreateFieldNames = CREATE_FIELD_NAMES,
): Promise<void> {
  checkNewIncident(fields, names);
  await checkIncidentType(deps, projectId, fields.type, names.type);
}

/** More writes that must commit or roll back with the new incident (e.g. its links to alarms). */
export type AlsoInTransaction = (tx: IncidentTx, incidentNum: string) => Promise<void>;

export interface CreateOptions {
  alsoInTransaction?: AlsoInTransaction;
  /** How the caller's wire names the fields (error messages). */
  fieldNames?: CreateFieldNames;
  /**
   * When an on-call scene + role has nobody on call: fail the create (people's requests), or create the
   * incident unassigned with the reason in its history (alarm-driven creates must not be lost).
   */
  unresolvedOnCall?: "fail" | "unassigned";
  /** Facts the creating request adds to the `created` history entry (TransferAlarmToIncident's). */
  createdFacts?: { attachment_ids?: string[]; is_change_event?: boolean };
  /**
   * A number the caller chose (the emulator's seed fixtures, checked there against
   * INCIDENT_NUMBER_PATTERN and for uniqueness) instead of the next one in the project's numbering.
   */
  number?: string;
}

/**
 * COC's scene + role without an assignee means "whoever is on call": resolved now (oncall/). Returns the
 * fields to store and what the history records.
 */
async function resolveAssignee(
  deps: Deps,
  projectId: string,
  fields: NewIncident,
  options: CreateOptions,
): Promise<{ fields: NewIncident; oncall?: OnCallOutcome }> {
  const { assignee, assigneeScene: scene, assigneeRole: role } = fields;
  if (assignee || !scene || !role) return { fields };
  const names = options.fieldNames ?? CREATE_FIELD_NAMES;
  const at = deps.clock.now();
  const resolved = await resolveOnCall(deps, projectId, { scene, role }, at, {
    scene: names.assigneeScene,
    role: names.assigneeRole,
  });
  if (resolved) return { fields: { ...fields, assignee: resolved.user_id }, oncall: resolved };
  const reason = `nobody is on call for role ${role} of scene ${scene} at ${new Date(at).toISOString()}, nor for the scene's later roles`;
  if (options.unresolvedOnCall === "unassigned")
    return { fields, oncall: { scene, role, unresolved: reason } };
  throw invalidParameter(names.assigneeRole, reason);
}

/**
 * Creates an incident: checks the domain rules (level, source, assignment, type), numbers it and stores it
 * through the single writer, with the WarRoom the project starts for its level and `alsoInTransaction`,
 * all in one transaction. The COC request body is mapped to a NewIncident at the route.
 */
export async function createIncident(
  deps: Deps,
  caller: Credential,
  asked: NewIncident,
  options: CreateOptions = {},
): Promise<string> {
  await checkIncidentRules(deps, caller.projectId, asked, options.fieldNames);
  const { fields, oncall } = await resolveAssignee(deps, caller.projectId, asked, options);
  // Reserved before the transaction opens (sequence-source.ts: on PostgreSQL it may take a new block).
  const sequence = options.number === undefined ? await deps.incidentSequence.reserve() : undefined;
  // Concurrent creates share one commit on SQLite (group commit); each is answered once it is durable. On
  // PostgreSQL a create nothing else writes for is one statement without a transaction (incident-create-alone.ts).
  const work = async (tx: IncidentTx) => {
    const now = deps.clock.now();
    const number =
      options.number ??
      formatIncidentNumber(now, await (sequence as SequenceTicket).take(tx.trx), deps.numberSuffixes);
    const incident: Incident = {
      ...fields,
      number,
      projectId: caller.projectId,
      version: 1,
      faultRecoveryTime: null,
      faultDelineationTime: null,
      warroomId: null,
      handleTime: null,
      status: INCIDENT_STATUS.TRIGGERED,
      createTime: now,
      updateTime: now,
      node: INITIAL_NODE,
      pending: null,
      lastOperator: fields.creator,
    };
    await applyIncidentChange(tx, null, incident, {
      type: "created",
      operator: fields.creator,
      at: now,
      comment: null,
      source: fields.source,
      credential_id: caller.id,
      ...(oncall ? { oncall } : {}),
      ...options.createdFacts,
    });
    await autoStartWarRoom(tx, caller, incident, deps.numberSuffixes, deps.projectSettings);
    await options.alsoInTransaction?.(tx, number);
    return number;
  };
  return options.alsoInTransaction ? inIncidentTransaction(deps, work, "grouped") : createAlone(deps, work);
}

/**
 * ShowCocIncidentDetail: an incident of another project answers exactly like a missing one. Synchronous
 * when SQLite answers on the spot (the hottest read; docs/benchmarks.md).
 */
export function getIncidentDetail(
  deps: Deps,
  caller: Credential,
  incidentNum: string,
): MaybePromise<IncidentDetail> {
  return mapMaybe(findIncidentForDetail(deps.db, caller.projectId, incidentNum), (found) => {
    if (!found) throw incidentNotFound(incidentNum);
    const { incident, directoryVersion } = found;
    return mapMaybe(deps.detailNames.namesOf(deps.db, directoryVersion, incident), (names) =>
      toIncidentDetail(incident, names),
    );
  });
}
