import { Type } from "@sinclair/typebox";
import { Ajv, type ErrorObject } from "ajv";
import addFormatsModule from "ajv-formats";
import type { FastifyError, FastifyRequest } from "fastify";
import type { Deps } from "../../deps.ts";
import { AppError } from "../../errors.ts";
import type { App } from "../../http/app-types.ts";
import { ErrorEnvelope, PROVIDER_CODE } from "../../http/envelope.ts";
import { authenticateIntegrationKey } from "../../integrations/integration.service.ts";
import type { Integration, IntegrationKind } from "../../integrations/integration.ts";

// ajv-formats is CommonJS; under nodenext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

declare module "fastify" {
  interface FastifyRequest {
    /** The integration whose key the intake request carries (set before the body is read). */
    integration: Integration | null;
  }
}

/** COC's custom-event success envelope (COC API reference, ReportCustomEvent): its own code and message. */
export const EventAcceptedEnvelope = Type.Object({
  provider_code: Type.String({ description: 'Service id, always "049".' }),
  error_code: Type.Literal("COC.00000000"),
  error_msg: Type.Literal("success"),
  data: Type.Null(),
});

export function eventAccepted() {
  return {
    provider_code: PROVIDER_CODE,
    error_code: "COC.00000000" as const,
    error_msg: "success" as const,
    data: null,
  };
}

export const EVENT_RESPONSES = {
  200: EventAcceptedEnvelope,
  "4xx": ErrorEnvelope,
  "5xx": ErrorEnvelope,
} as const;

const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "a boolean",
  array: "an array",
  object: "a JSON object",
};

function segmentsOf(error: ErrorObject): string[] {
  const parts = error.instancePath
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  const missing = (error.params as { missingProperty?: unknown }).missingProperty;
  if (error.keyword === "required" && typeof missing === "string") parts.push(missing);
  return parts;
}

function fieldOf(segments: string[]): string {
  if (segments.length === 0) return "body";
  return segments.reduce(
    (acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    "",
  );
}

/** Bean Validation's wording, which COC's messages use: `alarmName must not be null`. */
function reasonOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  const reason = typeof parent["x-reason"] === "string" ? (parent["x-reason"] as string) : undefined;
  switch (error.keyword) {
    case "required":
      return "must not be null";
    case "type":
      if (error.data === null) return "must not be null";
      return `must be ${String(params.type)
        .split(",")
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(" or ")}`;
    case "minLength":
    case "maxLength":
      return typeof parent.maxLength === "number"
        ? `size must be between ${parent.minLength ?? 0} and ${parent.maxLength}`
        : "must not be empty";
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).filter((v) => v !== "").join(", ")}`;
    case "minimum":
      return `must be at least ${params.limit}`;
    case "maximum":
      return `must be at most ${params.limit}`;
    case "format":
      return params.format === "date-time"
        ? "must be an RFC 3339 date-time"
        : `must be a valid ${params.format}`;
    case "pattern":
    case "anyOf":
      return reason ?? "has an invalid value";
    default:
      return error.message ?? "is invalid";
  }
}

/**
 * Every failing field, one message each, joined by ` | ` as COC does. A field whose value failed a union
 * is reported once, by the union. Fields come in the order of `fieldOrder` (the schema's), nested ones
 * after their top-level field.
 */
export function describeEventErrors(errors: ErrorObject[], fieldOrder: readonly string[]): string {
  const unions = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const byField = new Map<string, { top: string; message: string }>();
  for (const error of errors) {
    if (error.keyword !== "anyOf" && unions.has(error.instancePath)) continue;
    const segments = segmentsOf(error);
    const field = fieldOf(segments);
    if (!byField.has(field))
      byField.set(field, { top: segments[0] ?? "", message: `${field} ${reasonOf(error)}` });
  }
  const rank = (top: string) => {
    const index = fieldOrder.indexOf(top);
    return index < 0 ? fieldOrder.length : index;
  };
  return [...byField.values()]
    .sort((a, b) => rank(a.top) - rank(b.top))
    .map((f) => f.message)
    .join(" | ");
}

/** The body problems of an intake route, as COC.00000001; anything else is not ours to render. */
export function eventBodyError(error: unknown, fieldOrder: readonly string[]): AppError | undefined {
  const e = error as Partial<FastifyError> & { validationContext?: string };
  if (Array.isArray(e.validation) && e.validationContext === "body")
    return new AppError("EVENT_INVALID_BODY", describeEventErrors(e.validation as ErrorObject[], fieldOrder));
  switch (e.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("EVENT_INVALID_BODY", "Content-Type must be application/json");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new AppError("EVENT_INVALID_BODY", "body must not be empty");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new AppError("EVENT_INVALID_BODY", "body must be valid JSON");
  }
  if (error instanceof SyntaxError && e.statusCode === 400)
    return new AppError("EVENT_INVALID_BODY", "body must be valid JSON");
  return undefined;
}

/** Where an intake route takes the integration key from. */
export type KeyLocation = "path" | "header";

const BEARER = /^bearer[ \t]+([^ \t]+)[ \t]*$/i;

/** The key of `Authorization: Bearer <key>` (the scheme in any case, as HTTP has it); else undefined. */
export function bearerKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return typeof header === "string" ? BEARER.exec(header)?.[1] : undefined;
}

function keyOf(request: FastifyRequest, location: KeyLocation): string | undefined {
  if (location === "header") return bearerKeyOf(request);
  return (request.params as { integration_key?: string }).integration_key;
}

/**
 * The route options every intake route shares:
 * - the key (in the path, or in the Authorization header) is checked before the body is read (a bad key
 *   is 401 whatever the body);
 * - bodies are validated with every error collected (the app's validator stops at the first), `null`
 *   fields counting as absent;
 * - body problems are answered COC.00000001; everything else goes on to the app's error handler.
 */
export function eventRouteOptions(
  app: App,
  deps: Deps,
  kind: IntegrationKind,
  fieldOrder: readonly string[],
  keyLocation: KeyLocation,
) {
  if (!app.hasRequestDecorator("integration")) app.decorateRequest("integration", null);
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, coerceTypes: false });
  addFormats(ajv);
  return {
    config: { access: "public" as const },
    validatorCompiler: ({ schema }: { schema: object }) => ajv.compile(schema),
    onRequest: async (request: FastifyRequest) => {
      request.integration = await authenticateIntegrationKey(deps, keyOf(request, keyLocation), kind);
      // The key is the credential here, so it gets a credential's budget (docs/security.md).
      deps.rateLimiter.take(`integration:${request.integration.id}`);
    },
    preValidation: async (request: FastifyRequest) => {
      const body = request.body;
      if (body !== null && typeof body === "object" && !Array.isArray(body)) {
        request.body = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
      }
    },
    errorHandler: (error: unknown) => {
      // Throwing hands the error to the next handler up: the app's, which renders the envelope.
      throw eventBodyError(error, fieldOrder) ?? error;
    },
  };
}

export function integrationOf(request: FastifyRequest): Integration {
  if (!request.integration) throw new Error("intake route reached without an integration");
  return request.integration;
}

export const IntegrationKeyParam = Type.Object({
  integration_key: Type.String({
    description: "The integration's key (32 letters and digits); a bad, disabled or other-kind key is 401.",
  }),
});

/** The intake routes' two ways of carrying the key: the OpenAPI description of each. */
export const KEY_LOCATIONS = {
  path: {
    suffix: "/:integration_key",
    security: [] as Array<Record<string, string[]>>,
    params: IntegrationKeyParam,
  },
  header: {
    suffix: "",
    security: [{ integrationKey: [] }] as Array<Record<string, string[]>>,
    params: undefined,
  },
} as const;
