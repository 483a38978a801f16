import { ADMIN_PREFIX } from "../../../http/admin.ts";
import type { RouteModule } from "../../../http/app-types.ts";
import { ok, responses } from "../../../http/envelope.ts";
import { SessionSchema, toSessionData } from "../session.schemas.ts";
import { requireSession } from "../session.service.ts";
import { sessionSecretOf } from "../session-cookie.ts";

export const showCurrentSessionRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/sessions/current`,
    {
      // The session cookie is the credential here, checked by the handler (a token has no session).
      config: { access: "public" },
      schema: {
        operationId: "ShowCurrentSession",
        summary: "The signed-in person's session (and its CSRF token), or 401",
        tags: ["incidentd sessions"],
        response: responses(SessionSchema),
      },
    },
    async (request) => {
      const session = await requireSession(deps, sessionSecretOf(request.headers.cookie));
      return ok(toSessionData(session));
    },
  );
};
