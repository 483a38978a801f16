import type { RouteModule } from "../../http/app-types.ts";
import { ingestReports } from "../alarm-intake.service.ts";
import { CUSTOM_EVENT_FIELDS, CustomEventBody, customEventToReport } from "../events/custom-event.ts";
import {
  EVENT_RESPONSES,
  eventAccepted,
  eventRouteOptions,
  integrationOf,
  KEY_LOCATIONS,
} from "./intake-http.ts";

const SUMMARY = {
  path: "Report an alarm in COC's custom format (the integration key in the path, as COC has it)",
  header:
    "Report an alarm in COC's custom format (the integration key as Authorization: Bearer; recommended)",
};

/** One endpoint, two ways of sending the key: in the path (COC's form) or as a bearer credential. */
export const reportCustomEventRoute: RouteModule = (app, deps) => {
  for (const location of ["path", "header"] as const) {
    const { suffix, security, params } = KEY_LOCATIONS[location];
    app.post(
      `/v1/event/huawei/custom${suffix}`,
      {
        ...eventRouteOptions(app, deps, "custom", CUSTOM_EVENT_FIELDS, location),
        schema: {
          operationId: location === "path" ? "CreateReportCustomEvent" : "CreateReportCustomEventBearer",
          summary: SUMMARY[location],
          description:
            "Stored before the answer (durable). Validation errors list every failing field, joined by ' | ', as 400 COC.00000001; a bad or missing key is 401 common.01010001.",
          tags: ["COC alarms"],
          security,
          ...(params ? { params } : {}),
          body: CustomEventBody,
          response: EVENT_RESPONSES,
        },
      },
      async (request) => {
        await ingestReports(deps, integrationOf(request), [customEventToReport(request.body)]);
        return eventAccepted();
      },
    );
  }
};
