import { type Static, Type } from "@sinclair/typebox";
import { ALARM_LEVELS } from "../alarms/alarm.ts";
import { Str } from "../http/wire-types.ts";
import type { TransferRule } from "./transfer-rule.ts";

const TEMPLATE_HELP =
  "Placeholders: {{alarm_id}}, {{alarm_name}}, {{level}}, {{description}}, {{resource_name}}, {{resource_id}}, {{application_id}}, {{namespace}}, {{region_id}}, {{alarm_source}}, {{integration_id}}, {{url}}, {{labels.<name>}}.";

const AlarmLevelSchema = Type.Union(
  ALARM_LEVELS.map((level) => Type.Literal(level)),
  { "x-expected": `one of ${ALARM_LEVELS.join(", ")}` },
);

const LevelKey = Str(255, {
  minLength: 1,
  description: "Incident level key, level_10 (P1) … level_50 (P5).",
});

// Unknown fields inside `match` and `incident` are refused: a misspelt criterion would otherwise
// silently widen the rule to every alarm.
export const RuleMatchBody = Type.Object(
  {
    integration_ids: Type.Optional(
      Type.Array(Str(64, { minLength: 1 }), {
        maxItems: 20,
        description: "Alarms first reported by one of these integrations.",
      }),
    ),
    levels: Type.Optional(
      Type.Array(AlarmLevelSchema, { maxItems: 4, description: "Alarms of one of these levels." }),
    ),
    application_id: Type.Optional(Str(255, { minLength: 1, description: "Alarms of this applicationId." })),
    namespace: Type.Optional(Str(255, { minLength: 1, description: "Alarms of this nameSpace." })),
    name_contains: Type.Optional(
      Str(255, { minLength: 1, description: "Alarms whose name contains this text (any case)." }),
    ),
    labels: Type.Optional(
      Type.Record(Type.String({ minLength: 1, maxLength: 100 }), Str(255), {
        maxProperties: 20,
        description: "Alarms having every one of these labels with exactly this value.",
      }),
    ),
  },
  { additionalProperties: false },
);

export const RuleIncidentBody = Type.Object(
  {
    title_template: Str(500, { minLength: 1, description: `incident_title (cut at 200). ${TEMPLATE_HELP}` }),
    description_template: Type.Optional(
      Str(2000, {
        description: `incident_description (cut at 600); default {{description}}. ${TEMPLATE_HELP}`,
      }),
    ),
    level_mapping: Type.Optional(
      Type.Object(
        {
          Critical: Type.Optional(LevelKey),
          Major: Type.Optional(LevelKey),
          Minor: Type.Optional(LevelKey),
          Info: Type.Optional(LevelKey),
        },
        {
          additionalProperties: false,
          description: "Alarm level → incident level; default Critical→level_10 … Info→level_40.",
        },
      ),
    ),
    incident_type: Str(255, { minLength: 1, description: "Incident type key (built-in or the project's)." }),
    assignee: Type.Optional(Str(255, { description: "Owner user id." })),
    assignee_scene: Type.Optional(Str(255, { description: "On-call scene id (with assignee_role)." })),
    assignee_role: Type.Optional(Str(255, { description: "On-call role id (with assignee_scene)." })),
    is_service_interrupt: Type.Optional(Type.Boolean({ default: false })),
    current_cloud_service: Type.Optional(
      Str(255, { description: "Application id of the incident; default the alarm's applicationId." }),
    ),
  },
  { additionalProperties: false },
);

export const TransferRuleBody = Type.Object({
  name: Str(100, { minLength: 1 }),
  enabled: Type.Optional(Type.Boolean({ description: "Default true; a disabled rule matches nothing." })),
  position: Type.Optional(
    Type.Integer({
      minimum: 1,
      description:
        "1-based place in the project's order (first match wins); default: last (create) or unchanged (update).",
    }),
  ),
  match: Type.Optional(RuleMatchBody),
  incident: RuleIncidentBody,
  group_key: Type.Optional(
    Str(500, {
      minLength: 1,
      description: `Alarms with equal keys share one open incident; default {{alarm_id}}. ${TEMPLATE_HELP}`,
    }),
  ),
  auto_solve: Type.Optional(
    Type.Boolean({
      description:
        "Submit a solution when every linked alarm has recovered (if the incident's node allows it).",
    }),
  ),
});
export type TransferRuleBody = Static<typeof TransferRuleBody>;

export const TransferRuleParam = Type.Object({ rule_id: Str(64, { minLength: 1 }) });

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const TransferRuleSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  position: Type.Integer(),
  enabled: Type.Boolean(),
  match: Type.Object({
    integration_ids: Type.Array(Type.String()),
    levels: Type.Array(Type.String()),
    application_id: NullableString,
    namespace: NullableString,
    name_contains: NullableString,
    labels: Type.Record(Type.String(), Type.String()),
  }),
  incident: Type.Object({
    title_template: Type.String(),
    description_template: Type.String(),
    level_mapping: Type.Record(Type.String(), Type.String()),
    incident_type: Type.String(),
    assignee: NullableString,
    assignee_scene: NullableString,
    assignee_role: NullableString,
    is_service_interrupt: Type.Boolean(),
    current_cloud_service: NullableString,
  }),
  group_key: Type.String(),
  auto_solve: Type.Boolean(),
  create_time: Type.Integer(),
  update_time: Type.Integer(),
});

export function toTransferRuleView(rule: TransferRule): Static<typeof TransferRuleSchema> {
  return {
    id: rule.id,
    name: rule.name,
    position: rule.position,
    enabled: rule.enabled,
    match: rule.match,
    incident: rule.incident,
    group_key: rule.groupKey,
    auto_solve: rule.autoSolve,
    create_time: rule.createTime,
    update_time: rule.updateTime,
  };
}
