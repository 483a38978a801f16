import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { buildApp } from "../../src/app.ts";
import { issueToken } from "../../src/auth/token.service.ts";
import { openDatabase, sqlitePathFor } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createDeps } from "../../src/deps.ts";
import { migrateToPostgres } from "../../src/ops/migrate-to.ts";
import { createProject } from "../../src/projects/project.service.ts";
import { TestClock, testConfig } from "../helpers/harness.ts";
import { createTestSchema } from "../helpers/test-database.ts";
import { customEvent } from "./alarm-helpers.ts";

// migrate-to copies table by table (TABLES_IN_ORDER): alarms, their links and integrations must arrive,
// parents first, and keep working (the key still reports, the alarm still converges).
describe("migrate-to with alarms", { skip: process.env.DATABASE_URL ? false : "needs DATABASE_URL" }, () => {
  it("copies integrations, alarms and links to PostgreSQL, where the key keeps working", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "incidentd-alarms-migrate-"));
    const target = await createTestSchema();
    try {
      const sqliteConfig = testConfig({ dataDir: dir });
      const source = openDatabase({ engine: "sqlite", path: sqlitePathFor(dir), synchronous: "FULL" });
      await migrateToLatest(source);
      const deps = createDeps(sqliteConfig, source, new TestClock());
      await createProject(deps, { id: "p" });
      const { token } = await issueToken(deps, "p", { name: "a", role: "admin", principal: "u" });
      let app = await buildApp(deps);
      const created = await app.inject({
        method: "POST",
        url: "/incidentd/v1/integrations",
        headers: { "x-auth-token": token },
        payload: { name: "src", kind: "custom" },
      });
      const key = created.json().data.integration_key as string;
      const report = () =>
        app.inject({ method: "POST", url: `/v1/event/huawei/custom/${key}`, payload: customEvent() });
      assert.equal((await report()).statusCode, 200);
      const linked = await app.inject({
        method: "POST",
        url: "/v1/alarm-mgmt/alarms-linked-incident",
        headers: { "x-auth-token": token },
        payload: {
          alarm_ids: "18cfxxxxxxxxxx0f8",
          current_cloud_service_id: "app001",
          description: "d",
          is_service_interrupt: false,
          level_id: "level_50",
          mtm_type: "inc_type_p_change_issues",
          title: "t",
          assignee: "u",
        },
      });
      assert.equal(linked.statusCode, 200, linked.body);
      await app.close();
      await source.destroy();

      const counts = await migrateToPostgres({
        database: sqlitePathFor(dir),
        synchronous: "FULL",
        targetUrl: target.url,
      });
      const rows = Object.fromEntries(counts.map((c) => [c.table, c.rows]));
      assert.deepEqual([rows.integrations, rows.alarms, rows.alarm_incidents], [1, 1, 1]);

      const pgDb = openDatabase({ engine: "postgres", url: target.url, poolSize: 2 });
      app = await buildApp(createDeps(testConfig({ databaseUrl: target.url }), pgDb, new TestClock()));
      try {
        assert.equal((await report()).statusCode, 200);
        const alarm = await app.inject({
          method: "GET",
          url: "/v1/alarm-mgmt/alarm/18cfxxxxxxxxxx0f8",
          headers: { "x-auth-token": token },
        });
        const data = alarm.json().data;
        assert.equal(data.converge_count, 2);
        assert.equal(data.associate_event_id, linked.json().data[0]);
      } finally {
        await app.close();
        await pgDb.destroy();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await target.drop();
    }
  });
});
