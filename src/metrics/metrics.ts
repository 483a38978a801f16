import type { LogEvent } from "kysely";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Db } from "../db/database.ts";
import { poolUsageOf } from "../db/observability.ts";
import type { IncidentEventBus } from "../incidents/incident-transaction.ts";
import { isEndNode } from "../workflow/workflow.ts";
import { LabelCap, RequestTimings } from "./metric-labels.ts";
import { countOpenIncidents, countPendingAlarms, countPendingDeliveries } from "./metrics.repository.ts";

/** Seconds: from a fast cached read to a slow export. */
const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const DB_BUCKETS = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5];
const DELAY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900];

/** The intake's outcomes, named as the metric reports them (a resolving report is a recovery). */
export const ALARM_OUTCOMES = {
  created: "created",
  converged: "converged",
  reopened: "reopened",
  resolved: "recovered",
  ignored: "ignored",
} as const;

export type DeliveryOutcome = "delivered" | "retrying" | "failed";

const QUERY_KINDS: Record<string, string> = {
  SelectQueryNode: "select",
  InsertQueryNode: "insert",
  UpdateQueryNode: "update",
  DeleteQueryNode: "delete",
  RawNode: "raw",
};

/**
 * One app's metrics in a registry of its own (never prom-client's global one: tests build many apps in
 * one process). Counters count what this process did; the gauges read from the database at scrape time
 * are the cluster's (docs/observability.md lists every metric and how to aggregate it across nodes).
 */
export class Metrics {
  readonly registry = new Registry();
  readonly #http: RequestTimings;
  readonly #created: Counter<"level" | "source">;
  readonly #closed: Counter<"level" | "source">;
  readonly #levels = new LabelCap();
  readonly #sources = new LabelCap();
  readonly #alarmReports: Counter<"integration_kind" | "outcome">;
  readonly #kinds = new LabelCap();
  readonly #alarmToIncident: Histogram<"outcome">;
  readonly #deliveries: Counter<"outcome">;
  readonly #reuse: Counter<"operation" | "outcome">;
  readonly #queries: Map<
    string,
    [Histogram.Internal<"kind" | "outcome">, Histogram.Internal<"kind" | "outcome">]
  >;
  readonly #scrapeErrors: Counter<"figure">;
  #defaults = false;
  #db: Db | undefined;

  constructor() {
    const registers = [this.registry];
    this.#http = new RequestTimings(
      new Histogram({
        name: "incidentd_http_request_duration_seconds",
        help: "HTTP requests by route pattern (unmatched paths: (unmatched)), method and status class",
        labelNames: ["method", "route", "status_class"],
        buckets: HTTP_BUCKETS,
        registers,
      }),
    );
    this.#created = new Counter({
      name: "incidentd_incidents_created_total",
      help: "Incidents created (committed) by this node, by level and source",
      labelNames: ["level", "source"],
      registers,
    });
    this.#closed = new Counter({
      name: "incidentd_incidents_closed_total",
      help: "Incidents that reached an end node (committed) on this node, by level and source",
      labelNames: ["level", "source"],
      registers,
    });
    this.#alarmReports = new Counter({
      name: "incidentd_alarm_reports_total",
      help: "Alarm reports received and stored by this node, by integration kind and outcome",
      labelNames: ["integration_kind", "outcome"],
      registers,
    });
    this.#alarmToIncident = new Histogram({
      name: "incidentd_alarm_to_incident_seconds",
      help: "From an alarm's stored change to the transfer rule's committed incident (created or linked)",
      labelNames: ["outcome"],
      buckets: DELAY_BUCKETS,
      registers,
    });
    this.#deliveries = new Counter({
      name: "incidentd_webhook_deliveries_total",
      help: "Webhook delivery attempts made by this node, by outcome",
      labelNames: ["outcome"],
      registers,
    });
    this.#reuse = new Counter({
      name: "incidentd_answer_cache_total",
      help: "Repeatable list reads by operation: answered from the answer cache (hit) or read afresh (miss)",
      labelNames: ["operation", "outcome"],
      registers,
    });
    const queries = new Histogram({
      name: "incidentd_db_query_duration_seconds",
      help: "Database statements run through the query builder, by statement kind and outcome",
      labelNames: ["kind", "outcome"],
      buckets: DB_BUCKETS,
      registers,
    });
    this.#queries = new Map(
      [...new Set([...Object.values(QUERY_KINDS), "other"])].map((kind) => [
        kind,
        [queries.labels(kind, "ok"), queries.labels(kind, "error")],
      ]),
    );
    this.#scrapeErrors = new Counter({
      name: "incidentd_metrics_scrape_errors_total",
      help: "Scrapes that could not read a database figure (the figure is left out of that scrape)",
      labelNames: ["figure"],
      registers,
    });
    this.#clusterGauges(registers);
  }

  /** The database the scrape-time gauges read; and the event bus whose committed changes are counted. */
  watch(db: Db, bus: IncidentEventBus): void {
    this.#db = db;
    bus.subscribe(({ event, before, after }, tx) => {
      if (event.type === "created") {
        const child = this.#created.labels(this.#levels.of(after.level), this.#sources.of(after.source));
        tx.afterCommit(() => child.inc());
      } else if (before !== null && !isEndNode(before.node) && isEndNode(after.node)) {
        const child = this.#closed.labels(this.#levels.of(after.level), this.#sources.of(after.source));
        tx.afterCommit(() => child.inc());
      }
    });
  }

  /** Called once a request has been answered (app.ts); `route` undefined for an unmatched path. */
  observeRequest(method: string, route: string | undefined, status: number, ms: number): void {
    this.#http.observe(method, route, status, ms / 1000);
  }

  /** Kysely's `log` hook: every statement's duration, and failures. */
  readonly queryLog = (event: LogEvent): void => {
    const pair = this.#queries.get(QUERY_KINDS[event.query.query.kind] ?? "other");
    pair?.[event.level === "query" ? 0 : 1].observe(event.queryDurationMillis / 1000);
  };

  /** After an intake's transaction committed. */
  countAlarmReports(integrationKind: string, summary: Record<keyof typeof ALARM_OUTCOMES, number>): void {
    const kind = this.#kinds.of(integrationKind);
    for (const [key, outcome] of Object.entries(ALARM_OUTCOMES)) {
      const n = summary[key as keyof typeof ALARM_OUTCOMES];
      if (n > 0) this.#alarmReports.inc({ integration_kind: kind, outcome }, n);
    }
  }

  /** After a transfer rule's incident (new, or the group's open one the alarm joined) committed. */
  observeAlarmToIncident(outcome: "created" | "linked", ms: number): void {
    this.#alarmToIncident.observe({ outcome }, Math.max(0, ms) / 1000);
  }

  /** After the dispatcher recorded a batch of attempts. */
  countDeliveries(outcomes: readonly DeliveryOutcome[]): void {
    for (const outcome of outcomes) this.#deliveries.inc({ outcome });
  }

  /** A repeatable read answered from the answer cache (`hit`) or read afresh (http/answer-cache.ts). */
  countAnswerReuse(operation: string, hit: boolean): void {
    this.#reuse.inc({ operation, outcome: hit ? "hit" : "miss" });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition. prom-client's default process and event-loop metrics start with the first scrape. */
  async render(): Promise<string> {
    if (!this.#defaults) {
      this.#defaults = true;
      collectDefaultMetrics({ register: this.registry });
    }
    return this.registry.metrics();
  }

  /** Figures read at scrape time; one that fails is left out of the scrape and counted. */
  #clusterGauges(registers: Registry[]): void {
    const read = async (figure: string, gauge: Gauge, fill: (db: Db) => Promise<void>) => {
      gauge.reset();
      const db = this.#db;
      if (!db) return;
      try {
        await fill(db);
      } catch {
        gauge.reset();
        this.#scrapeErrors.inc({ figure });
      }
    };
    const open: Gauge<"level" | "status"> = new Gauge({
      name: "incidentd_open_incidents",
      help: "Incidents not completed, by level and status (cluster-wide: read from the database)",
      labelNames: ["level", "status"],
      registers,
      collect: () =>
        read("open_incidents", open, async (db) => {
          // Summed first (levels past the cap share one label), then set: concurrent scrapes never add up.
          const totals = new Map<string, { level: string; status: string; n: number }>();
          for (const row of await countOpenIncidents(db)) {
            const level = this.#levels.of(row.level);
            const key = `${level}\u0000${row.status}`;
            const total = totals.get(key) ?? { level, status: row.status, n: 0 };
            total.n += row.count;
            totals.set(key, total);
          }
          for (const { level, status, n } of totals.values()) open.set({ level, status }, n);
        }),
    });
    const backlog: Gauge = new Gauge({
      name: "incidentd_transfer_rule_backlog",
      help: "Alarms the transfer-rules processor has still to evaluate (cluster-wide)",
      registers,
      collect: () =>
        read("transfer_rule_backlog", backlog, async (db) => backlog.set(await countPendingAlarms(db))),
    });
    const outbox: Gauge = new Gauge({
      name: "incidentd_webhook_outbox_backlog",
      help: "Webhook deliveries waiting to be sent or retried (cluster-wide)",
      registers,
      collect: () =>
        read("webhook_outbox_backlog", outbox, async (db) => outbox.set(await countPendingDeliveries(db))),
    });
    const pool: Gauge<"state"> = new Gauge({
      name: "incidentd_db_pool_connections",
      help: "This node's PostgreSQL pool: connections by state (total, idle, waiting clients) and max",
      labelNames: ["state"],
      registers,
      collect: () => {
        pool.reset();
        const usage = this.#db && poolUsageOf(this.#db);
        if (!usage) return;
        pool.set({ state: "total" }, usage.total);
        pool.set({ state: "idle" }, usage.idle);
        pool.set({ state: "waiting" }, usage.waiting);
        pool.set({ state: "max" }, usage.max);
      },
    });
  }
}
