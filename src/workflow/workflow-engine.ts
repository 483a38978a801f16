import { createHash } from "node:crypto";
import type { ValidateFunction } from "ajv";
import { Ajv } from "ajv";
import type { Credential } from "../auth/credential.ts";
import { AppError } from "../errors.ts";
import type { Incident } from "../incidents/incident.ts";
import type { Resolution } from "../oncall/oncall-resolution.ts";
import { describeValidationError } from "../validation-messages.ts";
import { findAction, nodeOf, WORKFLOW } from "./workflow.ts";
import { PARAMS, type ParamsKind } from "./workflow-params.schemas.ts";
import type { ActionSpec, NodeKey, NodeSpec, Outcome, Params } from "./workflow-types.ts";
import { v1KeysAt } from "./workflow-v1.ts";

export interface ProjectRules {
  strictRoles: boolean;
  approvers: string[];
}

export interface ActionRequest {
  /** The v2 action key, or (v1) a mapping from the current node to it. */
  action: string | ((node: NodeKey) => string);
  params: Params;
  operator: string;
  /** `params` (v2) or `parameter` (v1): how error messages name the parameters. */
  paramsField: string;
  /** The v1 operate_key sent: errors then speak the v1 vocabulary (operate_keys, not v2 actions). */
  operateKey?: string;
  /** The on-call resolution of the scene + role the params name, if any (resolved by the service). */
  onCall?: Resolution | null;
}

/** Who sent the request, as far as the workflow cares. */
export type Actor = Pick<Credential, "principal" | "actAsOthers">;

export interface Decision {
  /** Who the action is recorded for: the operator named, or in strict mode possibly the principal. */
  operator: string;
  node: NodeSpec;
  spec: ActionSpec;
  outcome: Outcome;
  next: NodeSpec;
}

/** Task ids are derived from the incident's version: every change retires them (single use). */
export function taskIdOf(incident: Pick<Incident, "number" | "version">): string {
  return createHash("sha256").update(`${incident.number}:${incident.version}`).digest("hex").slice(0, 32);
}

let ajv: Ajv | undefined;
const validators = new Map<ParamsKind, ValidateFunction>();

/** Each parameter schema is compiled on its first use (nothing at start-up). */
function validatorOf(kind: ParamsKind): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) {
    ajv ??= new Ajv({ strict: false, verbose: true, allErrors: false, coerceTypes: false });
    validate = ajv.compile(PARAMS[kind]);
    validators.set(kind, validate);
  }
  return validate;
}

function validateParams(kind: ParamsKind, params: Params, field: string): void {
  const validate = validatorOf(kind);
  if (!validate(params)) {
    throw new AppError("INVALID_PARAMETER", describeValidationError(validate.errors ?? [], "body", field));
  }
}

export function describeNode(incident: Incident): string {
  const node = nodeOf(incident.node);
  return `incident ${incident.number} is at node "${node.key}" (${node.name_zh}, status ${node.status})`;
}

function allowedKeys(node: NodeSpec, v1: boolean): string {
  const keys = v1 ? v1KeysAt(node) : node.actions.map((a) => a.key);
  if (keys.length > 0) return keys.join(", ");
  return node.actions.length
    ? "none by operate_key (use the v2 action API, POST /v2/incidents/{incident_id}/actions)"
    : "none (the incident is closed)";
}

/** An action not allowed at the node, named as the caller named it (v1 operate_key or v2 action). */
function notAllowed(incident: Incident, node: NodeSpec, key: string, operateKey: string | undefined) {
  const [what, list] = operateKey === undefined ? ["action", "actions"] : ["operate_key", "operate_keys"];
  return new AppError(
    "ACTION_NOT_ALLOWED",
    `${what} "${operateKey ?? key}" is not allowed: ${describeNode(incident)}; allowed ${list}: ${allowedKeys(node, operateKey !== undefined)}`,
  );
}

/**
 * In strict mode an action reserved to a person (every action but remarks) is the credential's own: a
 * writer token naming `operator: "alice"` must not approve as alice. Only credentials created with
 * act_as_others (integrations relaying people's actions) may name someone else. By default, as in COC,
 * any writer acts for the operator it names.
 */
function operatorOf(spec: ActionSpec, request: ActionRequest, actor: Actor, rules: ProjectRules): string {
  if (!rules.strictRoles || spec.who === "anyone" || actor.actAsOthers) return request.operator;
  return actor.principal;
}

function checkOperator(
  spec: ActionSpec,
  incident: Incident,
  request: ActionRequest,
  operator: string,
  rules: ProjectRules,
): void {
  const refuse = (why: string) => {
    const refusal = `${operator} may not ${request.operateKey ?? spec.key}: ${why}`;
    if (operator === request.operator) throw new AppError("OPERATOR_NOT_PERMITTED", refusal);
    throw new AppError(
      "FORBIDDEN",
      `in strict mode this credential acts as its principal ${operator}, not as the operator ${request.operator} it names (naming another user needs a credential created with act_as_others); ${refusal}`,
    );
  };
  for (const guard of spec.guards) {
    const why = guard(incident, operator);
    if (why !== null) refuse(why);
  }
  if (!rules.strictRoles) return;
  if (spec.who === "assignee" && incident.assignee && incident.assignee !== operator) {
    refuse(`in strict mode only the assignee (${incident.assignee}) may`);
  }
  if (spec.who === "creator" && incident.creator !== operator)
    refuse(`in strict mode only the creator (${incident.creator}) may`);
  if (spec.who === "approver" && !rules.approvers.includes(operator))
    refuse("in strict mode only the project's approvers may");
}

/** Decides what an action does to an incident, or throws the error that says why it cannot. */
export function decide(
  incident: Incident,
  request: ActionRequest,
  rules: ProjectRules,
  now: number,
  actor: Actor,
): Decision {
  const node = nodeOf(incident.node);
  const key = typeof request.action === "function" ? request.action(node.key) : request.action;
  const spec = findAction(node, key);
  if (!spec) throw notAllowed(incident, node, key, request.operateKey);
  validateParams(spec.params, request.params, request.paramsField);
  const operator = operatorOf(spec, request, actor, rules);
  checkOperator(spec, incident, request, operator, rules);
  const outcome = spec.apply({
    incident,
    params: request.params,
    operator,
    now,
    approvers: rules.strictRoles ? rules.approvers : null,
    field: (name) => `${request.paramsField}.${name}`,
    onCall: request.onCall ?? null,
  });
  if (!spec.next.includes(outcome.node)) {
    throw new Error(
      `workflow table: ${node.key}.${spec.key} led to ${outcome.node}, not one of ${spec.next}`,
    );
  }
  return { operator, node, spec, outcome, next: nodeOf(outcome.node) };
}

/**
 * The table's entry for the requested action, wherever it is allowed (for what the service checks
 * before the transaction: attachments, on-call). The v1 operate_keys map to actions that take the same
 * parameters at every node (forwardOther1: both forwards).
 */
export function actionSpecOf(request: ActionRequest): ActionSpec | undefined {
  const key = typeof request.action === "string" ? request.action : request.action("handling");
  for (const node of WORKFLOW) {
    const spec = findAction(node, key);
    if (spec) return spec;
  }
  return undefined;
}

/** The parameter naming attachments for the requested action, from the table. */
export function attachmentParamOf(request: ActionRequest): string | undefined {
  return actionSpecOf(request)?.attachmentParam;
}

/** The params that name an on-call scene + role for an action, by its params kind. */
export const ONCALL_PARAMS: Partial<Record<ParamsKind, { assignee: string; scene: string; role: string }>> = {
  forward: {
    assignee: "virtual_send_assignee",
    scene: "virtual_schedule_type",
    role: "virtual_schedule_role",
  },
  reopen: { assignee: "assignee", scene: "assignee_scene", role: "assignee_role" },
};
