import { Type } from "@sinclair/typebox";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { Str } from "../../http/wire-types.ts";
import { HandleOutcomeBody, toHandleHistory } from "../alarm-handling.schemas.ts";
import { reportAlarmHandleOutcome } from "../alarm-handling.service.ts";
import { durationOf } from "../alarm-handling.ts";

export const reportAlarmHandleOutcomeRoute: RouteModule = (app, deps) => {
  app.post(
    `${ADMIN_PREFIX}/alarms/:alarm_id/handle-histories/:work_order_id/outcome`,
    {
      config: { access: "writer" },
      schema: {
        operationId: "ReportAlarmHandleOutcome",
        summary: "An executor reports how a HandlerAlarm work order ended (incidentd extension)",
        description:
          "Once per work order: a second report is 409 IDT.00000409. An unknown work order, or one of " +
          "another alarm or project, is 404 IDT.00000404. data is the work order as the histories show it.",
        tags: ["incidentd alarms"],
        params: Type.Object({
          alarm_id: Str(255, { minLength: 1 }),
          work_order_id: Str(64, { minLength: 1 }),
        }),
        body: HandleOutcomeBody,
        response: responses(Type.Record(Type.String(), Type.Unknown())),
      },
    },
    async (request) => {
      const order = await reportAlarmHandleOutcome(
        deps,
        callerOf(request),
        { alarmId: request.params.alarm_id, workOrderId: request.params.work_order_id },
        {
          status: request.body.status,
          endTime: request.body.end_time ?? null,
          message: request.body.message ?? null,
        },
      );
      return ok(toHandleHistory(order, durationOf(order)));
    },
  );
};
