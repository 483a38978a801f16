import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { issueToken, revokeProjectToken } from "../../src/auth/token.service.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

/**
 * Generated from the app's own route table: a route added later is covered without touching this file.
 * Authentication runs before the body is read, so `{}` stands in for every body.
 */
describe("authentication and roles on every route", async () => {
  const h: Harness = await createHarness();
  let revoked: string;
  before(async () => {
    const issued = await issueToken(h.deps, h.projectId, { name: "gone", role: "admin", principal: "p" });
    await revokeProjectToken(h.deps, h.projectId, issued.record.id);
    revoked = issued.token;
  });
  after(() => h.close());

  const routes = h.app.routeTable.filter((r) => r.method !== "HEAD" && r.access !== "public");

  it("has a route table that covers the COC and admin routes", () => {
    const urls = routes.map((r) => `${r.method} ${r.url}`);
    assert.ok(urls.includes("POST /v1/external/incident/create"));
    assert.ok(urls.includes("GET /v1/external/incident/:incident_num"));
    assert.ok(urls.includes("POST /incidentd/v1/tokens"));
  });

  for (const route of routes) {
    const url = route.url.replace(/:[a-z_]+/g, "x");
    const call = (token: string | null, headers: Record<string, string> = {}) =>
      h.request({
        method: route.method as "GET",
        url,
        token,
        payload: route.method === "GET" ? undefined : {},
        headers,
      });

    describe(`${route.method} ${route.url} (${route.access})`, () => {
      const expect401 = async (token: string | null, reason: RegExp, headers?: Record<string, string>) => {
        const res = await call(token, headers);
        assert.equal(res.statusCode, 401, res.body);
        const body = res.json();
        assert.equal(body.error_code, "APIG.0301");
        assert.match(body.error_msg, /^Incorrect IAM authentication information: /);
        assert.match(body.error_msg, reason);
      };
      it("rejects a request without credentials with 401 APIG.0301", () => expect401(null, /no credentials/));
      it("rejects an unknown token with 401", () =>
        expect401("idt_not-a-real-token", /unknown or has been revoked/));
      it("rejects a revoked token with 401", () => expect401(revoked, /unknown or has been revoked/));
      it("rejects a malformed SDK-HMAC-SHA256 Authorization header with 401", () =>
        expect401(null, /the Authorization header is malformed/, {
          authorization: "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=00",
        }));

      const forbidden =
        route.access === "admin" ? ["writer", "reader"] : route.access === "writer" ? ["reader"] : [];
      for (const role of forbidden) {
        it(`refuses a ${role} token with 403 APIG.0302`, async () => {
          const res = await call(h.tokens[role as "writer" | "reader"]);
          assert.equal(res.statusCode, 403, res.body);
          assert.equal(res.json().error_code, "APIG.0302");
          assert.match(res.json().error_msg, new RegExp(`role "${role}"`));
        });
      }
      const allowed = ["admin", "writer", "reader"].filter((r) => !forbidden.includes(r));
      for (const role of allowed) {
        it(`lets a ${role} token past authentication`, async () => {
          const res = await call(h.tokens[role as "admin"]);
          assert.ok(res.statusCode !== 401 && res.statusCode !== 403, `${res.statusCode} ${res.body}`);
        });
      }
    });
  }
});
