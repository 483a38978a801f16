import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { App } from "../../src/http/app-types.ts";
import { POSTGRES_ONLY } from "../../testkit/test-database.ts";
import { afterMigrationToPostgres } from "../helpers/migrate-to.ts";

// migrate-to copies table by table (TABLES_IN_ORDER): people's passwords and roles must arrive, and so
// must their open sessions (a move to PostgreSQL does not sign everyone out).
describe("migrate-to with people who sign in", () => {
  it(
    "copies passwords, roles and sessions to PostgreSQL, where they keep working",
    POSTGRES_ONLY,
    async () => {
      let cookie = "";
      const admin = (
        app: App,
        token: string,
        url: string,
        payload: object,
        method: "POST" | "PUT" = "POST",
      ) => app.inject({ method, url, headers: { "x-auth-token": token }, payload });
      const signIn = (app: App, password: string) =>
        app.inject({ method: "POST", url: "/incidentd/v1/sessions", payload: { user_id: "pat", password } });
      await afterMigrationToPostgres({
        async fill(app, token) {
          await admin(app, token, "/incidentd/v1/users", { id: "pat", display_name: "Pat" });
          const set = await admin(
            app,
            token,
            "/incidentd/v1/users/pat/password",
            { password: "pat-password", role: "reader" },
            "PUT",
          );
          assert.equal(set.statusCode, 200, set.body);
          const signedIn = await signIn(app, "pat-password");
          assert.equal(signedIn.statusCode, 200, signedIn.body);
          cookie = String(signedIn.headers["set-cookie"]).split(";")[0] ?? "";
        },
        async check(app, _token, rows) {
          assert.deepEqual([rows.user_logins, rows.sessions], [1, 1]);
          const current = await app.inject({
            method: "GET",
            url: "/incidentd/v1/sessions/current",
            headers: { cookie },
          });
          assert.equal(current.statusCode, 200, current.body);
          assert.equal(current.json().data.role, "reader");
          assert.equal((await signIn(app, "pat-password")).statusCode, 200);
          assert.equal((await signIn(app, "wrong-password")).statusCode, 401);
        },
      });
    },
  );
});
