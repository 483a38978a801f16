import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ErrorEnvelope } from "../../http/envelope.ts";
import { AlarmIdParam } from "../alarm.schemas.ts";
import {
  HandleHistoriesQuery,
  HandleHistoriesResponse,
  toHandleHistory,
  toResolvedRecord,
} from "../alarm-handling.schemas.ts";
import { listAlarmHandleHistories } from "../alarm-handling.service.ts";

export const listAlarmHandleHistoriesRoute: RouteModule = (app, deps) => {
  app.get(
    "/v1/alarm-mgmt/alarm/:alarm_id/handle-histories",
    {
      config: { access: "reader" },
      schema: {
        operationId: "ListAlarmHandleHistories",
        summary: "An alarm's HandlerAlarm work orders and their outcomes",
        description:
          "Newest first. The answer's fields are at the top level of the body (count, " +
          "alarm_handle_histories, resolved_record), as COC's SDK models the response; errors use the " +
          "usual envelope. resolved_record is the alarm's clearance (null while it is alarming).",
        tags: ["COC alarms"],
        params: AlarmIdParam,
        querystring: HandleHistoriesQuery,
        response: { 200: HandleHistoriesResponse, "4xx": ErrorEnvelope, "5xx": ErrorEnvelope },
      },
    },
    async (request) => {
      const { alarm, count, orders } = await listAlarmHandleHistories(
        deps,
        callerOf(request),
        request.params.alarm_id,
        request.query,
      );
      return {
        count,
        alarm_handle_histories: orders.map(({ order, duration }) => toHandleHistory(order, duration)),
        resolved_record: toResolvedRecord(alarm),
      };
    },
  );
};
