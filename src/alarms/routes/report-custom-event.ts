import type { RouteModule } from "../../http/app-types.ts";
import { ingestReports } from "../alarm-intake.service.ts";
import { CUSTOM_EVENT_FIELDS, CustomEventBody, customEventToReport } from "../events/custom-event.ts";
import {
  EVENT_RESPONSES,
  eventAccepted,
  eventRouteOptions,
  IntegrationKeyParam,
  integrationOf,
} from "../events/event-http.ts";

export const reportCustomEventRoute: RouteModule = (app, deps) => {
  app.post(
    "/v1/event/huawei/custom/:integration_key",
    {
      ...eventRouteOptions(app, deps, "custom", CUSTOM_EVENT_FIELDS),
      schema: {
        operationId: "CreateReportCustomEvent",
        summary: "Report an alarm in COC's custom format (authenticated by the integration key in the path)",
        description:
          "Stored before the answer (durable). Validation errors list every failing field, joined by ' | ', as 400 COC.00000001; a bad key is 401 common.01010001.",
        tags: ["COC alarms"],
        security: [],
        params: IntegrationKeyParam,
        body: CustomEventBody,
        response: EVENT_RESPONSES,
      },
    },
    async (request) => {
      await ingestReports(deps, integrationOf(request), [customEventToReport(request.body)]);
      return eventAccepted();
    },
  );
};
