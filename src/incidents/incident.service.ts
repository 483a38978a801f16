import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Credential } from "../auth/credential.ts";
import { findCatalogueEntry, getProjectCatalogue } from "../catalogue/catalogue.service.ts";
import { INCIDENT_STATUS } from "../catalogue/catalogue.ts";
import type { Database } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import { toBool, toEpochMs } from "../http/wire-values.ts";
import { type MaybePromise, mapMaybe } from "../maybe-promise.ts";
import { autoStartWarRoom } from "../warrooms/warroom-auto-start.ts";
import { CREATE_ACTION, INITIAL_NODE } from "../workflow/workflow.ts";
import {
  countIncidents,
  findIncidentForDetail,
  insertHistory,
  insertIncident,
  listIncidentPage,
  nextSequence,
  raiseIncidentTotal,
} from "./incident.repository.ts";
import type { CreateIncidentBody } from "./incident.schemas.ts";
import { type Incident, type NewIncident, toNewIncident } from "./incident.ts";
import { type IncidentDetail, toIncidentDetail } from "./incident-detail.ts";
import { formatIncidentNumber } from "./incident-number.ts";

export const INCIDENT_COUNTER = "incident_number";

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

/** More writes that must commit or roll back with the new incident (e.g. its links to alarms). */
export type AlsoInTransaction = (trx: Transaction<Database>, incidentNum: string) => Promise<void>;

/** CreateCocIncident: validates, numbers and stores a new incident with its first history entry. */
export async function createIncident(
  deps: Deps,
  caller: Credential,
  body: CreateIncidentBody,
  alsoInTransaction?: AlsoInTransaction,
): Promise<string> {
  const fields: NewIncident = toNewIncident({
    ...body,
    is_service_interrupt: toBool(body.is_service_interrupt),
    start_time: toEpochMs(body.start_time),
  });
  await checkIncidentType(deps, caller.projectId, fields.type);
  // Concurrent creates share one commit on SQLite (group commit); each is answered once it is durable.
  return deps.committer.run(async (trx) => {
    const now = deps.clock.now();
    const number = formatIncidentNumber(now, await nextSequence(trx, INCIDENT_COUNTER), deps.numberSuffixes);
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
    await insertIncident(trx, incident);
    await raiseIncidentTotal(trx, caller.projectId);
    await insertHistory(trx, {
      id: randomUUID(),
      project_id: caller.projectId,
      incident_num: number,
      seq: 1,
      action: CREATE_ACTION.key,
      action_name_zh: CREATE_ACTION.name_zh,
      action_name_en: CREATE_ACTION.name_en,
      operator: fields.creator,
      status_before: null,
      status_after: INCIDENT_STATUS.TRIGGERED,
      comment: null,
      details: JSON.stringify({ source: fields.source, credential_id: caller.id }),
      create_time: now,
    });
    await autoStartWarRoom(trx, caller, incident, deps.numberSuffixes);
    await alsoInTransaction?.(trx, number);
    return number;
  });
}

export function incidentNotFound(incidentNum: string): AppError {
  return new AppError("INCIDENT_NOT_FOUND", `incident not found: ${incidentNum}`);
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

/** ListIncidentSimpleTickets: `page` is 1-based (COC calls it offset). */
export async function listSimpleTickets(deps: Deps, caller: Credential, page: number, limit: number) {
  const [total, incidents] = await Promise.all([
    countIncidents(deps.db, caller.projectId),
    listIncidentPage(deps.db, caller.projectId, limit, (page - 1) * limit),
  ]);
  return { total, incidents };
}
