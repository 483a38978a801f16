import type { JsonSchema } from "../api/incidents.ts";

export type ParamKind =
  | "boolean"
  | "time"
  | "text"
  | "longText"
  | "attachments"
  | "level"
  | "type"
  | "source"
  | "user";

/** Parameters whose values are catalogue keys or user ids get a picker. */
const CATALOGUE_PARAMS: Record<string, ParamKind> = {
  virtual_send_assignee: "user",
  assignee: "user",
  virtual_target_level: "level",
  level_id: "level",
  mtm_type: "type",
  source_id: "source",
};

const variants = (schema: JsonSchema): JsonSchema[] => schema.anyOf ?? [schema];

/** How a workflow parameter is entered, from its JSON Schema (GET /v1/workflow). */
export function paramKind(name: string, schema: JsonSchema, attachmentParam: string | null): ParamKind {
  if (name === attachmentParam) return "attachments";
  const catalogued = CATALOGUE_PARAMS[name];
  if (catalogued) return catalogued;
  const types = variants(schema);
  if (types.some((s) => s.type === "boolean")) return "boolean";
  if (types.some((s) => s.type === "integer")) return "time";
  const maxLength = Math.max(0, ...types.map((s) => s.maxLength ?? 0));
  return maxLength > 300 ? "longText" : "text";
}

/** The form's values as the action's params: times in epoch ms, empty values left out. */
export function toParams(
  values: Record<string, unknown>,
  kinds: Record<string, ParamKind>,
): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === "") continue;
    if (kinds[name] === "time" && typeof value === "object" && "valueOf" in value) {
      params[name] = Number(value.valueOf());
    } else {
      params[name] = value;
    }
  }
  return params;
}
