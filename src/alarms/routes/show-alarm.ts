import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { AlarmIdParam, AlarmInfoSchema, toAlarmInfo } from "../alarm.schemas.ts";
import { showAlarm } from "../alarm.service.ts";

export const showAlarmRoute: RouteModule = (app, deps) => {
  app.get(
    "/v1/alarm-mgmt/alarm/:alarm_id",
    {
      config: { access: "reader" },
      schema: {
        operationId: "ShowAlarm",
        summary: "An alarm's details (AlarmInfoDTO plus incidentd's extensions)",
        tags: ["COC alarms"],
        params: AlarmIdParam,
        response: responses(AlarmInfoSchema),
      },
    },
    async (request) => {
      const { alarm, integrationName, rule, handling } = await showAlarm(
        deps,
        callerOf(request),
        request.params.alarm_id,
      );
      return ok(toAlarmInfo(alarm, integrationName, rule, handling));
    },
  );
};
