import type { Deps } from "../../deps.ts";
import { AppError, unauthenticated } from "../../http/errors.ts";
import type { Credential } from "../credential.ts";
import { findAccessKey, recordFailure, resetFailures } from "./access-key.repository.ts";
import {
  type ParsedAuthorization,
  parseSdkDate,
  type SignableRequest,
  signature,
  signaturesEqual,
} from "./signature.ts";

export const MAX_SKEW_MS = 15 * 60_000;
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 5 * 60_000;

/**
 * Verifies an SDK-HMAC-SHA256 request as Huawei's gateway does: each failure has its own reason; five bad
 * signatures in a row lock that access key (only that one) for five minutes.
 */
export async function verifySignedRequest(
  deps: Deps,
  auth: ParsedAuthorization,
  request: SignableRequest,
): Promise<Credential> {
  const now = deps.clock.now();
  for (const required of ["host", "x-sdk-date"]) {
    if (!auth.signedHeaders.includes(required))
      throw unauthenticated(`the ${required} header must be signed`);
  }
  if (request.headers["x-security-token"] !== undefined) {
    throw unauthenticated(
      "temporary security credentials (X-Security-Token) are not supported; use a permanent access key",
    );
  }
  const date = parseSdkDate(request.headers["x-sdk-date"] ?? "");
  if (date === undefined) throw unauthenticated("X-Sdk-Date is missing or not in the form YYYYMMDDTHHMMSSZ");
  if (Math.abs(now - date) > MAX_SKEW_MS)
    throw unauthenticated("X-Sdk-Date is more than 15 minutes away from the server's time");
  const key = await findAccessKey(deps.db, auth.accessKey);
  if (!key) throw unauthenticated("the access key (AK) is unknown");
  if (key.lockedUntil !== null && key.lockedUntil > now) {
    const seconds = Math.ceil((key.lockedUntil - now) / 1000);
    throw unauthenticated(
      `the access key is locked for ${seconds} more seconds after ${LOCK_AFTER_FAILURES} failed signatures`,
    );
  }
  const expected = signature(deps.secretBox.open(key.secretSealed), request, auth.signedHeaders);
  if (!signaturesEqual(expected, auth.signature)) {
    const failures = await recordFailure(deps.db, key.accessKey, LOCK_AFTER_FAILURES, now + LOCK_MS);
    throw unauthenticated(
      failures >= LOCK_AFTER_FAILURES
        ? `the signature does not match; the access key is now locked for ${LOCK_MS / 60_000} minutes`
        : "the signature does not match (check the SK, the endpoint without a trailing slash, and the Host header)",
    );
  }
  if (key.failedAttempts > 0) await resetFailures(deps.db, key.accessKey);
  for (const header of ["x-project-id", "x-domain-id"]) {
    const value = request.headers[header];
    if (value !== undefined && value !== key.projectId) {
      throw unauthenticated(
        `${header === "x-project-id" ? "X-Project-Id" : "X-Domain-Id"} is not the access key's project`,
      );
    }
  }
  if (!key.enabled) throw new AppError("FORBIDDEN", "The access key is disabled");
  return {
    kind: "access-key",
    id: key.accessKey,
    projectId: key.projectId,
    role: key.role,
    principal: key.principal,
    actAsOthers: key.actAsOthers,
  };
}
