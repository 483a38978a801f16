import { randomUUID } from "node:crypto";
import type { AlarmLevel } from "../alarms/alarm.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import { checkIncidentType } from "../incidents/incident.service.ts";
import { checkLevel } from "../incidents/incident.ts";
import { listIntegrations } from "../integrations/integration.repository.ts";
import {
  deleteRule,
  findRule,
  insertRule,
  listRules,
  replaceRule,
  setRulePosition,
} from "./transfer-rule.repository.ts";
import type { TransferRuleBody } from "./transfer-rule.schemas.ts";
import {
  DEFAULT_GROUP_KEY,
  DEFAULT_LEVEL_MAPPING,
  MAX_RULES_PER_PROJECT,
  type RuleIncident,
  type RuleMatch,
  reorder,
  type TransferRule,
  templateProblem,
} from "./transfer-rule.ts";

const blankToNull = (value: string | undefined) =>
  value === undefined || value.trim() === "" ? null : value;

function checkTemplate(field: string, template: string): void {
  const problem = templateProblem(template);
  if (problem) throw invalidParameter(field, problem);
}

async function checkMatch(deps: Deps, projectId: string, body: TransferRuleBody): Promise<RuleMatch> {
  const match = body.match ?? {};
  const integrationIds = [...new Set(match.integration_ids ?? [])];
  if (integrationIds.length > 0) {
    const known = new Set((await listIntegrations(deps.db, projectId)).map((i) => i.id));
    const index = integrationIds.findIndex((id) => !known.has(id));
    if (index !== -1) {
      throw invalidParameter(
        `match.integration_ids[${index}]`,
        `no integration ${integrationIds[index]} in this project`,
      );
    }
  }
  const labels = match.labels ?? {};
  for (const name of Object.keys(labels)) {
    if (name.length === 0 || name.length > 100)
      throw invalidParameter("match.labels", "label names must be 1-100 characters");
  }
  return {
    integration_ids: integrationIds,
    levels: [...new Set(match.levels ?? [])] as AlarmLevel[],
    application_id: match.application_id ?? null,
    namespace: match.namespace ?? null,
    name_contains: match.name_contains ?? null,
    labels,
  };
}

/** CreateCocIncident's create-time rules, checked now so that a rule never fails at alarm time. */
async function checkIncident(deps: Deps, projectId: string, body: TransferRuleBody): Promise<RuleIncident> {
  const incident = body.incident;
  checkTemplate("incident.title_template", incident.title_template);
  if (incident.title_template.trim() === "")
    throw invalidParameter("incident.title_template", "must not be blank");
  const descriptionTemplate = incident.description_template ?? "{{description}}";
  checkTemplate("incident.description_template", descriptionTemplate);
  const levelMapping = { ...DEFAULT_LEVEL_MAPPING, ...incident.level_mapping };
  for (const [level, key] of Object.entries(levelMapping)) checkLevel(key, `incident.level_mapping.${level}`);
  await checkIncidentType(deps, projectId, incident.incident_type, "incident.incident_type");
  const assignee = blankToNull(incident.assignee);
  const scene = blankToNull(incident.assignee_scene);
  const role = blankToNull(incident.assignee_role);
  if (scene && !role)
    throw invalidParameter("incident.assignee_role", "is required when assignee_scene is given");
  if (role && !scene)
    throw invalidParameter("incident.assignee_scene", "is required when assignee_role is given");
  if (!assignee && !scene) {
    throw invalidParameter(
      "incident.assignee",
      "is required unless assignee_scene and assignee_role are both given",
    );
  }
  return {
    title_template: incident.title_template,
    description_template: descriptionTemplate,
    level_mapping: levelMapping,
    incident_type: incident.incident_type,
    assignee,
    assignee_scene: scene,
    assignee_role: role,
    is_service_interrupt: incident.is_service_interrupt ?? false,
    current_cloud_service: blankToNull(incident.current_cloud_service),
  };
}

async function checkRule(deps: Deps, projectId: string, body: TransferRuleBody) {
  if (body.name.trim() === "") throw invalidParameter("name", "must not be blank");
  const match = await checkMatch(deps, projectId, body);
  const incident = await checkIncident(deps, projectId, body);
  const groupKey = body.group_key ?? DEFAULT_GROUP_KEY;
  checkTemplate("group_key", groupKey);
  return { match, incident, groupKey };
}

const notFound = (id: string) => new AppError("RESOURCE_NOT_FOUND", `transfer rule not found: ${id}`);

/** Rewrites positions 1…n in the given order (only rows whose position changes). */
async function applyOrder(deps: Deps, projectId: string, rules: TransferRule[], order: string[]) {
  const before = new Map(rules.map((r) => [r.id, r.position]));
  for (const [index, id] of order.entries()) {
    if (before.get(id) !== index + 1) await setRulePosition(deps.db, projectId, id, index + 1);
  }
}

export function listTransferRules(deps: Deps, projectId: string): Promise<TransferRule[]> {
  return listRules(deps.db, projectId);
}

export async function getTransferRule(deps: Deps, projectId: string, id: string): Promise<TransferRule> {
  const rule = await findRule(deps.db, projectId, id);
  if (!rule) throw notFound(id);
  return rule;
}

export async function createTransferRule(
  deps: Deps,
  projectId: string,
  body: TransferRuleBody,
): Promise<TransferRule> {
  const checked = await checkRule(deps, projectId, body);
  const existing = await listRules(deps.db, projectId);
  if (existing.length >= MAX_RULES_PER_PROJECT)
    throw invalidParameter("body", `a project can have at most ${MAX_RULES_PER_PROJECT} transfer rules`);
  const now = deps.clock.now();
  const rule: TransferRule = {
    id: randomUUID(),
    projectId,
    name: body.name,
    position: existing.length + 1,
    enabled: body.enabled ?? true,
    ...checked,
    autoSolve: body.auto_solve ?? false,
    createTime: now,
    updateTime: now,
  };
  await insertRule(deps.db, rule);
  const order = reorder(
    existing.map((r) => r.id),
    rule.id,
    body.position,
  );
  await applyOrder(deps, projectId, [...existing, rule], order);
  return getTransferRule(deps, projectId, rule.id);
}

/** Replaces the rule's definition (PUT); `position` absent keeps its place. */
export async function updateTransferRule(
  deps: Deps,
  projectId: string,
  id: string,
  body: TransferRuleBody,
): Promise<TransferRule> {
  const current = await getTransferRule(deps, projectId, id);
  const checked = await checkRule(deps, projectId, body);
  const updated: TransferRule = {
    ...current,
    name: body.name,
    enabled: body.enabled ?? true,
    ...checked,
    autoSolve: body.auto_solve ?? false,
    updateTime: deps.clock.now(),
  };
  if (!(await replaceRule(deps.db, updated))) throw notFound(id);
  if (body.position !== undefined) {
    const rules = await listRules(deps.db, projectId);
    const order = reorder(
      rules.map((r) => r.id),
      id,
      body.position,
    );
    await applyOrder(deps, projectId, rules, order);
  }
  return getTransferRule(deps, projectId, id);
}

export async function deleteTransferRule(deps: Deps, projectId: string, id: string): Promise<void> {
  const removed = await deps.db.transaction().execute((trx) => deleteRule(trx, projectId, id));
  if (!removed) throw notFound(id);
  const rules = await listRules(deps.db, projectId);
  await applyOrder(
    deps,
    projectId,
    rules,
    rules.map((r) => r.id),
  );
}
