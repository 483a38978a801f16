import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { App } from "../../src/http/app-types.ts";
import { exampleIncident } from "../../testkit/harness.ts";
import { POSTGRES_ONLY } from "../../testkit/test-database.ts";
import { afterMigrationToPostgres } from "../helpers/migrate-to.ts";
import { exampleWarRoom } from "./warroom-helpers.ts";

// migrate-to copies table by table (TABLES_IN_ORDER): WarRooms, their facets, the counter and the
// auto-start setting must arrive, and numbering must continue without reusing a number.
describe("migrate-to with WarRooms", () => {
  it(
    "copies WarRooms to PostgreSQL, where filters, numbering and auto-start keep working",
    POSTGRES_ONLY,
    async () => {
      let first = "";
      const send = (app: App, token: string, url: string, payload: object, method: "POST" | "PUT" = "POST") =>
        app.inject({ method, url, headers: { "x-auth-token": token }, payload });
      await afterMigrationToPostgres({
        async fill(app, token) {
          const incident = (await send(app, token, "/v1/external/incident/create", exampleIncident())).json()
            .data.incident_num as string;
          first = (
            await send(
              app,
              token,
              "/v1/external/warrooms",
              exampleWarRoom(incident, { participant: ["bob"] }),
            )
          ).json().data as string;
          const settings = await send(
            app,
            token,
            "/incidentd/v1/settings",
            { warroom_auto_start_levels: ["level_10"] },
            "PUT",
          );
          assert.equal(settings.statusCode, 200, settings.body);
        },
        async check(app, token, rows) {
          assert.deepEqual([rows.warrooms, rows.warroom_facets], [1, 3]);
          const listed = (
            await send(app, token, "/v1/external/warrooms/list", { current_users: ["bob"] })
          ).json().data;
          assert.deepEqual(
            listed.list.map((i: { war_room_num: string }) => i.war_room_num),
            [first],
          );
          const auto = (
            await send(
              app,
              token,
              "/v1/external/incident/create",
              exampleIncident({ incident_level: "level_10" }),
            )
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
        },
      });
    },
  );
});
