import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { listScenes } from "../oncall.service.ts";

export const listOnCallScenesRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/oncall/scenes`,
    {
      config: { access: "reader" },
      schema: {
        operationId: "ListOnCallScenes",
        summary: "The project's on-call scenes",
        tags: ["incidentd on-call"],
        response: responses(
          Type.Object({ scenes: Type.Array(Type.Object({ scene_id: Type.String(), name: Type.String() })) }),
        ),
      },
    },
    async (request) => ok({ scenes: await listScenes(deps, callerOf(request)) }),
  );
};
