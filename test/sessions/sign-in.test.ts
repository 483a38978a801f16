import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countSessions } from "../../src/auth/sessions/session.repository.ts";
import { exampleIncident } from "../../testkit/harness.ts";
import { addPerson, signIn, signInRequest } from "../helpers/sessions.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("signing in and out", () => {
  const h = useHarness({
    beforeReady: (app) =>
      // Stands for a TLS connection (inject has none): the request then came over HTTPS.
      app.addHook("onRequest", (request, _reply, done) => {
        if (request.headers["x-test-tls"] === "1") Object.assign(request.raw.socket, { encrypted: true });
        done();
      }),
  });

  it("signs a person in: the session's data and an HttpOnly, SameSite=Strict cookie for /", async () => {
    const password = await addPerson(h, "ann", "writer");
    const { response } = await signIn(h, "ann", password);
    const data = response.json().data;
    assert.deepEqual(Object.keys(data).sort(), [
      "csrf_token",
      "expires_at",
      "name",
      "project_id",
      "role",
      "user_id",
    ]);
    assert.equal(data.user_id, "ann");
    assert.equal(data.name, "Person ann");
    assert.equal(data.role, "writer");
    assert.equal(data.project_id, h.projectId);
    assert.equal(data.expires_at, h.clock.now() + h.deps.config.sessions.idleMs);
    const attributes = String(response.headers["set-cookie"]).split("; ").slice(1);
    assert.deepEqual(attributes.sort(), ["HttpOnly", "Path=/", "SameSite=Strict"]);
  });

  it("marks the cookie Secure when the request came over HTTPS", async () => {
    const password = await addPerson(h, "tls-user", "reader");
    const response = await h.request({
      method: "POST",
      url: "/incidentd/v1/sessions",
      payload: { user_id: "tls-user", password },
      token: null,
      headers: { "x-test-tls": "1" },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.ok(String(response.headers["set-cookie"]).split("; ").includes("Secure"));
  });

  it("stores only a hash of the session secret", async () => {
    const password = await addPerson(h, "hash-check", "reader");
    const { cookie } = await signIn(h, "hash-check", password);
    const secret = cookie.slice("incidentd_session=".length);
    const rows = await h.deps.db.selectFrom("sessions").selectAll().execute();
    assert.ok(rows.length > 0);
    for (const row of rows) assert.ok(!Object.values(row).some((v) => String(v).includes(secret)));
  });

  it("answers a wrong password and an unknown user with the same 401 and no cookie", async () => {
    await addPerson(h, "bob", "writer");
    const wrong = await signInRequest(h, { user_id: "bob", password: "not-his-password" }, "10.9.0.1");
    const unknown = await signInRequest(h, { user_id: "nobody", password: "whatever-1" }, "10.9.0.1");
    for (const res of [wrong, unknown]) {
      assert.equal(res.statusCode, 401, res.body);
      assert.equal(res.headers["set-cookie"], undefined);
      assert.equal(res.json().error_code, "APIG.0301");
    }
    assert.equal(wrong.json().error_msg, unknown.json().error_msg);
    assert.match(wrong.json().error_msg, /the user id or the password is wrong/);
  });

  it("shows the current session to its cookie and 401 without one", async () => {
    const password = await addPerson(h, "cara", "admin");
    const { cookie, response } = await signIn(h, "cara", password);
    const current = await h.request({
      method: "GET",
      url: "/incidentd/v1/sessions/current",
      token: null,
      headers: { cookie: `other=1; ${cookie}; theme=dark` },
    });
    assert.equal(current.statusCode, 200, current.body);
    assert.deepEqual(current.json().data, response.json().data);
    const none = await h.request({ method: "GET", url: "/incidentd/v1/sessions/current", token: null });
    assert.equal(none.statusCode, 401);
    const forged = await h.request({
      method: "GET",
      url: "/incidentd/v1/sessions/current",
      token: null,
      headers: { cookie: "incidentd_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
    });
    assert.equal(forged.statusCode, 401);
    assert.match(forged.json().error_msg, /session is unknown, expired or signed out/);
  });

  it("signs out: the session ends on the server and the cookie is cleared", async () => {
    const password = await addPerson(h, "dan", "writer");
    const { cookie, csrf } = await signIn(h, "dan", password);
    const before = await countSessions(h.deps.db);
    const refused = await h.request({
      method: "DELETE",
      url: "/incidentd/v1/sessions/current",
      token: null,
      headers: { cookie },
    });
    assert.equal(refused.statusCode, 403, refused.body);
    assert.match(refused.json().error_msg, /X-CSRF-Token/);
    const out = await h.request({
      method: "DELETE",
      url: "/incidentd/v1/sessions/current",
      token: null,
      headers: { cookie, "x-csrf-token": csrf },
    });
    assert.equal(out.statusCode, 200, out.body);
    assert.match(String(out.headers["set-cookie"]), /^incidentd_session=; .*Max-Age=0/);
    assert.equal(await countSessions(h.deps.db), before - 1);
    for (const url of ["/incidentd/v1/sessions/current", "/incidentd/v1/users"]) {
      const after = await h.request({ method: "GET", url, token: null, headers: { cookie } });
      assert.equal(after.statusCode, 401, `${url}: ${after.body}`);
    }
  });

  it("ends the browser's previous session when it signs in again", async () => {
    const password = await addPerson(h, "gil", "reader");
    const first = await signIn(h, "gil", password);
    const again = await h.request({
      method: "POST",
      url: "/incidentd/v1/sessions",
      payload: { user_id: "gil", password },
      token: null,
      headers: { cookie: first.cookie },
    });
    assert.equal(again.statusCode, 200, again.body);
    const old = await h.request({
      method: "GET",
      url: "/incidentd/v1/sessions/current",
      token: null,
      headers: { cookie: first.cookie },
    });
    assert.equal(old.statusCode, 401);
  });

  it("authenticates API routes with the cookie as the user, and refuses writes without the CSRF header", async () => {
    const password = await addPerson(h, "erin", "writer");
    const { cookie, csrf } = await signIn(h, "erin", password);
    const list = await h.request({
      method: "GET",
      url: "/incidentd/v1/users",
      token: null,
      headers: { cookie },
    });
    assert.equal(list.statusCode, 200, list.body);
    const create = (headers: Record<string, string>) =>
      h.request({
        method: "POST",
        url: "/v1/external/incident/create",
        payload: exampleIncident(),
        token: null,
        headers: { cookie, ...headers },
      });
    const wrongHeaders: Record<string, string>[] = [
      {},
      { "x-csrf-token": `${csrf.slice(1)}x` },
      { "x-csrf-token": "" },
    ];
    for (const headers of wrongHeaders) {
      const refused = await create(headers);
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal(refused.json().error_code, "APIG.0302");
      assert.match(refused.json().error_msg, /X-CSRF-Token header is missing or does not match/);
    }
    const created = await create({ "x-csrf-token": csrf });
    assert.equal(created.statusCode, 200, created.body);
  });

  it("leaves tokens unaffected: a token request ignores a cookie and needs no CSRF header", async () => {
    const res = await h.request({
      method: "POST",
      url: "/v1/external/incident/create",
      payload: exampleIncident(),
      token: h.tokens.writer,
      headers: { cookie: "incidentd_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
    });
    assert.equal(res.statusCode, 200, res.body);
  });

  it("refuses a reader's session a writer's operation", async () => {
    const password = await addPerson(h, "fay", "reader");
    const { cookie, csrf } = await signIn(h, "fay", password);
    const res = await h.request({
      method: "POST",
      url: "/v1/external/incident/create",
      payload: exampleIncident(),
      token: null,
      headers: { cookie, "x-csrf-token": csrf },
    });
    assert.equal(res.statusCode, 403, res.body);
    assert.match(res.json().error_msg, /role "reader"/);
  });
});
