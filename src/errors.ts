/**
 * The one catalogue of every error incidentd answers. The compiler checks that each ErrorKind has an
 * entry; docs/errors.md mirrors this table.
 */
export type ErrorKind =
  | "INVALID_PARAMETER"
  | "PAYLOAD_TOO_LARGE"
  | "INCIDENT_NOT_FOUND"
  | "RESOURCE_NOT_FOUND"
  | "CONFLICT"
  | "ACTION_NOT_ALLOWED"
  | "STALE_TASK"
  | "INCIDENT_CHANGED"
  | "OPERATOR_NOT_PERMITTED"
  | "EVENT_INVALID_BODY"
  | "INTEGRATION_KEY_INVALID"
  | "ALARM_NOT_FOUND"
  | "ALARM_ALREADY_LINKED"
  | "ATTACHMENT_NOT_FOUND"
  | "WARROOM_ALREADY_EXISTS"
  | "WARROOM_CLOSED"
  | "WARROOM_STATUS_BACKWARD"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "RATE_LIMITED"
  | "REQUEST_TIMEOUT"
  | "HEADERS_TOO_LARGE"
  | "ROUTE_NOT_FOUND"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL";

export interface ErrorSpec {
  status: number;
  code: string;
  /** Message used when the thrower gives none (and always, for INTERNAL). */
  message: string;
  /** Errors that Huawei's API gateway (not COC itself) produces carry `request_id` in the body. */
  gateway: boolean;
}

export const ERROR_CATALOGUE: Record<ErrorKind, ErrorSpec> = {
  INVALID_PARAMETER: { status: 400, code: "GOM.00007256", message: "invalid parameter", gateway: false },
  PAYLOAD_TOO_LARGE: { status: 413, code: "GOM.00007256", message: "request body too large", gateway: false },
  INCIDENT_NOT_FOUND: { status: 400, code: "COC.00067003", message: "incident not found", gateway: false },
  RESOURCE_NOT_FOUND: { status: 404, code: "IDT.00000404", message: "resource not found", gateway: false },
  CONFLICT: { status: 409, code: "IDT.00000409", message: "resource already exists", gateway: false },
  ACTION_NOT_ALLOWED: {
    status: 400,
    code: "IDT.00010001",
    message: "action not allowed at the incident's node",
    gateway: false,
  },
  STALE_TASK: {
    status: 400,
    code: "IDT.00010002",
    message: "task_id is not a current task of the incident",
    gateway: false,
  },
  INCIDENT_CHANGED: {
    status: 400,
    code: "IDT.00010003",
    message: "the incident was changed by another request; reload it",
    gateway: false,
  },
  OPERATOR_NOT_PERMITTED: {
    status: 400,
    code: "IDT.00010004",
    message: "the operator may not take this action",
    gateway: false,
  },
  EVENT_INVALID_BODY: { status: 400, code: "COC.00000001", message: "invalid alarm event", gateway: false },
  INTEGRATION_KEY_INVALID: {
    status: 401,
    code: "common.01010001",
    message: "Token missing or invalid.",
    gateway: false,
  },
  ALARM_NOT_FOUND: { status: 400, code: "IDT.00020001", message: "alarm not found", gateway: false },
  ALARM_ALREADY_LINKED: {
    status: 400,
    code: "IDT.00020002",
    message: "the alarm is already linked to an incident",
    gateway: false,
  },
  ATTACHMENT_NOT_FOUND: {
    status: 400,
    code: "IDT.00030001",
    message: "attachment not found",
    gateway: false,
  },
  WARROOM_ALREADY_EXISTS: {
    status: 400,
    code: "IDT.00070001",
    message: "the incident already has a WarRoom",
    gateway: false,
  },
  WARROOM_CLOSED: { status: 400, code: "IDT.00070002", message: "the WarRoom is closed", gateway: false },
  WARROOM_STATUS_BACKWARD: {
    status: 400,
    code: "IDT.00070003",
    message: "the WarRoom cannot move to that status",
    gateway: false,
  },
  UNAUTHENTICATED: {
    status: 401,
    code: "APIG.0301",
    message: "Incorrect IAM authentication information: missing credentials",
    gateway: true,
  },
  FORBIDDEN: {
    status: 403,
    code: "APIG.0302",
    message: "The credential is not allowed to perform this operation",
    gateway: true,
  },
  RATE_LIMITED: {
    status: 429,
    code: "APIG.0308",
    message: "The throttling threshold has been reached",
    gateway: true,
  },
  REQUEST_TIMEOUT: {
    status: 408,
    code: "IDT.00000408",
    message: "The request was not received in time",
    gateway: true,
  },
  HEADERS_TOO_LARGE: {
    status: 431,
    code: "IDT.00000431",
    message: "The request headers are too large",
    gateway: true,
  },
  ROUTE_NOT_FOUND: {
    status: 404,
    code: "APIG.0101",
    message: "The API does not exist or has not been published in the environment.",
    gateway: true,
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    code: "IDT.00000503",
    message: "Service temporarily unavailable",
    gateway: false,
  },
  INTERNAL: { status: 500, code: "COC.00040701", message: "Internal server error", gateway: false },
};

/** The typed error services throw; the error handler renders it through the catalogue. */
export class AppError extends Error {
  readonly kind: ErrorKind;
  /** Sent as `Retry-After` (throttling, lockouts). */
  readonly retryAfterSeconds: number | undefined;
  constructor(kind: ErrorKind, message?: string, options: { retryAfterSeconds?: number } = {}) {
    super(message ?? ERROR_CATALOGUE[kind].message);
    this.kind = kind;
    this.name = "AppError";
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function invalidParameter(field: string, reason: string): AppError {
  return new AppError("INVALID_PARAMETER", `${field}: ${reason}`);
}

export function unauthenticated(reason: string): AppError {
  return new AppError("UNAUTHENTICATED", `Incorrect IAM authentication information: ${reason}`);
}
