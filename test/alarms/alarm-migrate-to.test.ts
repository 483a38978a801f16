import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { App } from "../../src/http/app-types.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { POSTGRES_ONLY } from "../../testkit/test-database.ts";
import { afterMigrationToPostgres } from "../helpers/migrate-to.ts";

// migrate-to copies table by table (TABLES_IN_ORDER): alarms, their links and integrations must arrive,
// parents first, and keep working (the key still reports, the alarm still converges).
describe("migrate-to with alarms", () => {
  it(
    "copies integrations, alarms and links to PostgreSQL, where the key keeps working",
    POSTGRES_ONLY,
    async () => {
      let key = "";
      let incidentNum = "";
      const report = (app: App) =>
        app.inject({ method: "POST", url: `/v1/event/huawei/custom/${key}`, payload: customEvent() });
      await afterMigrationToPostgres({
        async fill(app, token) {
          const created = await app.inject({
            method: "POST",
            url: "/incidentd/v1/integrations",
            headers: { "x-auth-token": token },
            payload: { name: "src", kind: "custom" },
          });
          key = created.json().data.integration_key as string;
          assert.equal((await report(app)).statusCode, 200);
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
          incidentNum = linked.json().data[0];
        },
        async check(app, token, rows) {
          assert.deepEqual([rows.integrations, rows.alarms, rows.alarm_incidents], [1, 1, 1]);
          assert.equal((await report(app)).statusCode, 200);
          const alarm = await app.inject({
            method: "GET",
            url: "/v1/alarm-mgmt/alarm/18cfxxxxxxxxxx0f8",
            headers: { "x-auth-token": token },
          });
          const data = alarm.json().data;
          assert.equal(data.converge_count, 2);
          assert.equal(data.associate_event_id, incidentNum);
        },
      });
    },
  );
});
