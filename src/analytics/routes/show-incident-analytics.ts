import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { expensiveRoute } from "../../http/concurrency-limit.ts";
import { ok, responses } from "../../http/envelope.ts";
import { AnalyticsQuerySchema, IncidentAnalyticsSchema } from "../analytics.schemas.ts";
import { incidentAnalytics } from "../analytics.service.ts";
import { csvOf } from "../analytics.ts";

export const showIncidentAnalyticsRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/analytics/incidents`,
    {
      config: { access: "reader" },
      ...expensiveRoute(deps),
      schema: {
        operationId: "ShowIncidentAnalytics",
        summary: "Incidents created, accepted, resolved and closed, MTTA and MTTR per calendar bucket",
        description:
          "Per day, ISO week or month of tz (optionally per level, application, source or assignee): the incidents created in the bucket, how many of them are accepted, resolved and closed, and their MTTA and MTTR as mean, p50 and p90 with the censored (still open) ones counted apart. Definitions: docs/analytics.md. With format=csv (or Accept: text/csv) the rows come as CSV with a header row instead.",
        tags: ["incidentd analytics"],
        querystring: AnalyticsQuerySchema,
        response: responses(IncidentAnalyticsSchema),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const analytics = await incidentAnalytics(deps, callerOf(request), query);
      const csv = format === undefined ? !!request.headers.accept?.includes("text/csv") : format === "csv";
      if (!csv) return ok(analytics);
      return (
        reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="incident-analytics.csv"')
          // A string body is sent as it is; the response schema only types the JSON one.
          .send(csvOf(analytics.rows) as never)
      );
    },
  );
};
