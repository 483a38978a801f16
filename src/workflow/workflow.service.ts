import { checkAttachmentRefs } from "../attachments/attachment.service.ts";
import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import { findIncident } from "../incidents/incident.repository.ts";
import { checkIncidentType } from "../incidents/incident.service.ts";
import type { Incident } from "../incidents/incident.ts";
import { inIncidentTransaction } from "../incidents/incident-transaction.ts";
import { incidentNotFound, updateIncident } from "../incidents/incident-writer.ts";
import { type Resolution, resolveOnCall } from "../oncall/oncall-resolution.ts";
import { getSettings } from "../settings/settings.service.ts";
import { nodeOf } from "./workflow.ts";
import {
  type ActionRequest,
  actionSpecOf,
  attachmentParamOf,
  decide,
  describeNode,
  ONCALL_PARAMS,
  taskIdOf,
} from "./workflow-engine.ts";

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
 * Applies one workflow action (v1 or v2) in a transaction, through the single incident writer. The
 * incident's version guards the write, so of two concurrent actions exactly one applies (the other gets
 * INCIDENT_CHANGED); the history entry's sequence number is the new version.
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
  const onCall = await resolveActionOnCall(deps, caller.projectId, request, now);
  const written = await inIncidentTransaction(deps, (tx) =>
    updateIncident(tx, caller.projectId, incidentNum, (incident) => {
      if (request.taskId !== undefined && request.taskId !== taskIdOf(incident)) {
        throw new AppError(
          "STALE_TASK",
          `task_id ${request.taskId} is not a current task: ${describeNode(incident)}; get the current task_id from GET /v2/incidents/${incidentNum}/tasks`,
        );
      }
      const { operator, spec, outcome, next } = decide(incident, { ...request, onCall }, rules, now, caller);
      return {
        fields: {
          ...outcome.changes,
          node: next.key,
          status: next.status,
          pending: outcome.pending === undefined ? incident.pending : outcome.pending,
          lastOperator: operator,
        },
        event: {
          ...outcome.event,
          operator,
          at: now,
          comment: outcome.comment ?? null,
          action: { key: spec.key, name_zh: spec.name_zh, name_en: spec.name_en },
          node_before: incident.node,
          node_after: next.key,
          credential_id: caller.id,
          attachment_ids: attachmentIds,
        },
      };
    }),
  );
  if (!written) throw new Error("a workflow action always changes its incident");
  return written;
}

/** Each id must be an attachment of the project (attachments are never deleted, so no race). */
async function checkActionAttachments(
  deps: Deps,
  projectId: string,
  request: ActionRequest,
): Promise<string[]> {
  const name = attachmentParamOf(request);
  const value = name === undefined ? undefined : request.params[name];
  if (name === undefined || typeof value !== "string" || value.trim() === "") return [];
  return checkAttachmentRefs(deps, projectId, value, `${request.paramsField}.${name}`);
}

/**
 * An action that names an on-call scene + role without a person (a forward to a schedule, a reopen)
 * hands the incident to whoever is on call for it now: resolved here, before the transaction. A scene or
 * role that does not exist, or nobody on call, is the caller's error, naming the parameter.
 */
async function resolveActionOnCall(
  deps: Deps,
  projectId: string,
  request: ActionRequest,
  at: number,
): Promise<Resolution | null> {
  const spec = actionSpecOf(request);
  const names = spec ? ONCALL_PARAMS[spec.params] : undefined;
  if (!names) return null;
  const value = (name: string) => {
    const v = request.params[name];
    return typeof v === "string" && v !== "" ? v : null;
  };
  const scene = value(names.scene);
  const role = value(names.role);
  if (value(names.assignee) || !scene || !role) return null;
  const fields = {
    scene: `${request.paramsField}.${names.scene}`,
    role: `${request.paramsField}.${names.role}`,
  };
  const resolved = await resolveOnCall(deps.db, projectId, { scene, role }, at, fields);
  if (!resolved) {
    throw invalidParameter(
      fields.role,
      `nobody is on call for role ${role} of scene ${scene} at ${new Date(at).toISOString()}, nor for the scene's later roles`,
    );
  }
  return resolved;
}
