import { measureOn } from "./compare.ts";
import { latencyGoal, type ScenarioReport } from "./report.ts";
import type { BenchContext } from "./setup.ts";

/*
 * Analytics (docs/analytics.md): GET /incidentd/v1/analytics/incidents over the last 90 days, daily, by
 * level, in a time zone with DST (goal: p99 <= 200 ms at 1,000,000 incidents, a quarter of which fall in
 * the range), one request at a time as a dashboard asks. The seeded incidents carry their facts
 * (bench/fixtures.ts seededFacts), with spread acceptance and recovery times.
 */

const DAY = 86_400_000;
const GOAL_MS = 200;

export async function benchAnalytics(ctx: BenchContext): Promise<ScenarioReport> {
  const base = ctx.nodes[0]?.baseUrl;
  const query = new URLSearchParams({
    from: new Date(ctx.now - 90 * DAY).toISOString(),
    to: new Date(ctx.now).toISOString(),
    interval: "day",
    group_by: "level",
    tz: "Europe/Berlin",
  });
  const url = `${base}/incidentd/v1/analytics/incidents?${query}`;
  const headers = { "x-auth-token": ctx.token };
  // Fails fast on a wrong answer, and shows that the range holds what the goal is about.
  const res = await fetch(url, { headers });
  const body = (await res.json()) as { data?: { rows: Array<{ created: number }> } };
  if (res.status !== 200 || !body.data)
    throw new Error(`analytics answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  const incidents = body.data.rows.reduce((n, r) => n + r.created, 0);
  ctx.log(`  analytics: ${body.data.rows.length} rows over ${incidents} incidents`);
  const m = await measureOn(
    ctx,
    ctx.nodes.slice(0, 1),
    "analytics (90 days by level)",
    { urls: [url], method: "GET", headers },
    { ...ctx.options, connections: 1 },
  );
  return {
    rows: [{ operation: "analytics (90 days by level)", server: "incidentd", measurement: m }],
    notes: [latencyGoal(`analytics (90 days, daily, by level, ${incidents} incidents)`, m, GOAL_MS)],
    failures: m.errors + m.non2xx,
  };
}
