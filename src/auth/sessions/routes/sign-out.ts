import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../../http/admin.ts";
import type { RouteModule } from "../../../http/app-types.ts";
import { ok, responses } from "../../../http/envelope.ts";
import { checkCsrf, resolveSession, signOut } from "../session.service.ts";
import { CSRF_HEADER, clearedSessionCookie, sessionSecretOf } from "../session-cookie.ts";

export const signOutRoute: RouteModule = (app, deps) => {
  app.delete(
    `${ADMIN_PREFIX}/sessions/current`,
    {
      // The session cookie is the credential here, checked by the handler (a token has no session).
      config: { access: "public" },
      schema: {
        operationId: "SignOut",
        summary: "Sign out: ends the session on the server and clears the cookie",
        tags: ["incidentd sessions"],
        response: responses(Type.Null()),
      },
    },
    async (request, reply) => {
      const secret = sessionSecretOf(request.headers.cookie);
      const session = secret === undefined ? undefined : await resolveSession(deps, secret);
      if (session) {
        // Another site must not be able to sign a person out either.
        checkCsrf(session, request.headers[CSRF_HEADER]);
        await signOut(deps, session);
      }
      reply.header("set-cookie", clearedSessionCookie(request.protocol === "https"));
      return ok(null);
    },
  );
};
