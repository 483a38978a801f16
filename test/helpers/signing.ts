import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { authorizationHeader, formatSdkDate } from "../../src/auth/aksk/signature.ts";
import type { Harness } from "../../testkit/harness.ts";

export interface SignedCall {
  method: string;
  url: string;
  body?: unknown;
  accessKey: string;
  secretKey: string;
  projectId?: string;
  /** When the request claims to have been signed (default: the harness clock's now). */
  signedAt?: number;
  /** Changes a header after signing (to test tampering). */
  tamper?: Record<string, string>;
  /** Headers added before signing (signed with the others). */
  extraSigned?: Record<string, string>;
  /** The client address the request comes from (default 127.0.0.1). */
  remoteAddress?: string;
}

/** Sends a request signed exactly as the official SDK signs it (all sent headers signed). */
export function signedRequest(h: Harness, call: SignedCall): Promise<LightMyRequestResponse> {
  return h.app.inject(signedOptions(h, call));
}

/** The `inject` options of such a request (to send it to another app, or twice). */
export function signedOptions(h: Pick<Harness, "clock">, call: SignedCall): InjectOptions {
  const [path, query = ""] = call.url.split("?") as [string, string?];
  const body = call.body === undefined ? "" : JSON.stringify(call.body);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    host: "127.0.0.1:18080",
    "x-sdk-date": formatSdkDate(call.signedAt ?? h.clock.now()),
    ...(call.projectId ? { "x-project-id": call.projectId } : {}),
    ...call.extraSigned,
  };
  const authorization = authorizationHeader(call.accessKey, call.secretKey, {
    method: call.method,
    path,
    query,
    headers,
    body,
  });
  return {
    method: call.method as "GET",
    url: call.url,
    headers: { ...headers, authorization, ...call.tamper },
    ...(call.remoteAddress ? { remoteAddress: call.remoteAddress } : {}),
    ...(body ? { payload: body } : {}),
  };
}
