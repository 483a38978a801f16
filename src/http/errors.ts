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
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "RATE_LIMITED"
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
  constructor(kind: ErrorKind, message?: string) {
    super(message ?? ERROR_CATALOGUE[kind].message);
    this.kind = kind;
    this.name = "AppError";
  }
}

export function invalidParameter(field: string, reason: string): AppError {
  return new AppError("INVALID_PARAMETER", `${field}: ${reason}`);
}

export function unauthenticated(reason: string): AppError {
  return new AppError("UNAUTHENTICATED", `Incorrect IAM authentication information: ${reason}`);
}
