import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { SettingsSchema, toSettingsView } from "../settings.schemas.ts";
import { getSettings } from "../settings.service.ts";

export const getSettingsRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/settings`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "GetSettings",
        summary: "The project's workflow settings",
        tags: ["incidentd administration"],
        response: responses(SettingsSchema),
      },
    },
    async (request) => ok(toSettingsView(await getSettings(deps, callerOf(request).projectId))),
  );
};
