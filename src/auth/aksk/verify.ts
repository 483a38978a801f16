import type { Deps } from "../../deps.ts";
import { AppError, unauthenticated } from "../../errors.ts";
import type { Credential } from "../credential.ts";
import { findAccessKeyForSource } from "./access-key.repository.ts";
import {
  bodyHash,
  CONTENT_SHA256_HEADER,
  type ParsedAuthorization,
  parseSdkDate,
  type SignableRequest,
  sha256Hex,
  signature,
  signaturesEqual,
  UNSIGNED_PAYLOAD,
} from "./signature.ts";
import {
  claimSignature,
  purgeSignatureGuard,
  recordSignatureFailure,
  resetSignatureFailures,
} from "./signature-guard.repository.ts";

export const MAX_SKEW_MS = 15 * 60_000;
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 5 * 60_000;
/** Nodes' clocks differ a little: a seen signature is kept this long past its own window. */
const SEEN_MARGIN_MS = 60_000;
/** A run of failures from one source is forgotten after an hour without any (unless it still locks). */
export const FAILURE_MEMORY_MS = 60 * 60_000;
/** About one write to the guard tables in this many also purges them (no timer, no per-process state). */
const PURGE_ONE_IN = 256;
const purgeDue = () => Math.random() * PURGE_ONE_IN < 1;

/** What the route and the connection tell the verifier besides the signed request itself. */
export interface SignedRequestContext {
  /** The client's source (sourceOf): failed signatures lock a key for that source only. */
  source: string;
  /** The route takes multipart uploads, which the SDK signs with X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD. */
  unsignedPayload: boolean;
  /** The request changes state: its signature is accepted once (a replay within the window is refused). */
  refuseReplay: boolean;
}

/** The declared payload hash, when it is signed, must be one the route accepts for the body received. */
function checkDeclaredPayload(
  auth: ParsedAuthorization,
  request: SignableRequest,
  context: SignedRequestContext,
) {
  const declared = request.headers[CONTENT_SHA256_HEADER];
  if (!declared || !auth.signedHeaders.includes(CONTENT_SHA256_HEADER)) return;
  if (declared === UNSIGNED_PAYLOAD) {
    if (context.unsignedPayload) return;
    throw unauthenticated(
      "X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD is accepted only on attachment uploads (multipart); sign the JSON body itself",
    );
  }
  if (declared !== bodyHash(request))
    throw unauthenticated("X-Sdk-Content-Sha256 is not the SHA-256 of the body received");
}

/**
 * Verifies an SDK-HMAC-SHA256 request as Huawei's gateway does: each failure has its own reason; five bad
 * signatures in a row from one source lock that access key for that source (only) for five minutes; an
 * accepted state-changing request's signature is not accepted a second time.
 */
export async function verifySignedRequest(
  deps: Deps,
  auth: ParsedAuthorization,
  request: SignableRequest,
  context: SignedRequestContext,
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
  checkDeclaredPayload(auth, request, context);
  const found = await findAccessKeyForSource(deps.db, auth.accessKey, context.source);
  if (!found) throw unauthenticated("the access key (AK) is unknown");
  const { key } = found;
  if (found.sourceLockedUntil !== null && found.sourceLockedUntil > now) {
    const seconds = Math.ceil((found.sourceLockedUntil - now) / 1000);
    throw unauthenticated(
      `the access key is locked for this source address for ${seconds} more seconds after ${LOCK_AFTER_FAILURES} failed signatures`,
    );
  }
  const expected = signature(deps.secretBox.open(key.secretSealed), request, auth.signedHeaders);
  if (!signaturesEqual(expected, auth.signature)) {
    if (purgeDue()) await purgeSignatureGuard(deps.db, now, FAILURE_MEMORY_MS);
    const failures = await recordSignatureFailure(deps.db, {
      accessKey: key.accessKey,
      source: context.source,
      now,
      lockAfter: LOCK_AFTER_FAILURES,
      lockUntil: now + LOCK_MS,
    });
    throw unauthenticated(
      failures >= LOCK_AFTER_FAILURES
        ? `the signature does not match; the access key is now locked for this source address for ${LOCK_MS / 60_000} minutes`
        : "the signature does not match (check the SK, the endpoint without a trailing slash, and the Host header)",
    );
  }
  if (found.sourceFailures > 0) await resetSignatureFailures(deps.db, key.accessKey, context.source);
  for (const header of ["x-project-id", "x-domain-id"]) {
    const value = request.headers[header];
    if (value !== undefined && value !== key.projectId) {
      throw unauthenticated(
        `${header === "x-project-id" ? "X-Project-Id" : "X-Domain-Id"} is not the access key's project`,
      );
    }
  }
  if (!key.enabled) throw new AppError("FORBIDDEN", "The access key is disabled");
  if (context.refuseReplay) await refuseReplay(deps, key.accessKey, auth.signature, date, now);
  return {
    kind: "access-key",
    id: key.accessKey,
    projectId: key.projectId,
    role: key.role,
    principal: key.principal,
    actAsOthers: key.actAsOthers,
  };
}

/**
 * A signature binds the method, path, query, signed headers, body and X-Sdk-Date (to the second), so the
 * same signature twice is the same request sent again: whoever captured it could repeat a write for as
 * long as the date is within the window. The official SDK signs every call afresh.
 */
async function refuseReplay(deps: Deps, accessKey: string, sig: string, date: number, now: number) {
  const hash = sha256Hex(`${accessKey}\n${sig}`);
  const fresh = await deps.committer.run(async (trx) => {
    if (purgeDue()) await purgeSignatureGuard(trx, now, FAILURE_MEMORY_MS);
    return claimSignature(trx, hash, date + MAX_SKEW_MS + SEEN_MARGIN_MS);
  });
  if (!fresh) {
    throw unauthenticated(
      "this signature was already used: a signed request that changes data is accepted once (sign each request afresh; identical requests need a new X-Sdk-Date, one second later)",
    );
  }
}
