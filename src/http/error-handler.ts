import type { FastifyError } from "fastify";
import { unavailableReason } from "../db/unavailable.ts";
import { AppError, ERROR_CATALOGUE, type ErrorKind } from "../errors.ts";
import { describeValidationError } from "../validation-messages.ts";
import { PROVIDER_CODE } from "./envelope.ts";

export interface RenderedError {
  status: number;
  kind: ErrorKind;
  retryAfterSeconds?: number;
  body: { provider_code: string; error_code: string; error_msg: string; request_id?: string; data: null };
}

export function renderKind(kind: ErrorKind, requestId: string, message?: string): RenderedError {
  const spec = ERROR_CATALOGUE[kind];
  const body: RenderedError["body"] = {
    provider_code: PROVIDER_CODE,
    error_code: spec.code,
    error_msg: message ?? spec.message,
    data: null,
  };
  if (spec.gateway) body.request_id = requestId;
  return { status: spec.status, kind, body };
}

function classify(error: unknown, bodyLimit: number): { kind: ErrorKind; message: string } {
  if (error instanceof AppError) return { kind: error.kind, message: error.message };
  const unavailable = unavailableReason(error);
  if (unavailable) return { kind: "SERVICE_UNAVAILABLE", message: `${unavailable}; retry shortly` };
  const fastifyError = error as Partial<FastifyError> & { validationContext?: string };
  if (Array.isArray(fastifyError.validation)) {
    return {
      kind: "INVALID_PARAMETER",
      message: describeValidationError(fastifyError.validation, fastifyError.validationContext ?? "body"),
    };
  }
  switch (fastifyError.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { kind: "PAYLOAD_TOO_LARGE", message: `body: must be at most ${bodyLimit} bytes` };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { kind: "INVALID_PARAMETER", message: "Content-Type: must be application/json" };
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { kind: "INVALID_PARAMETER", message: "body: malformed JSON" };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return {
        kind: "INVALID_PARAMETER",
        message: "body: must not be empty when Content-Type is application/json",
      };
  }
  const status = fastifyError.statusCode ?? 500;
  if (error instanceof SyntaxError && status === 400) {
    return { kind: "INVALID_PARAMETER", message: `body: malformed JSON (${error.message})` };
  }
  if (status >= 400 && status < 500 && fastifyError.code?.startsWith("FST_")) {
    return { kind: "INVALID_PARAMETER", message: `request: ${fastifyError.message}` };
  }
  // Plugins' own client errors (the docs page's static files: traversal, bad paths, missing files).
  if (status === 404) return { kind: "ROUTE_NOT_FOUND", message: ERROR_CATALOGUE.ROUTE_NOT_FOUND.message };
  if (status >= 400 && status < 500)
    return { kind: "INVALID_PARAMETER", message: "path: not a valid file path" };
  return { kind: "INTERNAL", message: ERROR_CATALOGUE.INTERNAL.message };
}

/** The one renderer: every error leaves through here as the COC envelope with a status ≥ 400. */
export function renderError(error: unknown, requestId: string, bodyLimit: number): RenderedError {
  const { kind, message } = classify(error, bodyLimit);
  // Unexpected errors never show their text to the client.
  const rendered = renderKind(kind, requestId, kind === "INTERNAL" ? undefined : message);
  if (error instanceof AppError && error.retryAfterSeconds !== undefined)
    rendered.retryAfterSeconds = error.retryAfterSeconds;
  return rendered;
}
