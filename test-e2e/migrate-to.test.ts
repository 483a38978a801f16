import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { TABLES_IN_ORDER } from "../src/db/database.ts";
import { createTestSchema } from "../testkit/test-database.ts";
import {
  callApi,
  callSigned,
  type Installation,
  type RunningServer,
  runCli,
  startServer,
  tempSqliteInstallation,
} from "./process.ts";

const TOKEN = "migrate-e2e-bootstrap-token-0000";
const ADMIN = "/incidentd/v1";
// The CI machine always runs PostgreSQL: when it cannot be reached this suite fails rather than skips.
const LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432";

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** An empty PostgreSQL target: a fresh schema of DATABASE_URL when set, else a throwaway database. */
async function emptyPostgresTarget(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return createTestSchema();
  const name = `incidentd_migrate_${randomBytes(6).toString("hex")}`;
  await adminQuery(`${LOCAL_POSTGRES}/postgres`, `CREATE DATABASE ${name}`);
  return {
    url: `${LOCAL_POSTGRES}/${name}`,
    drop: async () => {
      await adminQuery(`${LOCAL_POSTGRES}/postgres`, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

const incident = (title: string, level = "level_30") => ({
  incident_type: "inc_type_p_config_issues",
  creator: "creator-1",
  is_service_interrupt: true,
  current_cloud_service: ["app001"],
  incident_assignee: ["user-1"],
  incident_level: level,
  incident_title: title,
  incident_description: `说明 ${title}`,
  incident_source: "incident_source_manual",
  region: ["region-1"],
});

/** A token with its secret and the records a client can read through it. */
interface Credential {
  token: string;
  incidents: string[];
}

function expectOk<T>(res: { status: number; body: { data: T } }, what: string): T {
  assert.equal(res.status, 200, `${what}: ${JSON.stringify(res.body)}`);
  return res.body.data;
}

async function act(server: RunningServer, token: string, num: string, action: string, params: object = {}) {
  const tasks = expectOk(
    await callApi<Array<{ operations: Array<{ task_id: string }> }>>(
      server.baseUrl,
      "GET",
      `/v2/incidents/${num}/tasks`,
      token,
    ),
    "tasks",
  );
  const task_id = tasks[0]?.operations[0]?.task_id;
  const res = await callApi(server.baseUrl, "POST", `/v2/incidents/${num}/actions`, token, {
    task_id,
    action,
    params,
  });
  expectOk(res, action);
}

async function createIncident(server: RunningServer, token: string, title: string, level?: string) {
  const res = await callApi<{ incident_num: string }>(
    server.baseUrl,
    "POST",
    "/v1/external/incident/create",
    token,
    incident(title, level),
  );
  return expectOk(res, "create").incident_num;
}

/** Everything the tests compare before and after the move, read through the HTTP API. */
/** The incident the transfer rule made from alarm mig2 (the processor runs right after the intake). */
async function waitForRuleIncident(server: RunningServer, token: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const alarm = expectOk(
      await callApi<{ associate_event_id: string }>(
        server.baseUrl,
        "GET",
        "/v1/alarm-mgmt/alarm/mig2",
        token,
      ),
      "alarm",
    );
    if (alarm.associate_event_id) return alarm.associate_event_id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the transfer rule made no incident from alarm mig2 within 10 s");
}

async function snapshot(server: RunningServer, credentials: Record<string, Credential>) {
  const read = async (token: string, method: string, url: string, body?: unknown) =>
    expectOk(await callApi(server.baseUrl, method, url, token, body), url);
  const view: Record<string, unknown> = {};
  for (const [name, { token, incidents }] of Object.entries(credentials)) {
    for (const num of incidents) {
      view[`${name} detail ${num}`] = await read(token, "GET", `/v1/external/incident/${num}`);
      view[`${name} history ${num}`] = await read(token, "POST", `/v2/incidents/${num}/histories`, {});
    }
  }
  const admin = credentials.admin?.token as string;
  for (const url of [
    "tokens",
    "users",
    "applications",
    "catalogue",
    "settings",
    "integrations",
    "webhooks",
    "oncall/feeds",
    "users/user-1/notification-rules",
  ]) {
    view[url] = await read(admin, "GET", `${ADMIN}/${url}`);
  }
  view.alarm = await read(admin, "GET", "/v1/alarm-mgmt/alarm/mig1");
  return view;
}

const suffix = (num: string) => num.slice(-10);

describe("incidentd migrate-to: a SQLite installation moved into PostgreSQL", () => {
  let source: Installation;
  let target: { url: string; drop: () => Promise<void> };
  let emptyDataDir: string;
  const credentials: Record<string, Credential> = {};
  let revokedToken: string;
  let accessKey: { accessKey: string; secretKey: string };
  let answered: Record<string, unknown>;

  before(async () => {
    target = await emptyPostgresTarget();
    emptyDataDir = mkdtempSync(path.join(tmpdir(), "incidentd-e2e-migrated-"));
    source = tempSqliteInstallation();
    const server = await startServer({
      ...source.env,
      INCIDENTD_BOOTSTRAP_PROJECT_ID: "mig",
      INCIDENTD_BOOTSTRAP_TOKEN: TOKEN,
    });
    try {
      const newToken = async (role: string, principal: string) =>
        expectOk(
          await callApi<{ id: string; token: string }>(server.baseUrl, "POST", `${ADMIN}/tokens`, TOKEN, {
            name: `${role} of ${principal}`,
            role,
            principal,
          }),
          "token",
        );
      const writer = (await newToken("writer", "user-1")).token;
      const reader = (await newToken("reader", "viewer-1")).token;
      const leaver = await newToken("writer", "leaver");
      expectOk(await callApi(server.baseUrl, "DELETE", `${ADMIN}/tokens/${leaver.id}`, TOKEN), "revoke");
      revokedToken = leaver.token;
      for (const [url, body] of [
        ["users", { id: "user-1", display_name: "用户一", email: "user-1@example.com" }],
        ["users", { id: "creator-1", display_name: "Creator One" }],
        ["applications", { id: "app001", name: "COC" }],
        ["applications", { id: "app002", name: "Billing" }],
        ["catalogue/incident_type", { key: "inc_type_custom", name_zh: "自定义", name_en: "Custom" }],
        ["catalogue/incident_ownership", { key: "own_team_a", name_zh: "甲组", name_en: "Team A" }],
      ] as const) {
        expectOk(await callApi(server.baseUrl, "POST", `${ADMIN}/${url}`, TOKEN, body), url);
      }
      expectOk(
        await callApi(server.baseUrl, "PUT", `${ADMIN}/settings`, TOKEN, { approvers: ["admin", "user-1"] }),
        "settings",
      );
      // A person with a password: a session, and a wrong password recorded against the address.
      expectOk(
        await callApi(server.baseUrl, "PUT", `${ADMIN}/users/user-1/password`, TOKEN, {
          password: "correct horse battery",
          role: "writer",
        }),
        "password",
      );
      const signIn = (password: string) =>
        fetch(`${server.baseUrl}${ADMIN}/sessions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ user_id: "user-1", password }),
        });
      assert.equal((await signIn("correct horse battery")).status, 200);
      assert.equal((await signIn("wrong")).status, 401);
      // An on-call scene with an escalation policy, and an incident assigned from it (its escalation timer).
      expectOk(
        await callApi(server.baseUrl, "PUT", `${ADMIN}/oncall/scenes/ops`, TOKEN, {
          name: "运维值班",
          roles: [
            {
              role_id: "primary",
              name: "Primary",
              rotations: [
                {
                  participants: ["user-1"],
                  shift: "P1D",
                  handoff: "09:00",
                  time_zone: "Asia/Shanghai",
                  start: "2024-01-01",
                },
              ],
            },
          ],
          escalation: { steps: [{ after_minutes: 600, user_id: "creator-1" }] },
        }),
        "on-call scene",
      );
      // A calendar feed of the scene's role (oncall_feeds) and a person's notification rule (notification_rules).
      expectOk(
        await callApi(server.baseUrl, "POST", `${ADMIN}/oncall/feeds`, TOKEN, {
          scene_id: "ops",
          role_id: "primary",
        }),
        "on-call feed",
      );
      expectOk(
        await callApi(server.baseUrl, "PUT", `${ADMIN}/users/user-1/notification-rules`, TOKEN, {
          rules: [{ audience: "assignee", events: ["incident.assigned"] }],
        }),
        "notification rules",
      );
      expectOk(
        await callApi(server.baseUrl, "POST", "/v1/external/incident/create", writer, {
          ...incident("on call"),
          incident_assignee: [],
          assignee_scene: "ops",
          assignee_role: "primary",
        }),
        "on-call create",
      );

      // A webhook subscription whose receiver is down: every change below queues a delivery, and attempts fail.
      const webhook = expectOk(
        await callApi<{ id: string }>(server.baseUrl, "POST", `${ADMIN}/webhooks`, TOKEN, {
          url: "http://127.0.0.1:9/hook",
        }),
        "webhook",
      );

      // Alarm intake: an integration, an alarm reported with its key, and that alarm turned into an incident.
      const { integration_key } = expectOk(
        await callApi<{ integration_key: string }>(server.baseUrl, "POST", `${ADMIN}/integrations`, TOKEN, {
          name: "zabbix",
          kind: "custom",
        }),
        "integration",
      );
      const reported = await fetch(`${server.baseUrl}/v1/event/huawei/custom/${integration_key}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          alarmId: "mig1",
          alarmName: "disk full",
          alarmLevel: "Major",
          time: 1709118444540,
          nameSpace: "prod",
          alarmDesc: "disk above 95%",
          alarmSource: "zabbix",
        }),
      });
      assert.equal(reported.status, 200, await reported.text());
      const [fromAlarm] = expectOk(
        await callApi<string[]>(server.baseUrl, "POST", "/v1/alarm-mgmt/alarms-linked-incident", writer, {
          alarm_ids: "mig1",
          current_cloud_service_id: "app001",
          description: "from an alarm",
          is_service_interrupt: false,
          level_id: "level_40",
          mtm_type: "inc_type_p_config_issues",
          title: "disk full",
          assignee: "user-1",
        }),
        "alarm to incident",
      );
      // HandlerAlarm's work order (alarm_handle_requests), which ShowAlarm of mig1 then shows.
      expectOk(
        await callApi<string>(server.baseUrl, "POST", "/v1/alarm-mgmt/alarm/mig1/auto-process", writer, {
          task_type: "SCRIPT",
          associated_task_id: "SC-migrate",
          associated_task_type: "CUSTOMIZATION",
          associated_task_name: "restart-nginx",
        }),
        "handler alarm",
      );

      // A transfer rule that turns the next "cpu" alarm into an incident (the processor runs in the server).
      expectOk(
        await callApi(server.baseUrl, "POST", `${ADMIN}/transfer-rules`, TOKEN, {
          name: "cpu alarms",
          match: { name_contains: "cpu" },
          incident: {
            title_template: "{{alarm_name}}",
            incident_type: "inc_type_p_security_issues",
            assignee: "user-1",
          },
        }),
        "transfer rule",
      );
      const cpuAlarm = await fetch(`${server.baseUrl}/v1/event/huawei/custom/${integration_key}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          alarmId: "mig2",
          alarmName: "cpu high",
          alarmLevel: "Critical",
          time: 1709118444541,
          nameSpace: "prod",
          alarmDesc: "cpu above 90%",
          alarmSource: "zabbix",
        }),
      });
      assert.equal(cpuAlarm.status, 200, await cpuAlarm.text());
      const fromRule = await waitForRuleIncident(server, writer);

      const untouched = await createIncident(server, writer, "untouched");
      const accepted = await createIncident(server, writer, "accepted");
      await act(server, writer, accepted, "accepted");
      const closed = await createIncident(server, writer, "closed");
      await act(server, writer, closed, "accepted");
      await act(server, writer, closed, "commitSolution", {
        mtm_type: "inc_type_p_function_issues",
        is_service_interrupt: false,
        cause: "disk full",
        solution: "cleaned up",
      });
      await act(server, writer, closed, "confirm", {
        virtual_confirm_result: true,
        virtual_confirm_comment: "ok",
      });
      expectOk(
        await callApi(server.baseUrl, "POST", "/v1/external/warrooms", writer, {
          war_room_name: "accepted incident's room",
          application_id_list: ["app001"],
          incident_number: accepted,
          war_room_admin: "user-1",
          enterprise_project_id: "0",
          schedule_group: [{ role_id: "role-1", scene_id: "scene-1" }],
        }),
        "warroom",
      );
      const form = new FormData();
      form.append("file", new Blob(["root cause: disk full\n"], { type: "text/plain" }), "notes.txt");
      const uploaded = await fetch(`${server.baseUrl}/v1/external/incident/attachments`, {
        method: "POST",
        headers: { "x-auth-token": writer },
        body: form,
      });
      assert.equal(uploaded.status, 200, await uploaded.text());
      const rejected = await createIncident(server, writer, "rejected");
      await act(server, writer, rejected, "rejected", { virtual_confirm_comment: "duplicate" });
      const pausing = await createIncident(server, writer, "pause requested");
      await act(server, writer, pausing, "accepted");
      await act(server, writer, pausing, "incidentPause", {
        pause_end_time: Date.now() + 3_600_000,
        pause_reason: "waiting for the vendor",
      });

      // The server's dispatcher has tried (and failed) to deliver at least one event: the ledger has rows.
      for (let tries = 0; ; tries++) {
        const ledger = expectOk(
          await callApi<{ deliveries: Array<{ attempt_log: unknown[] }> }>(
            server.baseUrl,
            "GET",
            `${ADMIN}/webhooks/${webhook.id}/deliveries`,
            TOKEN,
          ),
          "deliveries",
        );
        if (ledger.deliveries.some((d) => d.attempt_log.length > 0)) break;
        assert.ok(tries < 100, "no delivery attempt within 10 s");
        await new Promise((r) => setTimeout(r, 100));
      }

      // A second project, made with the CLI while the server runs.
      assert.equal(runCli(["project", "create", "--id", "second"], source.env).status, 0);
      const second = runCli(
        ["token", "create", "--role", "writer", "--principal", "w2", "--project", "second"],
        source.env,
      );
      assert.equal(second.status, 0, second.stderr);
      const secondToken = second.stdout.trim().split("\n").at(-1) as string;
      const key = runCli(
        ["key", "create", "--role", "reader", "--principal", "sdk", "--project", "second"],
        source.env,
      );
      assert.equal(key.status, 0, key.stderr);
      accessKey = {
        accessKey: /^AK (\S+)$/m.exec(key.stdout)?.[1] as string,
        secretKey: /^SK (\S+)$/m.exec(key.stdout)?.[1] as string,
      };
      // A signed write refused for its role still uses up its signature (seen_signatures); a wrong SK is
      // a failure counted for this address (signature_failures).
      const create = "/v1/external/incident/create";
      assert.equal((await callSigned(server.baseUrl, "POST", create, accessKey, {})).status, 403);
      const wrongSk = { ...accessKey, secretKey: "wrong" };
      assert.equal((await callSigned(server.baseUrl, "GET", `${ADMIN}/catalogue`, wrongSk)).status, 401);
      const other = await createIncident(server, secondToken, "in the second project", "level_50");

      const all = [untouched, accepted, closed, rejected, pausing, fromAlarm as string, fromRule];
      credentials.admin = { token: TOKEN, incidents: all };
      credentials.writer = { token: writer, incidents: [accepted] };
      credentials.reader = { token: reader, incidents: [closed] };
      credentials.second = { token: secondToken, incidents: [other] };
      answered = await snapshot(server, credentials);
    } finally {
      await server.stop();
    }
  });
  after(async () => {
    await source?.remove();
    rmSync(emptyDataDir, { recursive: true, force: true });
    await target?.drop();
  });

  it("refuses a target that already holds incidentd data, and leaves it untouched", async () => {
    // The likely mistake: starting the server on the new database first, which creates a project.
    const used = await emptyPostgresTarget();
    try {
      // The first-start project and token are created once the port is held: wait for the banner.
      const server = await startServer({
        INCIDENTD_DATA_DIR: emptyDataDir,
        DATABASE_URL: used.url,
        EXPECT_BANNER: "1",
      });
      await server.stop();
      const count = async () =>
        (
          await adminQuery(
            used.url,
            "SELECT (SELECT count(*) FROM projects)::int AS p, (SELECT count(*) FROM tokens)::int AS t",
          )
        ).rows;
      const held = await count();
      assert.deepEqual(held, [{ p: 1, t: 1 }]);
      const run = runCli(["migrate-to", used.url], source.env);
      assert.equal(run.status, 1);
      assert.match(
        run.stderr,
        /the target database already holds incidentd data \(projects: 1, tokens: 1, directory_users: 1, user_logins: 1\)\. migrate-to only copies into an empty database and has no option to merge or overwrite/,
      );
      assert.deepEqual(await count(), held);
    } finally {
      await used.drop();
    }
  });

  it("copies every table, then a server on PostgreSQL answers exactly as the SQLite one did", async () => {
    const run = runCli(["migrate-to", target.url], source.env);
    assert.equal(run.status, 0, run.stderr);
    const printed = new Map(
      [...run.stdout.matchAll(/^ {2}(\w+) +(\d+)$/gm)].map(([, table, rows]) => [table, Number(rows)]),
    );
    assert.deepEqual([...printed.keys()], [...TABLES_IN_ORDER], run.stdout);
    for (const [table, rows] of printed) assert.ok(rows > 0, `the test data exercises ${table}`);
    assert.equal(printed.get("projects"), 2);
    assert.equal(printed.get("incidents"), 9);

    // Secret keys are sealed with the SQLite installation's master key: the PostgreSQL nodes get the same key.
    const masterKey = readFileSync(
      path.join(source.env.INCIDENTD_DATA_DIR as string, "master.key"),
      "utf8",
    ).trim();
    const server = await startServer({
      INCIDENTD_DATA_DIR: emptyDataDir,
      DATABASE_URL: target.url,
      INCIDENTD_MASTER_KEY: masterKey,
    });
    try {
      assert.doesNotMatch(server.output(), /first start/);
      const signed = await callSigned(server.baseUrl, "GET", `${ADMIN}/catalogue`, accessKey);
      assert.equal(signed.status, 200, "an access key keeps working after the move");
      assert.deepEqual(await snapshot(server, credentials), answered);

      const writer = credentials.writer?.token as string;
      const reader = credentials.reader?.token as string;
      const migrated = Object.values(credentials).flatMap((c) => c.incidents);
      const fresh = await createIncident(server, writer, "after the move");
      assert.ok(!migrated.includes(fresh));
      assert.ok(
        !migrated.map(suffix).includes(suffix(fresh)),
        "the number sequence continues where SQLite's counter stood",
      );
      const denied = await callApi(
        server.baseUrl,
        "POST",
        "/v1/external/incident/create",
        reader,
        incident("x"),
      );
      assert.equal(denied.status, 403, "the reader token keeps its role");
      const revoked = await callApi(server.baseUrl, "GET", `${ADMIN}/users`, revokedToken);
      assert.equal(revoked.status, 401, "a revoked token stays revoked");
      const elsewhere = await callApi(
        server.baseUrl,
        "GET",
        `/v1/external/incident/${credentials.admin?.incidents[0]}`,
        credentials.second?.token as string,
      );
      assert.notEqual(elsewhere.status, 200, "tokens stay confined to their project");
    } finally {
      await server.stop();
    }
  });
});
