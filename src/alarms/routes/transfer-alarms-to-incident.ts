import { Type } from "@sinclair/typebox";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { ok, responses } from "../../http/envelope.ts";
import { TransferAlarmsBody } from "../alarm.schemas.ts";
import { transferAlarmsToIncident } from "../alarm.service.ts";
import { toTransfer } from "./alarm-requests.ts";

export const transferAlarmsToIncidentRoute: RouteModule = (app, deps) => {
  app.post(
    "/v1/alarm-mgmt/alarms-linked-incident",
    {
      config: { access: "writer" },
      schema: {
        operationId: "TransferAlarmToIncident",
        summary:
          "Turn alarms into one incident (source source_id, default incident_source_alarm) and link them",
        description:
          "The incident is created like CreateCocIncident (creator = the credential's principal); data is [incident_num]. An alarm already linked to an incident is refused.",
        tags: ["COC alarms"],
        body: TransferAlarmsBody,
        response: responses(Type.Array(Type.String())),
      },
    },
    async (request) => ok(await transferAlarmsToIncident(deps, callerOf(request), toTransfer(request.body))),
  );
};
