import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { createAccessKey } from "../../src/auth/aksk/access-key.service.ts";
import { ROLES, type Role } from "../../src/auth/credential.ts";
import { issueToken, revokeProjectToken } from "../../src/auth/token.service.ts";
import { createHarness, type Harness } from "../../testkit/harness.ts";
import { addPerson, type SignedIn, signIn } from "../helpers/sessions.ts";
import { type SignedCall, signedOptions } from "../helpers/signing.ts";

/**
 * Generated from the app's own route table: a route added later is covered without touching this file.
 * Authentication runs before the body is read, so `{}` stands in for every body.
 */
describe("authentication and roles on every route", async () => {
  const h: Harness = await createHarness();
  let revoked: string;
  let metricsToken: string;
  const sessions = {} as Record<Role, SignedIn>;
  before(async () => {
    metricsToken = (
      await issueToken(h.deps, h.projectId, { name: "scraper", role: "metrics", principal: "prom" })
    ).token;
    const issued = await issueToken(h.deps, h.projectId, { name: "gone", role: "admin", principal: "p" });
    await revokeProjectToken(h.deps, h.projectId, issued.record.id);
    revoked = issued.token;
    for (const role of ROLES)
      sessions[role] = await signIn(h, `${role}-person`, await addPerson(h, `${role}-person`, role));
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
        route.access === "admin" || route.access === "metrics"
          ? ["writer", "reader"]
          : route.access === "writer"
            ? ["reader"]
            : [];
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

      // A metrics token reads GET /metrics and nothing else.
      if (route.access === "metrics") {
        it("lets a metrics token past authentication", async () => {
          const res = await call(metricsToken);
          assert.ok(res.statusCode !== 401 && res.statusCode !== 403, `${res.statusCode} ${res.body}`);
        });
      } else {
        it("refuses a metrics token with 403 APIG.0302", async () => {
          const res = await call(metricsToken);
          assert.equal(res.statusCode, 403, res.body);
          assert.equal(res.json().error_code, "APIG.0302");
          assert.match(res.json().error_msg, /role "metrics"/);
        });
      }

      const withSession = (role: Role, csrf: boolean) =>
        call(null, {
          cookie: sessions[role].cookie,
          ...(csrf ? { "x-csrf-token": sessions[role].csrf } : {}),
        });
      for (const role of forbidden) {
        it(`refuses a ${role} session cookie with 403 APIG.0302`, async () => {
          const res = await withSession(role as Role, true);
          assert.equal(res.statusCode, 403, res.body);
          assert.match(res.json().error_msg, new RegExp(`role "${role}"`));
        });
      }
      for (const role of allowed) {
        it(`lets a ${role} session cookie (with its CSRF token) past authentication`, async () => {
          const res = await withSession(role as Role, true);
          assert.ok(res.statusCode !== 401 && res.statusCode !== 403, `${res.statusCode} ${res.body}`);
        });
      }
      if (route.method !== "GET") {
        it("refuses a session cookie without the X-CSRF-Token header with 403", async () => {
          const res = await withSession("admin", false);
          assert.equal(res.statusCode, 403, res.body);
          assert.match(res.json().error_msg, /X-CSRF-Token/);
        });
      }
      it("rejects an unknown session cookie with 401", () =>
        expect401(null, /session is unknown, expired or signed out/, {
          cookie: "incidentd_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        }));
    });
  }
});

/**
 * The AK/SK attack classes on every route: a body swapped under a captured signature, UNSIGNED-PAYLOAD
 * where the signature must cover the body, and the exact replay of a signed request.
 */
describe("AK/SK signatures on every route", async () => {
  const h: Harness = await createHarness();
  let key: { accessKey: string; secretKey: string };
  before(async () => {
    key = await createAccessKey(h.deps, h.projectId, { name: "matrix", role: "admin", principal: "p" });
  });
  after(() => h.close());

  const doc = (await h.request({ method: "GET", url: "/openapi.json", token: null })).json() as {
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
  };
  /** Multipart uploads: the only routes where the SDK's UNSIGNED-PAYLOAD is accepted. */
  const isUpload = (method: string, url: string) =>
    doc.paths[url.replace(/:([a-z_]+)/g, "{$1}")]?.[method.toLowerCase()]?.requestBody?.content?.[
      "multipart/form-data"
    ] !== undefined;
  const routes = h.app.routeTable.filter((r) => r.method !== "HEAD" && r.access !== "public");

  for (const [index, route] of routes.entries()) {
    const url = route.url.replace(/:[a-z_]+/g, "x");
    const body = route.method === "GET" ? undefined : {};
    // Each route's failures come from an address of their own, so the key is never locked for the others.
    const source = `10.1.${index >> 8}.${index & 255}`;
    const signed = (extra: Partial<SignedCall> = {}) =>
      signedOptions(h, { method: route.method, url, body, ...key, remoteAddress: source, ...extra });
    const expect401 = (res: LightMyRequestResponse, reason: RegExp) => {
      assert.equal(res.statusCode, 401, res.body);
      assert.equal(res.json().error_code, "APIG.0301");
      assert.match(res.json().error_msg, reason);
    };

    describe(`${route.method} ${route.url} (signed)`, () => {
      if (body !== undefined) {
        it("refuses a swapped body carrying an unsigned X-Sdk-Content-Sha256 of the signed one", async () => {
          const options = signed();
          const headers = { ...(options.headers as Record<string, string>) };
          headers["x-sdk-content-sha256"] = createHash("sha256").update("{}").digest("hex");
          const swapped = JSON.stringify({ role: "admin", principal: "mallory", name: "x" });
          expect401(
            await h.app.inject({ ...options, headers, payload: swapped }),
            /signature does not match/,
          );
        });
        if (!isUpload(route.method, route.url)) {
          it("refuses a signed X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD (the body must be signed)", async () =>
            expect401(
              await h.app.inject(signed({ extraSigned: { "x-sdk-content-sha256": "UNSIGNED-PAYLOAD" } })),
              /UNSIGNED-PAYLOAD is accepted only on attachment uploads/,
            ));
        }
      }
      const writes = route.method !== "GET" && route.access !== "reader";
      it(
        writes ? "refuses the exact replay of a signed request" : "accepts a signed read sent twice",
        async () => {
          h.clock.advance(1000);
          const options = signed();
          const first = await h.app.inject(options);
          assert.ok(![401, 403].includes(first.statusCode), `${first.statusCode} ${first.body}`);
          const again = await h.app.inject(options);
          if (writes) expect401(again, /this signature was already used/);
          else assert.ok(![401, 403].includes(again.statusCode), `${again.statusCode} ${again.body}`);
        },
      );
    });
  }
});

/**
 * An on-call feed's token (docs/oncall.md) opens its calendar and nothing else: on every other route it is
 * no credential, however it is sent. The feed route itself is public to the auth hook (the token in its
 * path is its credential) and is the only public route that serves project data.
 */
describe("on-call feed tokens on every route", async () => {
  const h: Harness = await createHarness();
  let feedToken: string;
  before(async () => {
    const added = await h.request({
      method: "POST",
      url: "/incidentd/v1/users",
      payload: { id: "ann", display_name: "Ann" },
      token: h.tokens.admin,
    });
    assert.equal(added.statusCode, 200, added.body);
    const res = await h.request({
      method: "POST",
      url: "/incidentd/v1/oncall/feeds",
      payload: { user_id: "ann" },
      token: h.tokens.admin,
    });
    assert.equal(res.statusCode, 200, res.body);
    feedToken = res.json().data.token;
    const calendar = await h.request({ method: "GET", url: res.json().data.path, token: null });
    assert.equal(calendar.statusCode, 200, calendar.body);
  });
  after(() => h.close());

  it("declares the feed calendar public and every other route by role", () => {
    const publicRoutes = h.app.routeTable.filter((r) => r.access === "public" && r.method === "GET");
    assert.ok(publicRoutes.some((r) => r.url === "/incidentd/v1/oncall/feeds/:feed_token.ics"));
  });

  const routes = h.app.routeTable.filter((r) => r.method !== "HEAD" && r.access !== "public");
  for (const route of routes) {
    const url = route.url.replace(/:[a-z_]+/g, "x");
    const call = (headers: Record<string, string>) =>
      h.request({
        method: route.method as "GET",
        url,
        token: null,
        payload: route.method === "GET" ? undefined : {},
        headers,
      });
    it(`${route.method} ${route.url}: refuses the feed token as X-Auth-Token or Bearer with 401`, async () => {
      const ways: Array<Record<string, string>> = [
        { "x-auth-token": feedToken },
        { authorization: `Bearer ${feedToken}` },
      ];
      for (const headers of ways) {
        const res = await call(headers);
        assert.equal(res.statusCode, 401, res.body);
        assert.equal(res.json().error_code, "APIG.0301");
      }
    });
  }
});
