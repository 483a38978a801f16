import type { FastifyRequest } from "fastify";
import type { Deps } from "../deps.ts";
import type { App } from "../http/app-types.ts";
import { AppError, unauthenticated } from "../http/errors.ts";
import { allows } from "./credential.ts";
import { authenticateToken } from "./token.service.ts";

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * Authenticates every request before its body is read: public routes pass, unknown routes fall through to
 * the 404 envelope, everything else needs a credential whose role allows the route's access level.
 */
export function registerAuthHook(app: App, deps: Deps): void {
  app.decorateRequest("credential", null);
  app.addHook("onRequest", async (request) => {
    if (request.is404) return;
    const access = request.routeOptions.config.access ?? "admin";
    if (access === "public") return;
    const token = headerValue(request, "x-auth-token");
    if (!token) {
      if (headerValue(request, "authorization")?.startsWith("SDK-HMAC-SHA256")) {
        throw unauthenticated(
          "AK/SK (SDK-HMAC-SHA256) signatures are not supported yet; send an X-Auth-Token header",
        );
      }
      throw unauthenticated("no credentials: send an X-Auth-Token header");
    }
    const credential = await authenticateToken(deps, token);
    if (!allows(credential.role, access)) {
      throw new AppError(
        "FORBIDDEN",
        `The credential's role "${credential.role}" may not perform this operation (it requires ${access})`,
      );
    }
    request.credential = credential;
  });
}
