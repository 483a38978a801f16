import { Type } from "@sinclair/typebox";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { ClearAlarmsBody } from "../alarm.schemas.ts";
import { clearAlarms } from "../alarm.service.ts";
import { toClearance } from "./alarm-requests.ts";

export const clearAlarmsRoute: RouteModule = (app, deps) => {
  app.post(
    "/v1/alarm-mgmt/alarms/cancel",
    {
      config: { access: "writer" },
      schema: {
        operationId: "ClearAlarm",
        summary: "Clear (resolve) alarms by hand",
        description:
          "All named alarms or none: an unknown id (or one of another project) fails the request. data lists the named alarm ids.",
        tags: ["COC alarms"],
        body: ClearAlarmsBody,
        response: responses(Type.Array(Type.String())),
      },
    },
    async (request) => ok(await clearAlarms(deps, callerOf(request), toClearance(request.body))),
  );
};
