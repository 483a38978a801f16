import { Type } from "@sinclair/typebox";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { AlarmIdParam } from "../alarm.schemas.ts";
import { HandlerAlarmBody, toHandleRequest } from "../alarm-handling.schemas.ts";
import { requestAlarmHandling } from "../alarm-handling.service.ts";

export const handlerAlarmRoute: RouteModule = (app, deps) => {
  app.post(
    "/v1/alarm-mgmt/alarm/:alarm_id/auto-process",
    {
      config: { access: "writer" },
      schema: {
        operationId: "HandlerAlarm",
        summary: "Ask for an alarm to be handled by a script or runbook",
        description:
          "incidentd runs no scripts: it records the request as a PROCESSING work order, shows it on " +
          "ShowAlarm and in ListAlarmHandleHistories, and sends the alarm.auto_process_requested webhook " +
          "event for an executor, which reports the outcome through ReportAlarmHandleOutcome. data is the " +
          "work order id. A resolved alarm cannot be handled.",
        tags: ["COC alarms"],
        params: AlarmIdParam,
        body: HandlerAlarmBody,
        response: responses(Type.String({ description: "The work order id." })),
      },
    },
    async (request) =>
      ok(
        await requestAlarmHandling(
          deps,
          callerOf(request),
          request.params.alarm_id,
          toHandleRequest(request.body),
        ),
      ),
  );
};
