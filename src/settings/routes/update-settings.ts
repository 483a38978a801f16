import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { SettingsSchema, toSettingsView } from "../settings.schemas.ts";
import { updateSettings } from "../settings.service.ts";

export const updateSettingsRoute: RouteModule = (app, deps) => {
  app.put(
    `${ADMIN_PREFIX}/settings`,
    {
      config: { access: "admin" },
      schema: {
        operationId: "UpdateSettings",
        summary: "Change the project's workflow settings (absent fields keep their values)",
        tags: ["incidentd administration"],
        body: Type.Object({
          strict_roles: Type.Optional(Type.Boolean()),
          approvers: Type.Optional(Type.Array(Str(255, { minLength: 1 }), { maxItems: 100 })),
          warroom_auto_start_levels: Type.Optional(
            Type.Array(Str(255, { minLength: 1 }), {
              maxItems: 10,
              description: "Incident level keys; [] turns WarRoom auto-start off.",
            }),
          ),
        }),
        response: responses(SettingsSchema),
      },
    },
    async (request) => {
      const { strict_roles, approvers, warroom_auto_start_levels } = request.body;
      const settings = await updateSettings(deps, callerOf(request).projectId, {
        strictRoles: strict_roles,
        approvers,
        warroomAutoStartLevels: warroom_auto_start_levels,
      });
      return ok(toSettingsView(settings));
    },
  );
};
