import type { RouteModule } from "../../http/app-types.ts";
import { ingestReports } from "../alarm-intake.service.ts";
import {
  EVENT_RESPONSES,
  eventAccepted,
  eventRouteOptions,
  IntegrationKeyParam,
  integrationOf,
} from "../events/event-http.ts";
import {
  PROMETHEUS_EVENT_FIELDS,
  PrometheusEventBody,
  prometheusEventToReports,
} from "../events/prometheus-event.ts";

export const reportPrometheusEventRoute: RouteModule = (app, deps) => {
  app.post(
    "/v1/event/prometheus/:integration_key",
    {
      ...eventRouteOptions(app, deps, "prometheus", PROMETHEUS_EVENT_FIELDS),
      schema: {
        operationId: "CreateReportPrometheusEvent",
        summary: "Receive an Alertmanager webhook (authenticated by the integration key in the path)",
        description:
          "Every alert of the payload is stored before the answer, in one transaction. Mapping in docs/alarms.md.",
        tags: ["COC alarms"],
        security: [],
        params: IntegrationKeyParam,
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
};
