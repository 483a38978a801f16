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
import type { App } from "../../src/http/app-types.ts";
import { migrateToPostgres } from "../../src/ops/migrate-to.ts";
import { createProject } from "../../src/projects/project.service.ts";
import { exampleIncident, TestClock, testConfig } from "../helpers/harness.ts";
import { createTestSchema } from "../helpers/test-database.ts";
import { exampleWarRoom } from "./warroom-helpers.ts";

// migrate-to copies table by table (TABLES_IN_ORDER): WarRooms, their facets, the counter and the
// auto-start setting must arrive, and numbering must continue without reusing a number.
describe("migrate-to with WarRooms", {
  skip: process.env.DATABASE_URL ? false : "needs DATABASE_URL",
}, () => {
  it("copies WarRooms to PostgreSQL, where filters, numbering and auto-start keep working", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "incidentd-warrooms-migrate-"));
    const target = await createTestSchema();
    try {
      const source = openDatabase({ engine: "sqlite", path: sqlitePathFor(dir), synchronous: "FULL" });
      await migrateToLatest(source);
      const clock = new TestClock();
      const deps = createDeps(testConfig({ dataDir: dir }), source, clock);
      await createProject(deps, { id: "p" });
      const { token } = await issueToken(deps, "p", { name: "a", role: "admin", principal: "u" });
      const post = (app: App, url: string, payload: object, method: "POST" | "PUT" = "POST") =>
        app.inject({ method, url, headers: { "x-auth-token": token }, payload });
      let app = await buildApp(deps);
      const incident = (await post(app, "/v1/external/incident/create", exampleIncident())).json().data
        .incident_num as string;
      const first = (
        await post(app, "/v1/external/warrooms", exampleWarRoom(incident, { participant: ["bob"] }))
      ).json().data as string;
      const settings = await post(
        app,
        "/incidentd/v1/settings",
        { warroom_auto_start_levels: ["level_10"] },
        "PUT",
      );
      assert.equal(settings.statusCode, 200, settings.body);
      await app.close();
      await source.destroy();

      const counts = await migrateToPostgres({
        database: sqlitePathFor(dir),
        synchronous: "FULL",
        targetUrl: target.url,
      });
      const rows = Object.fromEntries(counts.map((c) => [c.table, c.rows]));
      assert.deepEqual([rows.warrooms, rows.warroom_facets], [1, 3]);

      const pgDb = openDatabase({ engine: "postgres", url: target.url, poolSize: 2 });
      app = await buildApp(createDeps(testConfig({ databaseUrl: target.url }), pgDb, clock));
      try {
        const listed = (await post(app, "/v1/external/warrooms/list", { current_users: ["bob"] })).json()
          .data;
        assert.deepEqual(
          listed.list.map((i: { war_room_num: string }) => i.war_room_num),
          [first],
        );
        const auto = (
          await post(app, "/v1/external/incident/create", exampleIncident({ incident_level: "level_10" }))
        ).json().data.incident_num as string;
        const detail = (
          await app.inject({
            method: "GET",
            url: `/v1/external/incident/${auto}`,
            headers: { "x-auth-token": token },
          })
        ).json().data;
        assert.match(detail.warroom_id, /^WR\d{24}$/);
        assert.notEqual(detail.warroom_id, first, "the copied counter continues");
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
