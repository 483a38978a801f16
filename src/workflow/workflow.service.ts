import { randomUUID } from "node:crypto";
import { checkAttachmentRefs } from "../attachments/attachment.service.ts";
import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import { findIncident, insertHistory, updateIncidentIfVersion } from "../incidents/incident.repository.ts";
import { checkIncidentType, incidentNotFound } from "../incidents/incident.service.ts";
import type { Incident } from "../incidents/incident.ts";
import { getSettings } from "../settings/settings.service.ts";
import { nodeOf } from "./workflow.ts";
import { type ActionRequest, decide, describeNode, taskIdOf } from "./workflow-engine.ts";

export interface TaskView {
  type: string;
  key: string;
  name: string;
  state: string;
  operations: Array<{ task_id: string; key: string }>;
}

/** ShowIncidentTask: the incident's open node with one single-use task id for all its operations. */
export async function listTasks(deps: Deps, caller: Credential, incidentNum: string): Promise<TaskView[]> {
  const incident = await findIncident(deps.db, caller.projectId, incidentNum);
  if (!incident) throw incidentNotFound(incidentNum);
  const node = nodeOf(incident.node);
  if (node.actions.length === 0) return [];
  const taskId = taskIdOf(incident);
  return [
    {
      type: node.type,
      key: node.key,
      name: node.name_zh,
      state: "active",
      operations: node.actions.map((a) => ({ task_id: taskId, key: a.key })),
    },
  ];
}

/**
 * Applies one workflow action (v1 or v2) in a transaction. The incident's version guards the write, so of
 * two concurrent actions exactly one applies; the history entry's sequence number is the new version.
 */
export async function performAction(
  deps: Deps,
  caller: Credential,
  incidentNum: string,
  request: ActionRequest & { taskId?: string },
): Promise<Incident> {
  const rules = await getSettings(deps, caller.projectId);
  const mtmType = request.params.mtm_type;
  if (mtmType !== undefined && mtmType !== null) {
    await checkIncidentType(deps, caller.projectId, String(mtmType), `${request.paramsField}.mtm_type`);
  }
  const attachmentIds = await checkActionAttachments(deps, caller.projectId, request);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const incident = await findIncident(trx, caller.projectId, incidentNum);
    if (!incident) throw incidentNotFound(incidentNum);
    if (request.taskId !== undefined && request.taskId !== taskIdOf(incident)) {
      throw new AppError(
        "STALE_TASK",
        `task_id ${request.taskId} is not a current task: ${describeNode(incident)}; get the current task_id from GET /v2/incidents/${incidentNum}/tasks`,
      );
    }
    const { operator, spec, outcome, next } = decide(incident, request, rules, now, caller);
    const updated: Incident = {
      ...incident,
      ...outcome.changes,
      node: next.key,
      status: next.status,
      pending: outcome.pending === undefined ? incident.pending : outcome.pending,
      version: incident.version + 1,
      updateTime: now,
      lastOperator: operator,
    };
    if (!(await updateIncidentIfVersion(trx, updated, incident.version))) {
      throw new AppError(
        "INCIDENT_CHANGED",
        `incident ${incidentNum} was changed by another request; reload it and retry`,
      );
    }
    await insertHistory(trx, {
      id: randomUUID(),
      project_id: caller.projectId,
      incident_num: incidentNum,
      seq: updated.version,
      action: spec.key,
      action_name_zh: spec.name_zh,
      action_name_en: spec.name_en,
      operator,
      status_before: incident.status,
      status_after: updated.status,
      comment: outcome.comment ?? null,
      details: JSON.stringify({
        node_before: incident.node,
        node_after: next.key,
        credential_id: caller.id,
        ...outcome.details,
        ...(attachmentIds.length > 0 ? { attachment_ids: attachmentIds } : {}),
      }),
      create_time: now,
    });
    return updated;
  });
}

/** The parameter that names attachments, per action (COC API reference, HandleIncident); other actions ignore them. */
const ATTACHMENT_PARAM: Record<string, string> = {
  commitSolution: "resolve_attachments",
  ReOpen: "attachments",
};

/** Each id must be an attachment of the project (attachments are never deleted, so no race). */
async function checkActionAttachments(
  deps: Deps,
  projectId: string,
  request: ActionRequest,
): Promise<string[]> {
  // v1 keys map to one action at every node for these two (commitSolution1, ReOpen).
  const action = typeof request.action === "string" ? request.action : request.action("handling");
  const name = ATTACHMENT_PARAM[action];
  const value = name === undefined ? undefined : request.params[name];
  if (name === undefined || typeof value !== "string" || value.trim() === "") return [];
  return checkAttachmentRefs(deps, projectId, value, `${request.paramsField}.${name}`);
}
