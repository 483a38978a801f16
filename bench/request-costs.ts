import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { systemClock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { databaseOptionsFrom, openDatabase } from "../src/db/database.ts";
import { createDeps } from "../src/deps.ts";
import { processPendingAlarmsOnce } from "../src/transfer-rules/rule-processor.ts";
import { exampleIncident } from "../testkit/example-incident.ts";
import { AlarmFeed, seedAlarmSource } from "./alarm-source.ts";
import { backendPids, cpuMsOf, ownCpuMs } from "./cpu-time.ts";
import { incidentNumberOf } from "./fixtures.ts";
import { createBenchDatabase, seedPostgres } from "./postgres.ts";
import {
  bareSql,
  isTransactionControl,
  locksOf,
  type QueryRecord,
  QueryRecorder,
  transactionMs,
  waitingMs,
} from "./query-recorder.ts";
import { levelCycler } from "./search.ts";

/**
 * Issue 23 (docs/scaling.md): what one request costs on PostgreSQL, counted rather than timed under load,
 * so the figures hold on a busy machine. incidentd's app runs in this process (app.inject: no socket, no
 * HTTP parsing) on a fresh seeded database; every statement its `pg` clients send is recorded (one
 * statement = one round trip). Per operation: statements, transactions, what each write or FOR UPDATE
 * locks, the request's time split into waiting for PostgreSQL (send → answer, network included) and the
 * rest (Node), and for the plain reads the server's own execution time and buffers from
 * EXPLAIN (ANALYZE, BUFFERS) of the very statements sent; then the CPU time per request of this process and
 * of the database's backends (/proc), which, unlike wall time, a busy machine hardly changes.
 *   node --import tsx bench/request-costs.ts [--incidents N] [--reps N] [--pg-url URL]
 */
const { values: args } = parseArgs({
  options: {
    incidents: { type: "string", default: "20000" },
    reps: { type: "string", default: "30" },
    "pg-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
    /** Print each operation's statements (the last repetition's), shortened. */
    show: { type: "boolean", default: false },
  },
});
const INCIDENTS = Number(args.incidents);
const REPS = Number(args.reps);
const BATCH = 50;
const log = (line: string) => process.stdout.write(`${line}\n`);

const recorder = new QueryRecorder();
recorder.install();

interface Operation {
  name: string;
  /** Unrecorded set-up before each repetition (an incident to act on, alarms to process). */
  prepare?: () => Promise<void>;
  run: () => Promise<void>;
  /** Units per run (alarms per processing pass); the figures are divided by it. */
  per?: number;
  reps?: number;
  /** Unrecorded runs first (default 2): caches warm, named statements prepared on the connection in use. */
  warmup?: number;
  /** Runs whose CPU time is taken (default 100): PostgreSQL's is counted in 10 ms ticks, so cheap ones need many. */
  cpuReps?: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

// biome-ignore lint/suspicious/noExplicitAny: EXPLAIN's JSON plan node, read field by field.
type PlanNode = any;

/** `Limit > Index Scan (incidents_pkey)`: the plan's node types, depth first, with their indexes. */
function planSummary(node: PlanNode): string {
  const own = `${node["Node Type"]}${node["Index Name"] ? ` (${node["Index Name"]})` : node["Relation Name"] ? ` (${node["Relation Name"]})` : ""}`;
  const children = (node.Plans ?? []).map(planSummary);
  return children.length === 0 ? own : `${own} > ${children.join(" + ")}`;
}

/** Server execution time and shared buffers of the plain reads, from EXPLAIN (ANALYZE, BUFFERS). */
async function explainReads(client: pg.Client, records: QueryRecord[]) {
  let executionMs = 0;
  let hit = 0;
  let read = 0;
  let failed = 0;
  for (const r of records) {
    const sql = bareSql(r.text);
    if (
      !/^(select|with)\b/i.test(sql) ||
      locksOf(r.text).length > 0 ||
      /\b(insert|update|delete)\b/i.test(sql)
    )
      continue;
    try {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, r.values);
      const [plan] = rows[0]["QUERY PLAN"];
      executionMs += plan["Execution Time"];
      if (args.show)
        log(
          `    plan (${plan["Execution Time"].toFixed(3)} ms): ${planSummary(plan.Plan)} ← ${sql.replace(/\s+/g, " ").slice(0, 70)}`,
        );
      hit += plan.Plan["Shared Hit Blocks"] ?? 0;
      read += plan.Plan["Shared Read Blocks"] ?? 0;
    } catch {
      failed++;
    }
  }
  return { executionMs, hit, read, failed };
}

async function main() {
  const database = await createBenchDatabase(args["pg-url"]);
  try {
    const now = Date.now();
    log(`seeding ${INCIDENTS} incidents ...`);
    const token = await seedPostgres(database.url, INCIDENTS, now, log);
    const alarmKey = await seedAlarmSource({ DATABASE_URL: database.url });
    const config = loadConfig({
      DATABASE_URL: database.url,
      INCIDENTD_RATE_LIMIT: "0",
      INCIDENTD_SEARCH_CONCURRENCY: "0",
    });
    const db = openDatabase(databaseOptionsFrom(config));
    const deps = createDeps(config, db, systemClock, randomBytes(32));
    const app = await buildApp(deps);
    const explainer = new pg.Client({ connectionString: database.url });
    await explainer.connect();
    const call = async (method: "GET" | "POST", url: string, payload?: unknown) => {
      const res = await app.inject({
        method,
        url,
        payload: payload as object,
        headers: { "x-auth-token": token },
      });
      if (res.statusCode !== 200) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`);
      return res.json().data;
    };
    const feed = new AlarmFeed(false);
    const intake = async () => {
      const body = feed.next();
      const res = await app.inject({
        method: "POST",
        url: `/v1/event/huawei/custom/${alarmKey}`,
        payload: body,
        headers: { "content-type": "application/json" },
      });
      if (res.statusCode !== 200) throw new Error(`intake answered ${res.statusCode}: ${res.body}`);
      feed.acknowledge(body);
    };
    let num = "";
    let taskId = "";
    const nextList = levelCycler(true);
    const operations: Operation[] = [
      // No database: what app.inject and Fastify's routing cost by themselves, to subtract from the others.
      { name: "healthz (floor)", cpuReps: 2000, run: () => call("GET", "/healthz") },
      {
        name: "detail",
        // The display-name cache fills with the 50 people and 20 applications of the seeded directory.
        warmup: 300,
        cpuReps: 2000,
        run: () =>
          call(
            "GET",
            `/v1/external/incident/${incidentNumberOf(1 + Math.floor(Math.random() * INCIDENTS), INCIDENTS, now)}`,
          ),
      },
      { name: "create", run: () => call("POST", "/v1/external/incident/create", exampleIncident()) },
      {
        name: "workflow action (accept)",
        prepare: async () => {
          num = (await call("POST", "/v1/external/incident/create", exampleIncident())).incident_num;
          const tasks = await call("GET", `/v2/incidents/${num}/tasks`);
          taskId = tasks[0].operations.find((o: { key: string }) => o.key === "accepted").task_id;
        },
        run: () =>
          call("POST", `/v2/incidents/${num}/actions`, { task_id: taskId, action: "accepted", params: {} }),
      },
      {
        name: "v2 tasks (read)",
        prepare: async () => {},
        run: () => call("GET", `/v2/incidents/${num}/tasks`),
      },
      {
        name: "v2 list (2 filters, sort, total)",
        run: () => call("POST", "/v2/incidents/list", JSON.parse(nextList())),
      },
      { name: "alarm intake (new alarm)", run: intake },
      {
        name: "alarm → incident (1 pending)",
        prepare: intake,
        run: async () => {
          await processPendingAlarmsOnce(deps, "costs", { limit: 1 });
        },
      },
      {
        name: `alarm → incident (per alarm, ${BATCH} pending)`,
        prepare: async () => {
          for (let i = 0; i < BATCH; i++) await intake();
        },
        run: async () => {
          await processPendingAlarmsOnce(deps, "costs", { limit: BATCH });
        },
        per: BATCH,
        reps: 5,
        cpuReps: 5,
      },
    ];
    /** Mean CPU time per run, of this process (incidentd's app, inject) and of the database's backends. */
    const cpuPerRun = async (op: Operation) => {
      const pids = await backendPids(explainer);
      const runs = op.cpuReps ?? 100;
      let nodeMs = 0;
      let postgresMs = 0;
      for (let i = 0; i < runs; i++) {
        await op.prepare?.();
        const [node, postgres] = [ownCpuMs(), cpuMsOf(pids)];
        await op.run();
        nodeMs += ownCpuMs() - node;
        postgresMs += cpuMsOf(pids) - postgres;
      }
      return { nodeMs: nodeMs / runs, postgresMs: postgresMs / runs };
    };
    const rows: string[] = [];
    for (const op of operations) {
      const reps = op.reps ?? REPS;
      const per = op.per ?? 1;
      const samples: { statements: number; tx: number; total: number; waiting: number; txMs: number[] }[] =
        [];
      let last: QueryRecord[] = [];
      for (let rep = -(op.warmup ?? 2); rep < reps; rep++) {
        await op.prepare?.();
        const started = performance.now();
        const records = await recorder.capture(op.run);
        const total = performance.now() - started;
        if (rep < 0) continue;
        last = records;
        samples.push({
          statements: records.length,
          tx: records.filter((r) => /^(begin|start)/i.test(bareSql(r.text))).length,
          total,
          waiting: waitingMs(records),
          txMs: transactionMs(records),
        });
      }
      const locks = new Map<string, number>();
      for (const r of last) {
        for (const lock of locksOf(r.text)) locks.set(lock, (locks.get(lock) ?? 0) + 1);
      }
      const reads = await explainReads(explainer, last);
      const cpu = await cpuPerRun(op);
      const pick = (f: (s: (typeof samples)[number]) => number) => median(samples.map(f)) / per;
      const tx = per === 1 ? median(samples.flatMap((s) => s.txMs)).toFixed(2) : "(lanes overlap)";
      const control = last.filter((r) => isTransactionControl(r.text)).length;
      rows.push(
        `| ${op.name} | ${pick((s) => s.statements).toFixed(1)} (${(control / per).toFixed(1)} BEGIN/COMMIT) | ` +
          `${pick((s) => s.tx).toFixed(1)} | ${[...locks].map(([k, n]) => `${k}${n / per === 1 ? "" : ` ×${(n / per).toFixed(1)}`}`).join(", ") || "none"} | ` +
          `${tx} | ${pick((s) => s.total).toFixed(2)} | ${pick((s) => s.waiting).toFixed(2)} | ` +
          `${pick((s) => s.total - s.waiting).toFixed(2)} | ${(reads.executionMs / per).toFixed(3)} | ` +
          `${(reads.hit / per).toFixed(0)}/${(reads.read / per).toFixed(0)}${reads.failed ? ` (${reads.failed} not explained)` : ""} | ` +
          `${(cpu.nodeMs / per).toFixed(3)} | ${(cpu.postgresMs / per).toFixed(3)} |`,
      );
      log(`  ${op.name}: done`);
      if (args.show) for (const r of last) log(`    ${bareSql(r.text).replace(/\s+/g, " ").slice(0, 160)}`);
    }
    log("");
    log(
      `PostgreSQL ${(await explainer.query("SHOW server_version")).rows[0].server_version}, ${INCIDENTS} incidents, medians of ${REPS} requests (alarm batches: 5)`,
    );
    log(
      "| operation | statements = round trips | transactions | row locks taken (statement table) | transaction open ms | request ms | waiting for PG ms | in Node ms | reads: server execution ms | reads: buffers hit/read | CPU ms in Node | CPU ms in PostgreSQL |",
    );
    log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const row of rows) log(row);
    await explainer.end();
    await app.close();
    await db.destroy();
  } finally {
    await database.drop();
  }
}

await main();
