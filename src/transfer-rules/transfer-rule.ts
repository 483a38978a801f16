import type { Alarm, AlarmLevel } from "../alarms/alarm.ts";

/** Who the processor acts as: the creator of rule-made incidents and the operator of its history entries. */
export const SYSTEM_PRINCIPAL = "incidentd-transfer-rules";

/** Without a group key, an alarm groups with its own earlier episodes (a flapping alarm is one incident). */
export const DEFAULT_GROUP_KEY = "{{alarm_id}}";

export const MAX_RULES_PER_PROJECT = 100;

export const DEFAULT_LEVEL_MAPPING: Record<AlarmLevel, string> = {
  Critical: "level_10",
  Major: "level_20",
  Minor: "level_30",
  Info: "level_40",
};

/** Which alarms a rule takes; every criterion given must hold (an empty match takes every alarm). */
export interface RuleMatch {
  integration_ids: string[];
  levels: AlarmLevel[];
  application_id: string | null;
  namespace: string | null;
  name_contains: string | null;
  labels: Record<string, string>;
}

/** How a rule makes its incident. */
export interface RuleIncident {
  title_template: string;
  description_template: string;
  level_mapping: Record<AlarmLevel, string>;
  incident_type: string;
  assignee: string | null;
  assignee_scene: string | null;
  assignee_role: string | null;
  is_service_interrupt: boolean;
  current_cloud_service: string | null;
}

export interface TransferRule {
  id: string;
  projectId: string;
  name: string;
  position: number;
  enabled: boolean;
  match: RuleMatch;
  incident: RuleIncident;
  groupKey: string;
  autoSolve: boolean;
  createTime: number;
  updateTime: number;
}

type FieldOf = (alarm: Alarm) => string | null;

/** The alarm fields templates may use, by placeholder name. */
const TEMPLATE_FIELDS: Record<string, FieldOf> = {
  alarm_id: (a) => a.alarmId,
  alarm_name: (a) => a.name,
  level: (a) => a.level,
  description: (a) => a.description,
  resource_name: (a) => a.resourceName,
  resource_id: (a) => a.resourceId,
  application_id: (a) => a.applicationId,
  namespace: (a) => a.nameSpace,
  region_id: (a) => a.regionId,
  alarm_source: (a) => a.alarmSource,
  integration_id: (a) => a.integrationId,
  url: (a) => a.url,
};

export const TEMPLATE_PLACEHOLDERS = [...Object.keys(TEMPLATE_FIELDS), "labels.<name>"];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const LABEL_NAME = /^[A-Za-z0-9_.:/-]{1,100}$/;

/** The first problem with a template, or undefined: unknown placeholders and stray braces are refused. */
export function templateProblem(template: string): string | undefined {
  for (const [, name = ""] of template.matchAll(PLACEHOLDER)) {
    if (Object.hasOwn(TEMPLATE_FIELDS, name)) continue;
    if (name.startsWith("labels.") && LABEL_NAME.test(name.slice("labels.".length))) continue;
    return `unknown placeholder {{${name}}}; use ${TEMPLATE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}`;
  }
  const rest = template.replace(PLACEHOLDER, "");
  if (rest.includes("{{") || rest.includes("}}")) return "has an unclosed {{ or a stray }}";
  return undefined;
}

/**
 * An alarm's labels: Alertmanager's (kept as `additional.labels`), or, for a custom alarm without a
 * `labels` object, the scalar members of its `additional` object.
 */
export function labelsOf(alarm: Pick<Alarm, "additional">): Record<string, string> {
  const additional = alarm.additional ?? {};
  const nested = additional.labels;
  const source =
    nested !== null && typeof nested === "object" && !Array.isArray(nested)
      ? (nested as Record<string, unknown>)
      : additional;
  const labels: Record<string, string> = {};
  for (const [name, value] of Object.entries(source)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      labels[name] = String(value);
  }
  return labels;
}

/** Fills a (validated) template; absent fields and labels become empty strings. */
export function renderTemplate(template: string, alarm: Alarm): string {
  const labels = labelsOf(alarm);
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (name.startsWith("labels.")) return labels[name.slice("labels.".length)] ?? "";
    return TEMPLATE_FIELDS[name]?.(alarm) ?? "";
  });
}

/** Whether the rule takes the alarm: every criterion it sets must hold. */
export function matchesRule(match: RuleMatch, alarm: Alarm): boolean {
  if (match.integration_ids.length > 0 && !match.integration_ids.includes(alarm.integrationId ?? ""))
    return false;
  if (match.levels.length > 0 && !match.levels.includes(alarm.level)) return false;
  if (match.application_id !== null && alarm.applicationId !== match.application_id) return false;
  if (match.namespace !== null && alarm.nameSpace !== match.namespace) return false;
  if (match.name_contains !== null && !alarm.name.toLowerCase().includes(match.name_contains.toLowerCase()))
    return false;
  const labels = labelsOf(alarm);
  return Object.entries(match.labels).every(([name, value]) => labels[name] === value);
}

/** The first enabled rule (in position order) that takes the alarm. */
export function firstMatchingRule(rules: TransferRule[], alarm: Alarm): TransferRule | undefined {
  return rules.find((rule) => rule.enabled && matchesRule(rule.match, alarm));
}

/** Title and description of a rule's incident for an alarm, within CreateCocIncident's limits. */
export function incidentTextFor(rule: TransferRule, alarm: Alarm): { title: string; description: string } {
  const title = renderTemplate(rule.incident.title_template, alarm).trim().slice(0, 200);
  return {
    title: title === "" ? alarm.name.slice(0, 200) : title,
    description: renderTemplate(rule.incident.description_template, alarm).slice(0, 600),
  };
}

/**
 * Moves `id` (or inserts it, if new) to the 1-based `position` (clamped; undefined = keep, or append when
 * new) and returns every rule id in the new order.
 */
export function reorder(ids: string[], id: string, position: number | undefined): string[] {
  const current = ids.indexOf(id);
  const others = ids.filter((other) => other !== id);
  const wanted = position === undefined ? (current === -1 ? others.length : current) : position - 1;
  const index = Math.max(0, Math.min(others.length, wanted));
  return [...others.slice(0, index), id, ...others.slice(index)];
}
