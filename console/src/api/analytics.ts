import { useQuery } from "@tanstack/react-query";
import dayjs from "dayjs";
import { type Answer, api, call } from "./client.ts";

export type OpenIncidents = Answer<"/incidentd/v1/analytics/open-incidents", "get">;
export type IncidentAnalytics = Answer<"/incidentd/v1/analytics/incidents", "get">;
export type AnalyticsRow = IncidentAnalytics["rows"][number];

/** The project's open incidents now, by level and status; read again every 30 s. */
export function useOpenIncidents() {
  return useQuery({
    queryKey: ["analytics", "open-incidents"],
    queryFn: () => call(api.GET("/incidentd/v1/analytics/open-incidents")),
    refetchInterval: 30_000,
  });
}

/**
 * The last `days` calendar days of `tz` up to and including today, one row per day (docs/analytics.md: a
 * day's row is the incidents created that day and what has become of them).
 */
export function useDailyAnalytics(days: number, tz: string) {
  const today = dayjs().startOf("day");
  const from = today.subtract(days - 1, "day").format("YYYY-MM-DD");
  const to = today.add(1, "day").format("YYYY-MM-DD");
  return useQuery({
    queryKey: ["analytics", "daily", from, to, tz],
    queryFn: () =>
      call(
        api.GET("/incidentd/v1/analytics/incidents", {
          params: { query: { from, to, tz, interval: "day" } },
        }),
      ),
    refetchInterval: 60_000,
  });
}
