import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { type CrashReport, runCrashTest } from "../reliability/crash-run.ts";
import { CRASH_TOKEN, type CrashInstallation, startNode } from "../reliability/installation.ts";
import { type ActionAttempt, entryKey } from "../reliability/ledger.ts";
import { verifyThroughApi } from "../reliability/verify-api.ts";
import { readDatabase, verifyDatabase } from "../reliability/verify-db.ts";
import { ENGINE } from "../testkit/test-database.ts";

/**
 * The short crash-safety run of docs/reliability.md (3 SIGKILLs under load), on the engine the suite runs
 * on; then the verifier itself is put to the test by damaging the database behind the server's back.
 */

/** Runs statements written with $1-style parameters (each used once) on either engine, the server stopped. */
async function tamper(
  installation: CrashInstallation,
  statements: Array<[string, unknown[]]>,
): Promise<void> {
  if (installation.sqliteFile) {
    const db = new Sqlite(installation.sqliteFile);
    try {
      db.transaction(() => {
        for (const [sql, params] of statements) db.prepare(sql.replace(/\$\d+/g, "?")).run(...params);
      })();
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: installation.databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const [sql, params] of statements) await client.query(sql, params);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

describe(`crash safety: SIGKILL under concurrent writes (${ENGINE})`, () => {
  let report: CrashReport;
  let installation: CrashInstallation;
  const used = new Set<string>();

  before(async () => {
    report = await runCrashTest({
      engine: ENGINE,
      kills: 3,
      concurrency: 8,
      seed: 20261130,
      minLoadMs: 400,
      maxLoadMs: 1500,
      pgAdminUrl: process.env.DATABASE_URL,
      keepInstallation: true,
    });
    installation = report.kept as CrashInstallation;
  });
  after(async () => {
    await report?.kept?.remove();
  });

  /** An acknowledged incident not yet damaged by another test. */
  const pickIncident = (accept: (number: string) => boolean = () => true): string => {
    const number = [...report.ledger.createsByNumber.keys()].find((n) => !used.has(n) && accept(n));
    assert.ok(number, "the run acknowledged enough incidents");
    used.add(number);
    return number;
  };
  const problemsFor = async (number: string) =>
    verifyDatabase(await readDatabase(installation), report.ledger).problems.filter((p) =>
      p.startsWith(number),
    );

  it("loses no acknowledged write and half-applies nothing across 3 kills", () => {
    assert.deepEqual(report.problems, []);
    assert.equal(report.kills, 3);
    assert.ok(report.counts.creates.ok >= 10, `acknowledged creates: ${report.counts.creates.ok}`);
    assert.ok(report.counts.actions.ok >= 10, `acknowledged actions: ${report.counts.actions.ok}`);
    assert.equal(report.finalIncidents, report.counts.creates.ok + report.unknownCreatesApplied);
  });

  it("reports an acknowledged incident that disappeared as a lost write, in the database and through the API", async () => {
    const number = pickIncident();
    await tamper(installation, [
      ["DELETE FROM incident_histories WHERE incident_num = $1", [number]],
      ["DELETE FROM incidents WHERE incident_num = $1", [number]],
    ]);
    const fromDb = await problemsFor(number);
    assert.equal(fromDb.length, 1, fromDb.join("\n"));
    assert.match(fromDb[0] as string, /acknowledged create .* is missing: a lost write/);

    const node = await startNode(installation.env);
    try {
      const fromApi = await verifyThroughApi(node.baseUrl, CRASH_TOKEN, report.ledger, [number]);
      assert.equal(fromApi.problems.length, 1, fromApi.problems.join("\n"));
      assert.match(fromApi.problems[0] as string, /acknowledged create is missing .*: a lost write/);
    } finally {
      await node.stop();
    }
  });

  it("reports an acknowledged action rolled back behind the server's back as a lost write", async () => {
    const snapshot = await readDatabase(installation);
    const last = new Map(snapshot.histories.map((h) => [h.incident_num, h]));
    const acknowledged = (n: string): ActionAttempt | undefined => {
      const entry = last.get(n);
      return report.ledger.actionsByIncident
        .get(n)
        ?.find(
          (a) =>
            a.outcome === "ok" &&
            entry !== undefined &&
            entryKey(a.action, a.comment) === entryKey(entry.action, entry.comment),
        );
    };
    const number = pickIncident((n) => acknowledged(n) !== undefined);
    const entry = last.get(number);
    assert.ok(entry);
    await tamper(installation, [
      ["DELETE FROM incident_histories WHERE incident_num = $1 AND seq = $2", [number, Number(entry.seq)]],
      [
        "UPDATE incidents SET version = version - 1, status = $2 WHERE incident_num = $1",
        [number, entry.status_before],
      ],
    ]);
    const problems = await problemsFor(number);
    assert.ok(
      problems.some((p) => /is missing from the history: a lost write/.test(p)),
      problems.join("\n"),
    );
  });

  it("reports a state change without its history entry as half-applied", async () => {
    const { histories } = await readDatabase(installation);
    const number = pickIncident((n) => histories.filter((h) => h.incident_num === n).length >= 2);
    const entries = histories.filter((h) => h.incident_num === number);
    await tamper(installation, [
      ["DELETE FROM incident_histories WHERE incident_num = $1 AND seq = $2", [number, entries.length]],
    ]);
    const problems = await problemsFor(number);
    assert.ok(
      problems.some((p) =>
        new RegExp(`version ${entries.length} but ${entries.length - 1} history entries`).test(p),
      ),
      problems.join("\n"),
    );
  });

  it("reports a write that was answered as failed but applied", async () => {
    const number = pickIncident();
    const entries = (await readDatabase(installation)).histories.filter((h) => h.incident_num === number);
    const lastEntry = entries[entries.length - 1];
    assert.ok(lastEntry);
    const comment = "remark answered 409 yet stored";
    report.ledger.recordAction({
      incident: number,
      action: "addRemark",
      comment,
      from: "unaccepted",
      outcome: "failed",
      round: 0,
      note: "400 IDT.00010002",
    });
    await tamper(installation, [
      [
        `INSERT INTO incident_histories (id, project_id, incident_num, seq, action, action_name_zh, action_name_en,
           operator, status_before, status_after, comment, details, create_time)
         VALUES ($1, 'crash', $2, $3, 'addRemark', '添加备注', 'Add remark', 'x', $4, $5, $6, '{}', 1)`,
        [
          `tampered-${number}`,
          number,
          entries.length + 1,
          lastEntry.status_after,
          lastEntry.status_after,
          comment,
        ],
      ],
      ["UPDATE incidents SET version = version + 1 WHERE incident_num = $1", [number]],
    ]);
    const problems = await problemsFor(number);
    assert.ok(
      problems.some((p) => /a failed request was applied/.test(p)),
      problems.join("\n"),
    );
  });
});
