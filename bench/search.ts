import { INCIDENT_STATUS } from "../src/catalogue/catalogue.ts";
import { measureOn } from "./compare.ts";
import type { LoadTarget, Measurement } from "./load.ts";
import { latencyGoal, type ScenarioReport } from "./report.ts";
import type { BenchContext } from "./setup.ts";

const LEVELS = ["level_10", "level_20", "level_30", "level_40", "level_50"];
/** Issue 4's goals for p99 at 1,000,000 incidents. */
const LIST_GOAL_MS = 20;
const TICKETS_GOAL_MS = 5;

/**
 * ListIncidents with two filters and a sort: the open incidents of one level, newest first (what an
 * on-call console shows). The level changes from request to request so no single query stays hot.
 */
function listBody(level: string, containTotal: boolean): string {
  return JSON.stringify({
    string_filters: [
      {
        field: "work_flow_status",
        operator: "in",
        values: [INCIDENT_STATUS.TRIGGERED, INCIDENT_STATUS.ACKNOWLEDGED],
      },
      { field: "level_id", operator: "=", values: [level] },
    ],
    sort_filter: { field: "create_time", operator: "desc" },
    page: 1,
    per_page: 10,
    contain_total: containTotal,
  });
}

export function levelCycler(containTotal: boolean): () => string {
  let next = 0;
  return () => listBody(LEVELS[next++ % LEVELS.length] ?? "level_50", containTotal);
}

/** Fails fast unless every node answers 200 with at least one incident in `data[itemsKey]`. */
async function check(name: string, target: LoadTarget, itemsKey: string): Promise<void> {
  for (const url of target.urls) {
    const res = await fetch(url, { method: target.method, headers: target.headers, body: target.body });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${name} answered ${res.status}: ${text.slice(0, 300)}`);
    const { data } = JSON.parse(text) as { data: Record<string, unknown[] | undefined> };
    if (!data[itemsKey]?.length) throw new Error(`${name} found no incidents: ${text.slice(0, 300)}`);
  }
}

/**
 * Latency, not throughput: one connection per node, each sending its next request when the answer to
 * the previous one has arrived (autocannon), after the usual warm-up.
 */
async function latencyOf(ctx: BenchContext, operation: string, target: LoadTarget): Promise<Measurement> {
  const settings = { ...ctx.options, connections: ctx.nodes.length };
  return measureOn(ctx, ctx.nodes, operation, target, settings);
}

/** Issue 4 (a) and (b): ListIncidents with and without its total, ListIncidentSimpleTickets' first page. */
export async function benchList(ctx: BenchContext): Promise<ScenarioReport> {
  const headers = { "x-auth-token": ctx.token, "content-type": "application/json" };
  const urls = (path: string) => ctx.nodes.map((node) => `${node.baseUrl}${path}`);
  const list = (containTotal: boolean): LoadTarget => ({
    urls: urls("/v2/incidents/list"),
    method: "POST",
    headers,
    body: listBody("level_10", containTotal),
    nextBody: levelCycler(containTotal),
  });
  const tickets: LoadTarget = {
    urls: urls("/v1/incident-tickets?offset=1&limit=50"),
    method: "GET",
    headers: { "x-auth-token": ctx.token },
  };
  await check("list", list(true), "tickets");
  await check("tickets", tickets, "IncidentSimpleTicketInfos");

  const withTotal = await latencyOf(ctx, "list", list(true));
  const withoutTotal = await latencyOf(ctx, "list", list(false));
  const simple = await latencyOf(ctx, "tickets", tickets);
  const measured = [
    { operation: "list", server: "incidentd", measurement: withTotal },
    { operation: "list nototal", server: "incidentd", measurement: withoutTotal },
    { operation: "tickets", server: "incidentd", measurement: simple },
  ];
  return {
    rows: measured,
    notes: [
      `${latencyGoal("list", withTotal, LIST_GOAL_MS)}; without the total (contain_total false): ` +
        `p99 = ${withoutTotal.p99Ms.toFixed(2)} ms`,
      latencyGoal("tickets", simple, TICKETS_GOAL_MS),
    ],
    failures: measured.reduce((sum, r) => sum + r.measurement.errors + r.measurement.non2xx, 0),
  };
}
