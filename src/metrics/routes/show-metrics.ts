import { Type } from "@sinclair/typebox";
import type { RouteModule } from "../../http/app-types.ts";
import { ErrorEnvelope } from "../../http/envelope.ts";

/**
 * The Prometheus exposition of this node (docs/observability.md). An admin credential or a token of the
 * `metrics` role, which reads this and nothing else; INCIDENTD_METRICS_PORT serves the same text without
 * credentials on a separate listener.
 */
export const showMetricsRoute: RouteModule = (app, deps) => {
  app.get(
    "/metrics",
    {
      config: { access: "metrics" },
      schema: {
        operationId: "ShowMetrics",
        summary: "Prometheus metrics of this node (admin or metrics token)",
        description:
          "The Prometheus text format (prom-client): requests, incidents, alarms, transfer rules, webhooks, the database, the process. Counters are this node's; gauges read from the database are the cluster's (docs/observability.md).",
        tags: ["operations"],
        response: {
          200: Type.String({ description: "Prometheus text exposition format 0.0.4." }),
          "4xx": ErrorEnvelope,
          "5xx": ErrorEnvelope,
        },
      },
    },
    async (_request, reply) => {
      const body = await deps.metrics.render();
      return reply
        .header("content-type", deps.metrics.contentType)
        .header("cache-control", "no-store")
        .send(body);
    },
  );
};
