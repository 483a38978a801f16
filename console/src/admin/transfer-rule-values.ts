/** A transfer rule as its form holds it, and the conversions to and from the API's body. */
import type { TransferRule, TransferRuleBody } from "../api/admin.ts";

export const ALARM_LEVELS = ["Critical", "Major", "Minor", "Info"] as const;
export type AlarmLevel = (typeof ALARM_LEVELS)[number];

/** The placeholders a template may use (the API's list, transfer-rule.schemas.ts). */
export const PLACEHOLDERS =
  "{{alarm_id}}, {{alarm_name}}, {{level}}, {{description}}, {{resource_name}}, {{resource_id}}, {{application_id}}, {{namespace}}, {{region_id}}, {{alarm_source}}, {{integration_id}}, {{url}}, {{labels.<name>}}";

export interface RuleValues {
  name: string;
  enabled: boolean;
  position?: number | null;
  match: {
    integration_ids: string[];
    levels: AlarmLevel[];
    application_id?: string;
    namespace?: string;
    name_contains?: string;
    labels: { name: string; value?: string }[];
  };
  incident: {
    title_template: string;
    description_template?: string;
    level_mapping: Record<AlarmLevel, string>;
    incident_type?: string;
    assignee?: string;
    assignee_scene?: string;
    assignee_role?: string;
    is_service_interrupt: boolean;
    current_cloud_service?: string;
  };
  group_key?: string;
  auto_solve: boolean;
}

/** The form's fields by the names the server gives them in a validation message. */
export const RULE_FIELDS = [
  "name",
  "enabled",
  "position",
  "match.integration_ids",
  "match.levels",
  "match.application_id",
  "match.namespace",
  "match.name_contains",
  "match.labels",
  "incident.title_template",
  "incident.description_template",
  ...ALARM_LEVELS.map((l) => `incident.level_mapping.${l}`),
  "incident.incident_type",
  "incident.assignee",
  "incident.assignee_scene",
  "incident.assignee_role",
  "incident.is_service_interrupt",
  "incident.current_cloud_service",
  "group_key",
  "auto_solve",
];

export const NEW_RULE: Partial<RuleValues> = {
  enabled: true,
  match: { integration_ids: [], levels: [], labels: [] },
  incident: {
    title_template: "{{alarm_name}}",
    description_template: "{{description}}",
    level_mapping: { Critical: "level_10", Major: "level_20", Minor: "level_30", Info: "level_40" },
    is_service_interrupt: false,
  },
  group_key: "{{alarm_id}}",
  auto_solve: false,
};

/** Blank means absent: the API then takes its default (or, on a replace, no value). */
const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

export function toRuleBody(values: RuleValues): TransferRuleBody {
  const { match, incident } = values;
  const labels = Object.fromEntries(
    (match.labels ?? []).filter((l) => l.name?.trim()).map((l) => [l.name.trim(), l.value ?? ""]),
  );
  return {
    name: values.name.trim(),
    enabled: values.enabled,
    ...(values.position ? { position: values.position } : {}),
    match: {
      integration_ids: match.integration_ids ?? [],
      levels: match.levels ?? [],
      application_id: text(match.application_id),
      namespace: text(match.namespace),
      name_contains: text(match.name_contains),
      labels,
    },
    incident: {
      title_template: incident.title_template,
      description_template: text(incident.description_template),
      level_mapping: incident.level_mapping,
      incident_type: incident.incident_type ?? "",
      assignee: text(incident.assignee),
      assignee_scene: text(incident.assignee_scene),
      assignee_role: text(incident.assignee_role),
      is_service_interrupt: incident.is_service_interrupt ?? false,
      current_cloud_service: text(incident.current_cloud_service),
    },
    group_key: text(values.group_key),
    auto_solve: values.auto_solve ?? false,
  };
}

const orNothing = (value: string | null) => value ?? undefined;

export function toRuleValues(rule: TransferRule): RuleValues {
  const { match, incident } = rule;
  return {
    name: rule.name,
    enabled: rule.enabled,
    position: rule.position,
    match: {
      integration_ids: match.integration_ids,
      levels: match.levels as AlarmLevel[],
      application_id: orNothing(match.application_id),
      namespace: orNothing(match.namespace),
      name_contains: orNothing(match.name_contains),
      labels: Object.entries(match.labels).map(([name, value]) => ({ name, value })),
    },
    incident: {
      title_template: incident.title_template,
      description_template: incident.description_template,
      level_mapping: incident.level_mapping as Record<AlarmLevel, string>,
      incident_type: incident.incident_type,
      assignee: orNothing(incident.assignee),
      assignee_scene: orNothing(incident.assignee_scene),
      assignee_role: orNothing(incident.assignee_role),
      is_service_interrupt: incident.is_service_interrupt,
      current_cloud_service: orNothing(incident.current_cloud_service),
    },
    group_key: rule.group_key,
    auto_solve: rule.auto_solve,
  };
}

/** The rule as it is, with only `enabled` changed (PUT replaces the whole rule; its place is kept). */
export function withEnabled(rule: TransferRule, enabled: boolean): TransferRuleBody {
  const { position: _kept, ...body } = toRuleBody({ ...toRuleValues(rule), enabled });
  return body;
}
