import { randomUUID } from "node:crypto";
import SqliteDatabase from "better-sqlite3";
import { issueToken } from "../src/auth/token.service.ts";
import { systemClock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { databaseOptionsFrom, openDatabase, sqlitePathFor } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { createDeps } from "../src/deps.ts";
import { addApplication, addUser } from "../src/directory/directory.service.ts";
import { INCIDENT_COUNTER } from "../src/incidents/sequence-source.ts";
import { createProject } from "../src/projects/project.service.ts";
import {
  APP_COUNT,
  appId,
  createHistory,
  FACTS_COLUMNS,
  factsValues,
  HISTORY_COLUMNS,
  historyValues,
  INCIDENT_COLUMNS,
  incidentValues,
  insertSql,
  PROJECT_ID,
  seededFacts,
  seededIncident,
  USER_COUNT,
  userId,
} from "./fixtures.ts";
import { seedOnCallScene } from "./oncall.ts";

const BATCH = 20_000;

export interface SeedResult {
  sqlitePath: string;
  /** A writer token of the seeded project, for incidentd's X-Auth-Token. */
  token: string;
  /** The time the incidents' create times are spread before (see createTimeOf). */
  now: number;
}

/**
 * Schema, project, token and directory through incidentd's own code, so the database is one it would
 * create. `env` is explicit: a DATABASE_URL in the caller's would otherwise select PostgreSQL.
 */
export async function prepareDatabase(env: Record<string, string>): Promise<string> {
  const config = loadConfig(env);
  const db = openDatabase(databaseOptionsFrom(config));
  try {
    await migrateToLatest(db);
    const deps = createDeps(config, db, systemClock);
    await createProject(deps, { id: PROJECT_ID, name: "Benchmark" });
    const issued = await issueToken(deps, PROJECT_ID, { name: "bench", role: "writer", principal: "bench" });
    // The people and applications incidents refer to, so the detail view resolves their names.
    for (let i = 0; i < USER_COUNT; i++) {
      await addUser(deps, PROJECT_ID, {
        id: userId(i),
        displayName: `值班工程师 ${i}`,
        email: `oncall${i}@example.com`,
      });
    }
    for (let i = 0; i < APP_COUNT; i++)
      await addApplication(deps, PROJECT_ID, { id: appId(i), name: `业务应用 ${i}` });
    await seedOnCallScene(deps, Date.now());
    return issued.token;
  } finally {
    await db.destroy();
  }
}

/**
 * Bulk-loads `count` incidents with their create history row and analytics facts in large transactions. Durability is
 * switched off while loading (a crash here only loses a throw-away database); the servers reopen the
 * file with their own pragmas.
 */
function seedIncidents(sqlitePath: string, count: number, now: number, log: (line: string) => void): void {
  const sqlite = new SqliteDatabase(sqlitePath);
  try {
    sqlite.pragma("synchronous = OFF");
    sqlite.pragma("cache_size = -262144");
    const incident = sqlite.prepare(insertSql("incidents", INCIDENT_COLUMNS));
    const history = sqlite.prepare(insertSql("incident_histories", HISTORY_COLUMNS));
    const facts = sqlite.prepare(insertSql("incident_facts", FACTS_COLUMNS));
    const insertBatch = sqlite.transaction((from: number, to: number) => {
      for (let seq = from; seq <= to; seq++) {
        const seeded = seededIncident(seq, count, now);
        incident.run(incidentValues(seeded));
        history.run(historyValues(createHistory(randomUUID(), seeded, "seed")));
        facts.run(factsValues(seededFacts(seeded)));
      }
    });
    const started = performance.now();
    for (let from = 1; from <= count; from += BATCH) {
      insertBatch(from, Math.min(count, from + BATCH - 1));
      if ((from - 1) % (BATCH * 10) === 0 && from > 1) log(`  seeded ${from - 1} incidents`);
    }
    // Numbers taken by later creates continue after the seeded ones.
    sqlite.prepare("UPDATE counters SET value = ? WHERE name = ?").run(count, INCIDENT_COUNTER);
    // The project's incident total, which incidentd raises on every create (docs/search.md).
    sqlite
      .prepare(
        "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
      )
      .run(`incident_total:${PROJECT_ID}`, count);
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    log(`  seeded ${count} incidents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    sqlite.close();
  }
}

/** Creates incidentd's database in `dataDir` and fills it with `count` incidents. */
export async function seedDataDir(
  dataDir: string,
  count: number,
  now: number,
  log: (line: string) => void,
): Promise<SeedResult> {
  const token = await prepareDatabase({ INCIDENTD_DATA_DIR: dataDir, INCIDENTD_SQLITE_SYNCHRONOUS: "FULL" });
  const sqlitePath = sqlitePathFor(dataDir);
  seedIncidents(sqlitePath, count, now, log);
  return { sqlitePath, token, now };
}
