import Sqlite from "better-sqlite3";
import pg from "pg";
import { checkAgainstLedger, checkHistory, type ObservedEntry, type ObservedIncident } from "./checks.ts";
import type { CrashInstallation } from "./installation.ts";
import type { Ledger } from "./ledger.ts";

/**
 * Verification straight from the database, over every incident: the ledger's promises, history
 * consistency, orphans, the number counter, and the engine's own integrity checks.
 */
interface IncidentRow {
  incident_num: string;
  project_id: string;
  version: number | string;
  status: string;
  node: string;
  incident_title: string;
  handle_time: number | string | null;
  fault_recovery_time: number | string | null;
}

interface HistoryRow {
  incident_num: string;
  seq: number | string;
  action: string;
  status_before: string | null;
  status_after: string;
  comment: string | null;
}

export interface DatabaseSnapshot {
  incidents: IncidentRow[];
  histories: HistoryRow[];
  counter: number;
  /** Problems the engine's own checks reported. */
  integrity: string[];
  integrityChecks: string[];
}

const INCIDENTS_SQL =
  "SELECT incident_num, project_id, version, status, node, incident_title, handle_time, fault_recovery_time FROM incidents";
const HISTORIES_SQL =
  "SELECT incident_num, seq, action, status_before, status_after, comment FROM incident_histories ORDER BY incident_num, seq";
const COUNTER_SQL = "SELECT value FROM counters WHERE name = 'incident_number'";

function sqliteSnapshot(file: string): DatabaseSnapshot {
  // Read-only, beside the running server (WAL lets a reader in while it writes).
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const integrity: string[] = [];
    const ok = db.pragma("integrity_check") as Array<{ integrity_check: string }>;
    if (ok.length !== 1 || ok[0]?.integrity_check !== "ok") {
      integrity.push(`PRAGMA integrity_check: ${ok.map((r) => r.integrity_check).join("; ")}`);
    }
    const fk = db.pragma("foreign_key_check") as unknown[];
    if (fk.length > 0) integrity.push(`PRAGMA foreign_key_check: ${JSON.stringify(fk.slice(0, 10))}`);
    return db.transaction(() => ({
      incidents: db.prepare(INCIDENTS_SQL).all() as IncidentRow[],
      histories: db.prepare(HISTORIES_SQL).all() as HistoryRow[],
      counter: Number((db.prepare(COUNTER_SQL).get() as { value: number } | undefined)?.value ?? -1),
      integrity,
      integrityChecks: ["PRAGMA integrity_check", "PRAGMA foreign_key_check"],
    }))();
  } finally {
    db.close();
  }
}

async function postgresSnapshot(url: string): Promise<DatabaseSnapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const integrity: string[] = [];
    const integrityChecks = ["foreign keys (histories → incidents)"];
    const orphans = await client.query(
      "SELECT count(*) AS n FROM incident_histories h LEFT JOIN incidents i ON i.incident_num = h.incident_num WHERE i.incident_num IS NULL",
    );
    if (Number(orphans.rows[0].n) > 0)
      integrity.push(`${orphans.rows[0].n} history rows without an incident`);
    // amcheck (contrib, shipped with PostgreSQL): every B-tree index agrees with itself and its table.
    try {
      await client.query("CREATE EXTENSION IF NOT EXISTS amcheck");
      const indexes = await client.query(
        `SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
         JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE a.amname = 'btree' AND n.nspname = current_schema()`,
      );
      for (const index of indexes.rows) {
        try {
          await client.query("SELECT bt_index_check($1, true)", [index.oid]);
        } catch (error) {
          integrity.push(`amcheck ${index.relname}: ${(error as Error).message}`);
        }
      }
      integrityChecks.push(`amcheck bt_index_check(heapallindexed) on ${indexes.rows.length} indexes`);
    } catch (error) {
      integrityChecks.push(`amcheck unavailable (${(error as Error).message})`);
    }
    // One snapshot for the three reads, so a concurrent writer cannot make them disagree.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const incidents = (await client.query(INCIDENTS_SQL)).rows as IncidentRow[];
    const histories = (await client.query(HISTORIES_SQL)).rows as HistoryRow[];
    const counter = Number((await client.query(COUNTER_SQL)).rows[0]?.value ?? -1);
    await client.query("COMMIT");
    return { incidents, histories, counter, integrity, integrityChecks };
  } finally {
    await client.end();
  }
}

export async function readDatabase(installation: CrashInstallation): Promise<DatabaseSnapshot> {
  if (installation.sqliteFile) return sqliteSnapshot(installation.sqliteFile);
  if (installation.databaseUrl) return postgresSnapshot(installation.databaseUrl);
  throw new Error("installation has neither a SQLite file nor a database URL");
}

const num = (v: number | string | null) => (v === null ? null : Number(v));

export interface DatabaseVerdict {
  problems: string[];
  incidents: number;
  histories: number;
  acknowledgedFound: number;
  unknownCreatesApplied: number;
}

export function verifyDatabase(snapshot: DatabaseSnapshot, ledger: Ledger): DatabaseVerdict {
  const problems = [...snapshot.integrity];
  const entries = new Map<string, ObservedEntry[]>();
  for (const row of snapshot.histories) {
    const list = entries.get(row.incident_num) ?? [];
    list.push({
      seq: Number(row.seq),
      action: row.action,
      statusBefore: row.status_before,
      statusAfter: row.status_after,
      comment: row.comment,
    });
    entries.set(row.incident_num, list);
  }
  const byNumber = new Map(snapshot.incidents.map((row) => [row.incident_num, row]));
  for (const number of entries.keys()) {
    if (!byNumber.has(number)) problems.push(`${number}: history rows without an incident row`);
  }
  let acknowledgedFound = 0;
  for (const create of ledger.acknowledgedIncidents()) {
    const row = byNumber.get(create.number as string);
    if (!row) {
      problems.push(
        `${create.number}: acknowledged create (round ${create.round}, "${create.body.incident_title}") is missing: a lost write`,
      );
    } else acknowledgedFound++;
  }
  const titles = new Set<string>();
  let unknownCreatesApplied = 0;
  for (const row of snapshot.incidents) {
    if (titles.has(row.incident_title))
      problems.push(`${row.incident_num}: a second incident titled "${row.incident_title}"`);
    titles.add(row.incident_title);
    const create = ledger.createsByTitle.get(row.incident_title);
    if (!create) {
      problems.push(`${row.incident_num}: exists ("${row.incident_title}") but nobody tried to create it`);
      continue;
    }
    if (create.outcome === "failed") {
      problems.push(
        `${row.incident_num}: create "${row.incident_title}" was answered as failed (${create.note}) but applied`,
      );
      continue;
    }
    if (create.outcome === "ok" && create.number !== row.incident_num) {
      problems.push(`${row.incident_num}: "${row.incident_title}" was acknowledged as ${create.number}`);
      continue;
    }
    if (create.outcome === "unknown") unknownCreatesApplied++;
    if (row.project_id !== "crash") problems.push(`${row.incident_num}: in project ${row.project_id}`);
    const observed: ObservedIncident = {
      number: row.incident_num,
      title: row.incident_title,
      status: row.status,
      node: row.node,
      version: Number(row.version),
      handleTime: num(row.handle_time),
      faultRecoveryTime: num(row.fault_recovery_time),
      entries: entries.get(row.incident_num) ?? [],
    };
    problems.push(...checkHistory(observed));
    problems.push(
      ...checkAgainstLedger(observed, create, ledger.actionsByIncident.get(row.incident_num) ?? []),
    );
  }
  if (snapshot.counter < snapshot.incidents.length) {
    problems.push(
      `the number counter (${snapshot.counter}) is below the number of incidents (${snapshot.incidents.length})`,
    );
  }
  return {
    problems,
    incidents: snapshot.incidents.length,
    histories: snapshot.histories.length,
    acknowledgedFound,
    unknownCreatesApplied,
  };
}
