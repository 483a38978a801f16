import Sqlite from "better-sqlite3";
import pg from "pg";
import type { CrashInstallation } from "../reliability/installation.ts";

/** The plan and bookkeeping of test-e2e/alarm-durability.test.ts, kept apart so the test reads as its steps. */

/** One intake request: a custom alarm, or an Alertmanager payload of several (stored in one transaction). */
export interface Report {
  path: string;
  body: unknown;
  ids: string[];
}

/**
 * A round sends its reports at CONCURRENCY, then its `last` report alone, and SIGKILLs the server in the
 * tick the `killAfterAnswers`-th success arrives (after `last`'s answer at the latest).
 */
export interface RoundPlan {
  name: string;
  reports: Report[];
  last?: Report;
  killAfterAnswers: number;
}

export interface RoundResult {
  name: string;
  acknowledged: number;
  unknown: number;
  failed: number;
  notes: string[];
  /** From the database of the dead process: alarms still waiting for their rules, and those it had claimed. */
  pendingAtKill: number;
  claimedByDeadNode: number;
  killedAt: number;
}

export interface Reports {
  ok: number;
  unknown: number;
  failed: number;
}

export const newIds = (round: number, count: number) =>
  Array.from({ length: count }, (_, i) => `r${round}a${String(i).padStart(4, "0")}`);

export async function inPool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  return results;
}

/** Reads the rules hook's columns behind the server's back (the server is dead or merely reading). */
export async function ruleState(installation: CrashInstallation, now: number) {
  const sql = `SELECT COUNT(*) AS alarms,
      SUM(CASE WHEN rules_pending_since IS NOT NULL THEN 1 ELSE 0 END) AS pending,
      SUM(CASE WHEN rules_claimed_until > ${now} THEN 1 ELSE 0 END) AS claimed
    FROM alarms`;
  let row: Record<string, unknown> | undefined;
  if (installation.sqliteFile) {
    const db = new Sqlite(installation.sqliteFile, { readonly: true, fileMustExist: true });
    try {
      row = db.prepare(sql).get() as Record<string, unknown>;
    } finally {
      db.close();
    }
  } else {
    const client = new pg.Client({ connectionString: installation.databaseUrl });
    await client.connect();
    try {
      row = (await client.query(sql)).rows[0];
    } finally {
      await client.end();
    }
  }
  return {
    alarms: Number(row?.alarms),
    pending: Number(row?.pending ?? 0),
    claimed: Number(row?.claimed ?? 0),
  };
}
