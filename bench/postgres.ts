import { randomUUID } from "node:crypto";
import pg from "pg";
import { INCIDENT_COUNTER } from "../src/incidents/sequence-source.ts";
import {
  createHistory,
  FACTS_COLUMNS,
  factsValues,
  HISTORY_COLUMNS,
  historyValues,
  INCIDENT_COLUMNS,
  incidentValues,
  PROJECT_ID,
  type SqlValue,
  seededFacts,
  seededIncident,
} from "./fixtures.ts";
import { prepareDatabase } from "./seed.ts";

/** A statement holds at most 65,535 parameters; 500 incident rows use about 15,000. */
const ROWS_PER_INSERT = 500;
const ROWS_PER_TRANSACTION = 20_000;

export interface BenchDatabase {
  /** DATABASE_URL of the fresh database. */
  url: string;
  drop: () => Promise<void>;
  /**
   * PostgreSQL's processes working for incidentd now: the backends of this database and the shared
   * WAL writer, checkpointer and background writer. Their CPU time is the server's, not "other" load.
   */
  pids: () => Promise<number[]>;
}

async function adminQuery(adminUrl: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** A new, empty database `incidentd_bench_<time>` beside `adminUrl`'s; `drop` ends its sessions and removes it. */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `incidentd_bench_${Date.now()}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
    pids: async () => {
      const { rows } = await adminQuery(
        adminUrl,
        `SELECT pid FROM pg_stat_activity WHERE datname = $1
           OR backend_type IN ('walwriter', 'checkpointer', 'background writer')`,
        [name],
      );
      return rows.map((row: { pid: number }) => row.pid);
    },
  };
}

function insertStatement(table: string, columns: readonly string[], rows: number): string {
  const tuples = Array.from(
    { length: rows },
    (_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`,
  );
  return `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${tuples.join(", ")}`;
}

/**
 * Inserts incidents `from`..`to`, their create history rows and analytics facts, `ROWS_PER_INSERT` rows per statement.
 * The next batch is built while the database inserts the previous one (the client sends queued queries
 * as soon as the previous answer arrives), so both cores work.
 */
async function insertRange(client: pg.Client, from: number, to: number, count: number, now: number) {
  let inFlight: Promise<unknown> = Promise.resolve();
  for (let start = from; start <= to; start += ROWS_PER_INSERT) {
    const end = Math.min(to, start + ROWS_PER_INSERT - 1);
    const incidents: SqlValue[] = [];
    const histories: SqlValue[] = [];
    const facts: SqlValue[] = [];
    for (let seq = start; seq <= end; seq++) {
      const incident = seededIncident(seq, count, now);
      incidents.push(...incidentValues(incident));
      histories.push(...historyValues(createHistory(randomUUID(), incident, "seed")));
      facts.push(...factsValues(seededFacts(incident)));
    }
    const rows = end - start + 1;
    // Full batches reuse one named (server-side prepared) statement per table.
    const full = rows === ROWS_PER_INSERT;
    await inFlight;
    inFlight = Promise.all([
      client.query({
        name: full ? "seed_incidents" : undefined,
        text: insertStatement("incidents", INCIDENT_COLUMNS, rows),
        values: incidents,
      }),
      client.query({
        name: full ? "seed_histories" : undefined,
        text: insertStatement("incident_histories", HISTORY_COLUMNS, rows),
        values: histories,
      }),
      client.query({
        name: full ? "seed_facts" : undefined,
        text: insertStatement("incident_facts", FACTS_COLUMNS, rows),
        values: facts,
      }),
    ]);
  }
  await inFlight;
}

/**
 * Fills a fresh PostgreSQL database as seedDataDir fills SQLite: schema, project, token and directory
 * through incidentd's services, then the same incidents with multi-row INSERTs in large transactions,
 * then VACUUM ANALYZE: statistics for the planner and a visibility map for index-only scans before the
 * first measured request, as autovacuum would provide some time after a bulk load.
 */
export async function seedPostgres(
  url: string,
  count: number,
  now: number,
  log: (line: string) => void,
): Promise<string> {
  const token = await prepareDatabase({ DATABASE_URL: url });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A crash while loading only loses a throw-away database.
    await client.query("SET synchronous_commit = off");
    const started = performance.now();
    for (let from = 1; from <= count; from += ROWS_PER_TRANSACTION) {
      await client.query("BEGIN");
      await insertRange(client, from, Math.min(count, from + ROWS_PER_TRANSACTION - 1), count, now);
      await client.query("COMMIT");
      if ((from - 1) % (ROWS_PER_TRANSACTION * 10) === 0 && from > 1) log(`  seeded ${from - 1} incidents`);
    }
    await client.query("UPDATE counters SET value = $1 WHERE name = $2", [count, INCIDENT_COUNTER]);
    await client.query(
      "INSERT INTO counters (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
      [`incident_total:${PROJECT_ID}`, count],
    );
    log(`  seeded ${count} incidents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const vacuumed = performance.now();
    await client.query("VACUUM ANALYZE");
    log(`  VACUUM ANALYZE in ${((performance.now() - vacuumed) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
  return token;
}
