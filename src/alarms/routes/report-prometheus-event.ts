import type { RouteModule } from "../../http/app-types.ts";
import { ingestReports } from "../alarm-intake.service.ts";
import {
  PROMETHEUS_EVENT_FIELDS,
  PrometheusEventBody,
  prometheusEventToReports,
} from "../events/prometheus-event.ts";
import {
  EVENT_RESPONSES,
  eventAccepted,
  eventRouteOptions,
  integrationOf,
  KEY_LOCATIONS,
} from "./intake-http.ts";

const SUMMARY = {
  path: "Receive an Alertmanager webhook (the integration key in the path, as COC has it)",
  header: "Receive an Alertmanager webhook (the integration key as Authorization: Bearer; recommended)",
};

/** One endpoint, two ways of sending the key: in the path (COC's form) or as a bearer credential. */
export const reportPrometheusEventRoute: RouteModule = (app, deps) => {
  for (const location of ["path", "header"] as const) {
    const { suffix, security, params } = KEY_LOCATIONS[location];
    app.post(
      `/v1/event/prometheus${suffix}`,
      {
        ...eventRouteOptions(app, deps, "prometheus", PROMETHEUS_EVENT_FIELDS, location),
        schema: {
          operationId:
            location === "path" ? "CreateReportPrometheusEvent" : "CreateReportPrometheusEventBearer",
          summary: SUMMARY[location],
          description:
            "Every alert of the payload is stored before the answer, in one transaction. Mapping in docs/alarms.md.",
          tags: ["COC alarms"],
          security,
          ...(params ? { params } : {}),
          body: PrometheusEventBody,
          response: EVENT_RESPONSES,
        },
      },
      async (request) => {
        const reports = prometheusEventToReports(request.body, deps.clock.now());
        await ingestReports(deps, integrationOf(request), reports);
        return eventAccepted();
      },
    );
  }
};
