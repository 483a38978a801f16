import { createHash } from "node:crypto";
import fc from "fast-check";
import type { InjectOptions } from "fastify";
import { authorizationHeader, formatSdkDate } from "../../src/auth/aksk/signature.ts";
import { mutatedBody, type RawBody, rawBody } from "./bodies.ts";
import { hostileString, inUrl, type UrlEncoding } from "./hostile-strings.ts";
import type { FuzzRoute, World } from "./world.ts";

/** How the request authenticates. Every mode but the first two must end in a 401/403 on protected routes. */
export type AuthMode =
  | "role-token"
  | "signed"
  | "no-credential"
  | "lower-role-token"
  | "unknown-token"
  | "malformed-signature"
  | "wrong-signature"
  | "replayed-signature"
  | "swapped-body"
  | "expired-signature";

export type BodyCase = { kind: "none" } | { kind: "json"; value: unknown } | { kind: "raw"; raw: RawBody };

export interface FuzzCase {
  params: Array<{ value: string; encoding: UrlEncoding }>;
  query: Array<[string, string]>;
  body: BodyCase;
  auth: AuthMode;
  /** A client X-Request-Id: must be echoed when well-formed, replaced otherwise. */
  requestId: string | undefined;
  /**
   * Percent-encode the first letter of every fixed path segment (`/v1/event/%70rometheus/…`): the router
   * decodes it to the same route, so whatever keys off the URL's text (log redaction) must not miss it.
   * Public routes only: a signed request's canonical path is not the place for this.
   */
  encodeFixedSegments: boolean;
}

const REAL_PARAM_VALUES = (w: World, route: FuzzRoute, name: string): string[] => {
  switch (name) {
    case "incident_num":
    case "incident_id":
      return w.incidents;
    case "alarm_id":
      return w.alarmIds;
    case "integration_key":
      return route.url.includes("prometheus") ? [w.keys.prometheus] : [w.keys.custom];
    case "ticket_type":
      return ["incident", "incidents", "warroom", "issues_mgmt"];
    case "field":
      return ["incident_type", "incident_ownership", "incident_level"];
    case "*":
      return ["index.html", "swagger-initializer.js", "../../../package.json", "..%2f..%2fpackage.json"];
    default:
      return [];
  }
};

function authModes(route: FuzzRoute): fc.Arbitrary<AuthMode> {
  if (route.access === "public") return fc.constant<AuthMode>("role-token");
  return fc.oneof(
    { arbitrary: fc.constant<AuthMode>("role-token"), weight: 70 },
    { arbitrary: fc.constant<AuthMode>("signed"), weight: 8 },
    {
      arbitrary: fc.constantFrom<AuthMode>(
        "no-credential",
        "lower-role-token",
        "unknown-token",
        "malformed-signature",
        "wrong-signature",
        "replayed-signature",
        "swapped-body",
        "expired-signature",
      ),
      weight: 22,
    },
  );
}

function bodyCases(w: World, route: FuzzRoute): fc.Arbitrary<BodyCase> {
  const takesBody = route.exampleBody !== undefined;
  const base = route.exampleBody ?? {};
  const limit = w.h.deps.config.bodyLimitBytes;
  const json = mutatedBody(base, w.incidents).map((value): BodyCase => ({ kind: "json", value }));
  const raw = rawBody(base, limit).map((r): BodyCase => ({ kind: "raw", raw: r }));
  const none = fc.constant<BodyCase>({ kind: "none" });
  if (route.method === "HEAD") return none;
  if (!takesBody) {
    return fc.oneof(
      { arbitrary: none, weight: 6 },
      { arbitrary: json, weight: 2 },
      { arbitrary: raw, weight: 2 },
    );
  }
  return fc.oneof(
    { arbitrary: json, weight: 6 },
    { arbitrary: raw, weight: 3 },
    { arbitrary: none, weight: 1 },
    { arbitrary: fc.constant<BodyCase>({ kind: "json", value: base }), weight: 1 },
  );
}

export function fuzzCase(w: World, route: FuzzRoute): fc.Arbitrary<FuzzCase> {
  const encoding = fc.constantFrom<UrlEncoding>("encoded", "encoded", "raw", "mixed");
  const params = fc.tuple(
    ...route.pathParams.map((name) =>
      fc.record({ value: hostileString(REAL_PARAM_VALUES(w, route, name)), encoding }),
    ),
  );
  const strings = hostileString(w.incidents);
  const names =
    route.queryParams.length > 0 ? fc.oneof(fc.constantFrom(...route.queryParams), strings) : strings;
  const exportQuery = mutatedBody({ string_filters: [], condition: "" }, w.incidents).map((v) =>
    JSON.stringify(v),
  );
  const query = fc.array(fc.tuple(names, fc.oneof(strings, exportQuery)), { maxLength: 4 });
  const requestId = fc.option(
    fc.oneof(fc.constantFrom("fuzz-req.1:2_3", "x".repeat(129), "bad id", "é"), fc.string({ maxLength: 20 })),
    { freq: 5 },
  );
  return fc.record({
    params,
    query,
    body: bodyCases(w, route),
    auth: authModes(route),
    requestId: requestId.map((v) => v ?? undefined),
    encodeFixedSegments: route.access === "public" ? fc.boolean() : fc.constant(false),
  });
}

function queryString(pairs: Array<[string, string]>): string {
  return pairs.map(([k, v]) => `${inUrl(k, "encoded")}=${inUrl(v, "encoded")}`).join("&");
}

/** The bytes and content type a body case puts on the wire. */
export function wireBody(body: BodyCase): {
  payload: string | Buffer | undefined;
  contentType: string | undefined;
} {
  if (body.kind === "none") return { payload: undefined, contentType: undefined };
  if (body.kind === "json") return { payload: JSON.stringify(body.value), contentType: "application/json" };
  return { payload: body.raw.payload, contentType: body.raw.contentType };
}

function tokenFor(w: World, route: FuzzRoute, auth: AuthMode): string {
  const { tokens } = w.h;
  // A reader route has no lower role: its "lower-role" case sends an unknown token instead.
  if (auth === "unknown-token" || (auth === "lower-role-token" && route.access === "reader"))
    return "idt_not-a-real-token' OR 1=1 --";
  if (auth === "lower-role-token") return route.access === "admin" ? tokens.writer : tokens.reader;
  return route.access === "admin" ? tokens.admin : route.access === "writer" ? tokens.writer : tokens.reader;
}

/** Turns a case into an `app.inject` request, signing it (or mis-signing it) when the case says so. */
export function injectOptions(w: World, route: FuzzRoute, c: FuzzCase): InjectOptions {
  let i = 0;
  const template = c.encodeFixedSegments
    ? route.url.replace(/\/([a-z])/g, (_, letter: string) => `/%${letter.charCodeAt(0).toString(16)}`)
    : route.url;
  const path = template.replace(/:[A-Za-z_]+|\*/g, () => {
    const p = c.params[i++];
    return p ? inUrl(p.value, p.encoding) : "x";
  });
  const query = queryString(c.query);
  const url = query ? `${path}?${query}` : path;
  const { payload, contentType } = wireBody(c.body);
  const headers: Record<string, string> = {};
  if (contentType !== undefined) headers["content-type"] = contentType;
  if (c.requestId !== undefined) headers["x-request-id"] = c.requestId;
  const options: InjectOptions = { method: route.method as "GET", url, headers, payload };
  // The intake routes without the key in the path take it as a bearer credential.
  if (route.url.startsWith("/v1/event/") && route.pathParams.length === 0)
    headers.authorization = `Bearer ${route.url.includes("prometheus") ? w.keys.prometheus : w.keys.custom}`;
  if (route.access === "public" || c.auth === "no-credential") return options;
  if (!c.auth.endsWith("signature") && c.auth !== "signed" && c.auth !== "swapped-body") {
    headers["x-auth-token"] = tokenFor(w, route, c.auth);
    return options;
  }
  // A swapped body is sent with the good key from an address of its own: were it accepted, the
  // lockout could not hide it; as it is refused, it locks the key for that address only.
  const key = c.auth === "signed" || c.auth === "swapped-body" ? w.goodKey : w.victimKey;
  if (c.auth === "swapped-body") options.remoteAddress = "192.0.2.1";
  const now = w.h.clock.now();
  headers.host = "127.0.0.1:18080";
  headers["x-sdk-date"] = formatSdkDate(c.auth === "expired-signature" ? now - 16 * 60_000 : now);
  // replayed-signature: signed over another body; swapped-body: the same, plus an unsigned
  // X-Sdk-Content-Sha256 claiming the signed body's hash (which must not count).
  const otherBody = c.auth === "replayed-signature" || c.auth === "swapped-body";
  const signedBody = otherBody ? `${payload ?? ""} ` : (payload ?? "");
  const signed = { method: route.method, path, query, headers: { ...headers }, body: signedBody };
  // The signer refuses paths it cannot encode (lone surrogates); such a request goes out mis-signed.
  let authorization: string;
  try {
    authorization = authorizationHeader(key.accessKey, key.secretKey, signed);
  } catch {
    authorization = `SDK-HMAC-SHA256 Access=${key.accessKey}, SignedHeaders=host;x-sdk-date, Signature=${"0".repeat(64)}`;
  }
  if (c.auth === "malformed-signature") headers.authorization = `${authorization.slice(0, 40)}, Signature=`;
  else if (c.auth === "wrong-signature")
    headers.authorization = authorization.replace(/Signature=\w+/, `Signature=${"0".repeat(64)}`);
  else headers.authorization = authorization;
  if (c.auth === "swapped-body")
    headers["x-sdk-content-sha256"] = createHash("sha256").update(signedBody).digest("hex");
  return options;
}
