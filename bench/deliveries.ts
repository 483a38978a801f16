import http from "node:http";
import type { AddressInfo } from "node:net";
import { issueToken } from "../src/auth/token.service.ts";
import { systemClock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { databaseOptionsFrom, openDatabase } from "../src/db/database.ts";
import { createDeps } from "../src/deps.ts";
import { exampleIncident } from "../testkit/example-incident.ts";
import { PROJECT_ID } from "./fixtures.ts";
import type { Measurement } from "./load.ts";
import type { ScenarioReport } from "./report.ts";
import type { BenchContext } from "./setup.ts";

/*
 * Webhook deliveries (docs/notifications.md) to a local receiver: change → first delivery attempt p50/p99
 * (goal p99 <= 1 s) while creates run at `connections`, and deliveries/s draining a backlog of BACKLOG
 * queued at once by a redelivery (goal >= 1,000/s on SQLite).
 */

const BACKLOG = 2000;

/** An admin token of the seeded project (subscriptions are admin-only); made before the servers start. */
export async function seedAdminToken(env: Record<string, string>): Promise<string> {
  const config = loadConfig(env);
  const db = openDatabase(databaseOptionsFrom(config));
  try {
    const deps = createDeps(config, db, systemClock);
    const issued = await issueToken(deps, PROJECT_ID, {
      name: "bench admin",
      role: "admin",
      principal: "bench",
    });
    return issued.token;
  } finally {
    await db.destroy();
  }
}

/** Keeps the arrival time of each delivery; `/fail` answers 503, anything else 204. */
class TimingReceiver {
  /** incident_num → [event time, first arrival] (ms). */
  readonly first = new Map<string, [number, number]>();
  readonly okIds = new Set<string>();
  lastOkAt = 0;
  readonly #server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const at = Date.now();
      if (req.url?.startsWith("/fail")) {
        res.writeHead(503).end();
        return;
      }
      const event = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        timestamp: string;
        data: { incident: { incident_num: string } };
      };
      const num = event.data.incident.incident_num;
      if (!this.first.has(num)) this.first.set(num, [Date.parse(event.timestamp), at]);
      this.okIds.add(String(req.headers["webhook-id"]));
      this.lastOkAt = at;
      res.writeHead(204).end();
    });
  });
  start = () => new Promise<void>((r) => this.#server.listen(0, "127.0.0.1", r));
  url = (path: string) => `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}${path}`;
  close = () => {
    this.#server.closeAllConnections();
    return new Promise<void>((r) => this.#server.close(() => r()));
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await sleep(20);
  return done();
}

export async function benchDeliveries(ctx: BenchContext): Promise<ScenarioReport> {
  const base = ctx.nodes[0]?.baseUrl ?? "";
  const admin = { "content-type": "application/json", "x-auth-token": ctx.adminToken ?? "" };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, { method, headers: admin, body: JSON.stringify(body ?? {}) });
    const json = (await res.json()) as { data?: { id?: string } };
    if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json.data;
  };
  const receiver = new TimingReceiver();
  await receiver.start();
  let failures = 0;
  const creates = async (count: number | null, seconds: number) => {
    const body = JSON.stringify(exampleIncident());
    const headers = { "content-type": "application/json", "x-auth-token": ctx.token };
    const end = Date.now() + seconds * 1000;
    let made = 0;
    const client = async () => {
      while (count === null ? Date.now() < end : made < count) {
        made++;
        const res = await fetch(`${base}/v1/external/incident/create`, { method: "POST", headers, body });
        await res.arrayBuffer();
        if (res.status !== 200) failures++;
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: ctx.options.connections }, client));
    return { made, seconds: (Date.now() - started) / 1000 };
  };
  try {
    // 1. Latency: creates at `connections` for the duration, one subscription to incident.created.
    const live = await call("POST", "/incidentd/v1/webhooks", {
      url: receiver.url("/live"),
      events: ["incident.created"],
    });
    const made = await creates(null, ctx.options.durationSeconds);
    await until(() => receiver.first.size >= made.made, 30_000);
    const latencies = [...receiver.first.values()].map(([at, got]) => got - at).sort((a, b) => a - b);
    await call("DELETE", `/incidentd/v1/webhooks/${live?.id}`);
    // 2. Backlog: BACKLOG deliveries fail once, end failed when the subscription is disabled, and are
    // queued again at once by one redelivery to a receiver that takes them.
    const backlog = await call("POST", "/incidentd/v1/webhooks", {
      url: receiver.url("/fail"),
      events: ["incident.created"],
    });
    const id = backlog?.id ?? "";
    const since = Date.now();
    await creates(BACKLOG, 600);
    await sleep(3000); // the first attempts (503) go out
    await call("PATCH", `/incidentd/v1/webhooks/${id}`, { enabled: false });
    await call("PATCH", `/incidentd/v1/webhooks/${id}`, { enabled: true, url: receiver.url("/backlog") });
    const okBefore = receiver.okIds.size;
    const queuedAt = Date.now();
    await call("POST", `/incidentd/v1/webhooks/${id}/redeliver`, { since });
    await until(() => receiver.okIds.size - okBefore >= BACKLOG, 120_000);
    const drained = receiver.okIds.size - okBefore;
    const perSecond = drained / ((receiver.lastOkAt - queuedAt) / 1000);
    await call("DELETE", `/incidentd/v1/webhooks/${id}`);
    const latency: Measurement = {
      requestsPerSec: made.made / made.seconds,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      total: latencies.length,
      errors: 0,
      non2xx: failures,
      otherLoadPercent: Number.NaN,
    };
    const drain: Measurement = {
      requestsPerSec: perSecond,
      p50Ms: Number.NaN,
      p99Ms: Number.NaN,
      total: drained,
      errors: BACKLOG - drained,
      non2xx: 0,
      otherLoadPercent: Number.NaN,
    };
    return {
      rows: [
        { operation: "delivery", server: "incidentd", measurement: latency },
        { operation: "backlog", server: "incidentd", measurement: drain },
      ],
      notes: [
        `deliveries: change → first delivery attempt p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms over ${latencies.length} creates at ${latency.requestsPerSec.toFixed(0)}/s (goal p99 <= 1000 ms: ${latency.p99Ms <= 1000 ? "met" : "MISSED"})`,
        `deliveries: a backlog of ${BACKLOG} drained at ${perSecond.toFixed(0)} deliveries/s (goal >= 1,000/s: ${perSecond >= 1000 ? "met" : "MISSED"})`,
      ],
      failures: failures + (BACKLOG - drained),
    };
  } finally {
    await receiver.close();
  }
}
