import { ADMIN_PREFIX } from "../../../http/admin.ts";
import type { RouteModule } from "../../../http/app-types.ts";
import { ok, responses } from "../../../http/envelope.ts";
import { sourceOf } from "../../aksk/source-address.ts";
import { SessionSchema, SignInBody, toSessionData } from "../session.schemas.ts";
import { resolveSession, signIn, signOut } from "../session.service.ts";
import { sessionCookie, sessionSecretOf } from "../session-cookie.ts";
import { signInBudget } from "../sign-in-guard.ts";

export const signInRoute: RouteModule = (app, deps) => {
  const attempts = signInBudget(deps);
  app.post(
    `${ADMIN_PREFIX}/sessions`,
    {
      // Anyone may try; wrong passwords are counted per user id and source and lock that pair.
      config: { access: "public" },
      schema: {
        operationId: "SignIn",
        summary: "Sign a person in with user id and password: sets the incidentd_session cookie",
        tags: ["incidentd sessions"],
        body: SignInBody,
        response: responses(SessionSchema),
      },
    },
    async (request, reply) => {
      const { user_id, password, project_id } = request.body;
      const source = sourceOf(request.ip);
      attempts.take(source);
      const { secret, session } = await signIn(deps, {
        userId: user_id,
        password,
        projectId: project_id,
        source,
      });
      // The browser's previous session (another user, or the same one again) ends: one cookie, one session.
      const previous = sessionSecretOf(request.headers.cookie);
      const replaced = previous === undefined ? undefined : await resolveSession(deps, previous);
      if (replaced) await signOut(deps, replaced);
      reply.header("set-cookie", sessionCookie(secret, request.protocol === "https"));
      return ok(toSessionData(session));
    },
  );
};
