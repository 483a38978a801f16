import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { setTimeout } from "node:timers/promises";
import SqliteDatabase from "better-sqlite3";
import {
  callApi,
  type Installation,
  type RunningServer,
  runCli,
  runCliConcurrently,
  startServer,
  tempSqliteInstallation,
} from "./process.ts";

// Backup and restore work on SQLite files: these tests build SQLite installations on either engine run.
const TOKEN = "backup-e2e-bootstrap-token-00000";
const SERVER_ENV = { INCIDENTD_BOOTSTRAP_PROJECT_ID: "bk", INCIDENTD_BOOTSTRAP_TOKEN: TOKEN };

const incident = (title: string) => ({
  incident_type: "inc_type_p_config_issues",
  creator: "creator-1",
  is_service_interrupt: false,
  incident_assignee: ["owner-1"],
  incident_level: "level_40",
  incident_title: title,
  incident_description: `description of ${title}`,
  incident_source: "incident_source_manual",
});

async function createIncident(server: RunningServer, title: string): Promise<string> {
  const res = await callApi<{ incident_num: string }>(
    server.baseUrl,
    "POST",
    "/v1/external/incident/create",
    TOKEN,
    incident(title),
  );
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.data.incident_num;
}

async function accept(server: RunningServer, num: string): Promise<void> {
  const tasks = await callApi<Array<{ operations: Array<{ task_id: string }> }>>(
    server.baseUrl,
    "GET",
    `/v2/incidents/${num}/tasks`,
    TOKEN,
  );
  const taskId = tasks.body.data[0]?.operations[0]?.task_id;
  const res = await callApi(server.baseUrl, "POST", `/v2/incidents/${num}/actions`, TOKEN, {
    task_id: taskId,
    action: "accepted",
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

/** What a client can read of an incident: its detail and its history. */
async function readIncident(server: RunningServer, num: string) {
  const detail = await callApi(server.baseUrl, "GET", `/v1/external/incident/${num}`, TOKEN);
  const history = await callApi(server.baseUrl, "POST", `/v2/incidents/${num}/histories`, TOKEN, {});
  return { detail, history };
}

describe("incidentd backup and restore", () => {
  let live: Installation;
  let server: RunningServer;
  const created: string[] = [];
  const answered = new Map<string, Awaited<ReturnType<typeof readIncident>>>();
  let backupFile: string;

  before(async () => {
    live = tempSqliteInstallation();
    backupFile = path.join(live.env.INCIDENTD_DATA_DIR as string, "backup-1.db");
    server = await startServer({ ...live.env, ...SERVER_ENV });
    // Few enough writes (about 7 WAL pages each) that they are still in the WAL, not yet checkpointed into
    // the main file, when the backup runs: a plain copy of incidentd.db would miss them.
    for (let batch = 0; batch < 4; batch++) {
      const nums = await Promise.all(
        Array.from({ length: 10 }, (_, i) => createIncident(server, `t${batch}-${i}`)),
      );
      created.push(...nums);
    }
    for (const num of created.slice(0, 10)) await accept(server, num);
    for (const num of created) answered.set(num, await readIncident(server, num));
  });
  after(async () => {
    await server?.stop();
    await live?.remove();
  });

  it("takes a consistent backup while incidents are being created, and restores it", async () => {
    // One writer, one request at a time: commit order is answer order, so a consistent snapshot holds a
    // prefix of `during` and nothing else.
    const during: string[] = [];
    let writing = true;
    const writer = (async () => {
      while (writing) {
        during.push(await createIncident(server, `during-${during.length}`));
        await setTimeout(50);
      }
    })();
    const backup = await runCliConcurrently(["backup", backupFile], live.env);
    writing = false;
    await writer;
    assert.equal(backup.status, 0, backup.stderr);
    assert.ok(during.length > 0, "incidents were created while the backup ran");
    const reported = Number(/(\d+) incidents/.exec(backup.stdout)?.[1]);
    assert.ok(backup.stdout.includes(`to ${backupFile}: `), backup.stdout);

    const fresh = tempSqliteInstallation();
    let restored: RunningServer | undefined;
    try {
      const restore = runCli(["restore", backupFile], fresh.env);
      assert.equal(restore.status, 0, restore.stderr);
      assert.match(restore.stdout, new RegExp(`restored .*backup-1\\.db \\(${reported} incidents\\)`));
      // No bootstrap settings: the token that answers below comes from the backup.
      restored = await startServer(fresh.env);
      for (const [num, original] of answered) {
        assert.deepEqual(await readIncident(restored, num), original, `incident ${num}`);
      }
      const present: boolean[] = [];
      for (const num of during) {
        const { status, body } = await callApi(
          restored.baseUrl,
          "GET",
          `/v1/external/incident/${num}`,
          TOKEN,
        );
        assert.ok(
          status === 200 || body.error_code === "COC.00067003",
          `${num}: ${status} ${JSON.stringify(body)}`,
        );
        present.push(status === 200);
      }
      const kept = present.indexOf(false) === -1 ? present.length : present.indexOf(false);
      assert.ok(
        present.slice(kept).every((p) => !p),
        `the backup holds a prefix of the incidents created meanwhile: ${present.join(",")}`,
      );
      assert.equal(reported, created.length + kept, "the reported count is the backup's");
      assert.doesNotMatch(restored.output(), /first start/);
    } finally {
      await restored?.stop();
      await fresh.remove();
    }
  });

  it("refuses to overwrite an existing file unless --force is given", () => {
    const file = path.join(live.env.INCIDENTD_DATA_DIR as string, "existing.db");
    writeFileSync(file, "keep me");
    const refused = runCli(["backup", file], live.env);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /existing\.db already exists; pass --force to overwrite it/);
    assert.equal(readFileSync(file, "utf8"), "keep me");

    const forced = runCli(["backup", file, "--force"], live.env);
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readFileSync(file).subarray(0, 15).toString(), "SQLite format 3");
    assert.deepEqual(
      readdirSync(path.dirname(file)).filter((f) => f.includes("existing.db")),
      ["existing.db"],
      "no temporary or -wal/-shm file is left beside the backup",
    );
  });

  it("points PostgreSQL installations to pg_dump and pg_restore", () => {
    const env = { ...live.env, DATABASE_URL: "postgres://postgres@127.0.0.1:1/none" };
    const backup = runCli(["backup", path.join(live.env.INCIDENTD_DATA_DIR as string, "pg.db")], env);
    assert.equal(backup.status, 1);
    assert.match(backup.stderr, /SQLite database only.*DATABASE_URL is set.*pg_dump.*docs\/storage\.md/);
    const restore = runCli(["restore", backupFile], env);
    assert.equal(restore.status, 1);
    assert.match(restore.stderr, /pg_restore/);
  });

  it("refuses to restore a file that is not an incidentd database, and leaves the target alone", async () => {
    const target = tempSqliteInstallation();
    try {
      const dir = target.env.INCIDENTD_DATA_DIR as string;
      const text = path.join(dir, "notes.txt");
      writeFileSync(text, "not a database at all\n".repeat(20));
      const notSqlite = runCli(["restore", text], target.env);
      assert.equal(notSqlite.status, 1);
      assert.match(notSqlite.stderr, /notes\.txt is not a SQLite database, hence not an incidentd backup/);

      const other = path.join(dir, "other.db");
      const db = new SqliteDatabase(other);
      db.exec("CREATE TABLE incidents (id TEXT); INSERT INTO incidents VALUES ('x')");
      db.close();
      const notOurs = runCli(["restore", other], target.env);
      assert.equal(notOurs.status, 1);
      assert.match(
        notOurs.stderr,
        /other\.db is a SQLite database but not an incidentd one \(no kysely_migration table\)/,
      );

      assert.ok(!existsSync(path.join(dir, "incidentd.db")), "no database was put in place");
      assert.deepEqual(
        readdirSync(dir).sort(),
        ["incidentd.lock", "notes.txt", "other.db"],
        "no temporary file is left (the lock file stays: processes may be waiting on it)",
      );
    } finally {
      await target.remove();
    }
  });

  it("replaces an existing database only with --force, telling to stop the server first", async () => {
    const target = tempSqliteInstallation();
    try {
      const file = path.join(target.env.INCIDENTD_DATA_DIR as string, "backup-2.db");
      assert.equal(runCli(["backup", file], live.env).status, 0);
      assert.equal(runCli(["project", "create", "--id", "previous"], target.env).status, 0);
      const refused = runCli(["restore", file], target.env);
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /incidentd\.db already exists\. Stop the server first.*--force/);
      assert.match(runCli(["project", "list"], target.env).stdout, /^previous\t/m);

      const forced = runCli(["restore", file, "--force"], target.env);
      assert.equal(forced.status, 0, forced.stderr);
      assert.match(forced.stdout, /into .*incidentd\.db, replacing the previous database/);
      const projects = runCli(["project", "list"], target.env).stdout;
      assert.match(projects, /^bk\t/m);
      assert.doesNotMatch(projects, /previous/);
    } finally {
      await target.remove();
    }
  });

  it("refuses to restore, even with --force, while a server has the database open", async () => {
    const file = path.join(live.env.INCIDENTD_DATA_DIR as string, "backup-3.db");
    // Not blocking this process's event loop: its keep-alive sockets to the server stay usable.
    assert.equal((await runCliConcurrently(["backup", file], live.env)).status, 0);
    const database = path.join(live.env.INCIDENTD_DATA_DIR as string, "incidentd.db");
    const before = statSync(database);
    const refused = await runCliConcurrently(["restore", file, "--force"], live.env);
    assert.equal(refused.status, 1, refused.stdout);
    assert.match(
      refused.stderr,
      /refusing to restore: another incidentd process \(pid \d+\) has the database in .* open\. Stop the server .*Nothing was changed/,
    );
    const after = statSync(database);
    assert.equal(after.ino, before.ino, "the database file was not replaced");
    assert.deepEqual(
      readdirSync(path.dirname(database)).filter((f) => f.startsWith(".")),
      [],
      "no temporary file is left",
    );
    const num = await createIncident(server, "after-refused-restore");
    const { detail } = await readIncident(server, num);
    assert.equal(detail.status, 200, "the server keeps serving, on the same database");
  });

  it("is not blocked by a server that crashed", async () => {
    const target = tempSqliteInstallation();
    try {
      const file = path.join(target.env.INCIDENTD_DATA_DIR as string, "backup-4.db");
      assert.equal(runCli(["backup", file], live.env).status, 0);
      const crashed = await startServer({ ...target.env, ...SERVER_ENV });
      await crashed.stop("SIGKILL");
      const restore = runCli(["restore", file, "--force"], target.env);
      assert.equal(restore.status, 0, restore.stderr);
    } finally {
      await target.remove();
    }
  });
});
