import type { ErrorObject } from "ajv";

/*
 * One wording for every validation failure, whoever validated: Fastify's request schemas (http/), the
 * workflow's action parameters and the alarm intake. The message names the field and says what it must be.
 */

/** Ajv's error, or Fastify's copy of it. */
type AnyError = Pick<ErrorObject, "keyword" | "instancePath" | "params" | "message"> & {
  parentSchema?: unknown;
};

function fieldOf(error: AnyError, context: string, prefix?: string): string {
  const pointer = error.instancePath ?? "";
  const parts = pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required" && typeof params.missingProperty === "string")
    parts.push(params.missingProperty);
  if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    parts.push(params.additionalProperty);
  }
  if (parts.length === 0) return prefix ?? context;
  return parts.reduce(
    (acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    prefix ?? "",
  );
}

const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "a boolean",
  array: "an array",
  object: "an object",
  null: "null",
};

function reasonOf(error: AnyError): string {
  const params = error.params as Record<string, unknown>;
  const parent = (error as ErrorObject).parentSchema as Record<string, unknown> | undefined;
  const expected = typeof parent?.["x-expected"] === "string" ? (parent["x-expected"] as string) : undefined;
  switch (error.keyword) {
    case "required":
      return "is required";
    case "maxLength":
      return `must be at most ${params.limit} characters`;
    case "minLength":
      return params.limit === 1 ? "must not be empty" : `must be at least ${params.limit} characters`;
    case "maxItems":
      return `must have at most ${params.limit} item${params.limit === 1 ? "" : "s"}`;
    case "minItems":
      return `must have at least ${params.limit} item${params.limit === 1 ? "" : "s"}`;
    case "maximum":
      return `must be at most ${params.limit}`;
    case "minimum":
      return `must be at least ${params.limit}`;
    case "type": {
      const types = String(params.type).split(",");
      return `must be ${types.map((t) => TYPE_NAMES[t] ?? t).join(" or ")}`;
    }
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "anyOf":
      return expected ? `must be ${expected}` : "has an invalid type or value";
    case "pattern":
      return expected ? `must be ${expected}` : `must match the pattern ${params.pattern}`;
    case "format":
      return `must be a valid ${params.format}`;
    case "additionalProperties":
      return "is not allowed";
    default:
      return error.message ?? "is invalid";
  }
}

/**
 * Turns ajv's errors into one message naming the field and the reason: `incident_title: must be …`.
 * `prefix` names the object that was validated when it is nested (`params` → `params.cause: …`).
 */
export function describeValidationError(errors: AnyError[], context: string, prefix?: string): string {
  // With allErrors off, a failed anyOf is reported after its branches' errors; the anyOf is the useful one.
  const error = errors.find((e) => e.keyword === "anyOf") ?? errors[0];
  if (!error) return `${context}: is invalid`;
  return `${fieldOf(error, context, prefix)}: ${reasonOf(error)}`;
}
