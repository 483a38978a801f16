import type { FastifyRequest } from "fastify";
import { type ParsedAuthorization, parseAuthorization } from "../auth/aksk/signature.ts";
import { sourceOf } from "../auth/aksk/source-address.ts";
import { verifySignedRequest } from "../auth/aksk/verify.ts";
import { type Access, allows, type Credential } from "../auth/credential.ts";
import { checkCsrf, requireSession, sessionCredential } from "../auth/sessions/session.service.ts";
import { CSRF_HEADER, sessionSecretOf } from "../auth/sessions/session-cookie.ts";
import { authenticateToken, cachedTokenCredential } from "../auth/token.service.ts";
import type { Deps } from "../deps.ts";
import { AppError, unauthenticated } from "../errors.ts";
import type { App } from "./app-types.ts";
import { rejectNulInBody } from "./nul-check.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The body exactly as received: signatures cover these bytes, never a re-serialisation. */
    rawBody: string | undefined;
    signedAuth: ParsedAuthorization | undefined;
  }
  interface FastifyContextConfig {
    /**
     * The route takes multipart uploads: an AK/SK signature may declare X-Sdk-Content-Sha256:
     * UNSIGNED-PAYLOAD, as the official SDK does for them. Everywhere else the signature covers the body.
     */
    unsignedPayload?: boolean;
  }
}

/** Methods whose body Fastify never reads (handle-request.js): their signature covers an empty body. */
export const BODYLESS_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "TRACE"]);

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function checkRole(credential: Credential, access: Access): void {
  if (!allows(credential.role, access)) {
    throw new AppError(
      "FORBIDDEN",
      `The credential's role "${credential.role}" may not perform this operation (it requires ${access})`,
    );
  }
}

function signableOf(request: FastifyRequest) {
  const url = request.raw.url ?? "/";
  const q = url.indexOf("?");
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = Array.isArray(value) ? value.join(",") : value;
  }
  return {
    method: request.method,
    path: q < 0 ? url : url.slice(0, q),
    query: q < 0 ? "" : url.slice(q + 1),
    headers,
    body: Buffer.from(request.rawBody ?? "", "utf8"),
  };
}

function acceptCredential(deps: Deps, request: FastifyRequest, credential: Credential, access: Access): void {
  checkRole(credential, access);
  deps.rateLimiter.take(`${credential.kind}:${credential.id}`);
  request.credential = credential;
}

/** Methods that only read: a cookie-authenticated request of any other method must prove it is no CSRF. */
const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A person's session cookie, used only when the request carries no token and no signature: it stands for
 * a token of the user's role. Writes must echo the session's CSRF token (SameSite=Strict already keeps
 * other sites' requests cookie-less in current browsers; the header also covers older ones).
 */
async function authenticateSessionCookie(
  deps: Deps,
  request: FastifyRequest,
  secret: string,
  access: Access,
): Promise<void> {
  const session = await requireSession(deps, secret);
  if (!SAFE_METHODS.has(request.method)) checkCsrf(session, request.headers[CSRF_HEADER]);
  acceptCredential(deps, request, sessionCredential(session), access);
}

/** Tokens are checked before the body is read; a signature is only parsed here (verified by the caller). */
function authenticateOnRequest(deps: Deps, request: FastifyRequest): Promise<void> | undefined {
  if (request.is404) return undefined;
  const access = request.routeOptions.config.access ?? "admin";
  if (access === "public") return undefined;
  const token = headerValue(request, "x-auth-token");
  if (token) {
    const cached = cachedTokenCredential(deps, token);
    if (cached) {
      acceptCredential(deps, request, cached, access);
      return undefined;
    }
    return authenticateToken(deps, token).then((credential) =>
      acceptCredential(deps, request, credential, access),
    );
  }
  const authorization = headerValue(request, "authorization");
  if (!authorization) {
    const secret = sessionSecretOf(request.headers.cookie);
    if (secret !== undefined) return authenticateSessionCookie(deps, request, secret, access);
    throw unauthenticated(
      "no credentials: send an X-Auth-Token header or sign the request with an access key",
    );
  }
  const parsed = parseAuthorization(authorization);
  if (!parsed) {
    throw unauthenticated(
      "the Authorization header is malformed (expected SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…)",
    );
  }
  request.signedAuth = parsed;
  return undefined;
}

/** The two steps of authentication, run by the app's own onRequest and preValidation hooks (app.ts). */
export interface AuthSteps {
  /**
   * Tokens are checked here, before the body is read. A signature is parsed, and verified too when the
   * method has no body (GET, HEAD: Fastify never reads one), so such requests need no later step.
   */
  onRequest(request: FastifyRequest, done: (error?: Error) => void): void;
  /** SDK-HMAC-SHA256 signatures still unverified are verified once the raw body is there (it is signed). */
  preValidation(request: FastifyRequest, done: (error?: Error) => void): void;
}

/**
 * Every request is authenticated: tokens before the body is read; SDK-HMAC-SHA256 signatures once the raw
 * body is there. Public routes pass; unknown routes fall through to the 404. Both steps are callback style:
 * a cached token is checked without allocating a promise (the hot path of every read).
 */
export function registerAuth(app: App, deps: Deps): AuthSteps {
  app.decorateRequest("credential", null);
  app.decorateRequest("rawBody", undefined);
  app.decorateRequest("signedAuth", undefined);
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    request.rawBody = body as string;
    parseJson(request, body as string, (error, value) => {
      if (error) return done(error);
      try {
        rejectNulInBody(body as string, value);
      } catch (refused) {
        return done(refused as Error);
      }
      done(null, value);
    });
  });

  const verifySignature = (request: FastifyRequest, done: (error?: Error) => void) => {
    const signed = request.signedAuth;
    if (!signed) return done();
    request.signedAuth = undefined;
    const config = request.routeOptions.config;
    const access = config.access ?? "admin";
    verifySignedRequest(deps, signed, signableOf(request), {
      source: sourceOf(request.ip),
      unsignedPayload: config.unsignedPayload === true,
      // Reader routes only read, whatever their method (POST queries): repeating one changes nothing.
      refuseReplay: !BODYLESS_METHODS.has(request.method) && access !== "reader",
    }).then((credential) => {
      try {
        acceptCredential(deps, request, credential, access);
      } catch (error) {
        return done(error as Error);
      }
      done();
    }, done);
  };

  const verifyIfBodyless = (request: FastifyRequest, done: (error?: Error) => void) => {
    if (request.signedAuth && BODYLESS_METHODS.has(request.method)) verifySignature(request, done);
    else done();
  };

  return {
    onRequest(request, done) {
      let pending: Promise<void> | undefined;
      try {
        pending = authenticateOnRequest(deps, request);
      } catch (error) {
        done(error as Error);
        return;
      }
      if (pending) pending.then(() => verifyIfBodyless(request, done), done);
      else verifyIfBodyless(request, done);
    },
    preValidation: verifySignature,
  };
}
