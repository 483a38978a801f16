import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createAccessKey, setEnabled } from "../../src/auth/aksk/access-key.service.ts";
import { createHarness, exampleIncident, type Harness } from "../../testkit/harness.ts";
import { signedRequest } from "../helpers/signing.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("access keys (AK/SK) on every route", async () => {
  const h: Harness = await createHarness();
  const newKey = (role: "admin" | "writer" | "reader" = "admin", projectId = h.projectId) =>
    createAccessKey(h.deps, projectId, { name: "k", role, principal: `${role}-ak` });
  let admin: { accessKey: string; secretKey: string };
  let disabled: { accessKey: string; secretKey: string };
  before(async () => {
    admin = await newKey();
    disabled = await newKey();
    await setEnabled(h.deps, h.projectId, disabled.accessKey, false);
  });
  after(() => h.close());

  const routes = h.app.routeTable.filter((r) => r.method !== "HEAD" && r.access !== "public");
  for (const route of routes) {
    const url = route.url.replace(/:[a-z_]+/g, "x");
    const body = route.method === "GET" ? undefined : {};
    describe(`${route.method} ${route.url}`, () => {
      it("accepts a correctly signed request", async () => {
        const res = await signedRequest(h, {
          method: route.method,
          url,
          body,
          ...admin,
          projectId: h.projectId,
        });
        assert.ok(![401, 403].includes(res.statusCode), `${res.statusCode} ${res.body}`);
      });
      it("rejects a wrong secret key with 401 naming the signature", async () => {
        const victim = await newKey();
        const res = await signedRequest(h, {
          method: route.method,
          url,
          body,
          accessKey: victim.accessKey,
          secretKey: "wrong-secret",
        });
        assert.equal(res.statusCode, 401);
        assert.match(
          res.json().error_msg,
          /^Incorrect IAM authentication information: the signature does not match/,
        );
      });
      it("rejects another project's X-Project-Id with 401", async () => {
        const res = await signedRequest(h, {
          method: route.method,
          url,
          body,
          ...admin,
          projectId: "proj-other",
        });
        assert.equal(res.statusCode, 401);
        assert.match(res.json().error_msg, /X-Project-Id is not the access key's project/);
      });
      it("rejects a request signed 16 minutes ago (or ahead) with 401 naming the date", async () => {
        for (const offset of [-16, 16]) {
          const res = await signedRequest(h, {
            method: route.method,
            url,
            body,
            ...admin,
            signedAt: h.clock.now() + offset * 60_000,
          });
          assert.equal(res.statusCode, 401, res.body);
          assert.match(res.json().error_msg, /X-Sdk-Date is more than 15 minutes away/);
        }
      });
      it("refuses a disabled key with 403", async () => {
        const res = await signedRequest(h, { method: route.method, url, body, ...disabled });
        assert.equal(res.statusCode, 403);
        assert.equal(res.json().error_code, "APIG.0302");
      });
    });
  }
});

describe("access keys: roles, tenancy, lockout, secrets at rest", () => {
  const h = useHarness();

  it("lets a writer key create and a reader key read, but not write", async () => {
    const writer = await createAccessKey(h.deps, h.projectId, {
      name: "w",
      role: "writer",
      principal: "bot",
    });
    const reader = await createAccessKey(h.deps, h.projectId, {
      name: "r",
      role: "reader",
      principal: "viewer",
    });
    const created = await signedRequest(h, {
      method: "POST",
      url: "/v1/external/incident/create",
      body: exampleIncident(),
      ...writer,
    });
    assert.equal(created.statusCode, 200, created.body);
    const num = created.json().data.incident_num;
    assert.equal(
      (await signedRequest(h, { method: "GET", url: `/v1/external/incident/${num}`, ...reader })).statusCode,
      200,
    );
    const denied = await signedRequest(h, {
      method: "POST",
      url: "/v1/external/incident/create",
      body: exampleIncident(),
      ...reader,
    });
    assert.equal(denied.statusCode, 403);
  });

  it("keeps another project's key away from this project's incidents", async () => {
    const mine = await createAccessKey(h.deps, h.projectId, { name: "m", role: "writer", principal: "p" });
    const theirs = await createAccessKey(h.deps, "proj-other", { name: "t", role: "admin", principal: "p" });
    const num = (
      await signedRequest(h, {
        method: "POST",
        url: "/v1/external/incident/create",
        body: exampleIncident(),
        ...mine,
      })
    ).json().data.incident_num;
    const res = await signedRequest(h, { method: "GET", url: `/v1/external/incident/${num}`, ...theirs });
    assert.deepEqual([res.statusCode, res.json().error_code], [400, "COC.00067003"]);
  });

  it("signs the query string: a changed query is refused", async () => {
    const key = await createAccessKey(h.deps, h.projectId, { name: "q", role: "reader", principal: "p" });
    const good = await signedRequest(h, {
      method: "GET",
      url: "/v1/incident-tickets?offset=1&limit=10",
      ...key,
    });
    assert.equal(good.statusCode, 200, good.body);
  });

  it("stores the secret key only sealed", async () => {
    const key = await createAccessKey(h.deps, h.projectId, { name: "s", role: "reader", principal: "p" });
    const rows = await h.deps.db.selectFrom("access_keys").selectAll().execute();
    assert.doesNotMatch(JSON.stringify(rows), new RegExp(key.secretKey));
    assert.equal(
      h.deps.secretBox.open(rows.find((r) => r.access_key === key.accessKey)?.secret_sealed ?? ""),
      key.secretKey,
    );
  });

  it("answers temporary credentials, unsigned host and malformed headers with their own reasons", async () => {
    const key = await createAccessKey(h.deps, h.projectId, { name: "t", role: "reader", principal: "p" });
    const url = "/incidentd/v1/catalogue";
    const token = await signedRequest(h, {
      method: "GET",
      url,
      ...key,
      tamper: { "x-security-token": "tmp" },
    });
    assert.match(token.json().error_msg, /X-Security-Token/);
    const malformed = await h.request({
      method: "GET",
      url,
      token: null,
      headers: { authorization: "SDK-HMAC-SHA256 Access=X" },
    });
    assert.match(malformed.json().error_msg, /the Authorization header is malformed/);
    const unsignedHost = await h.request({
      method: "GET",
      url,
      token: null,
      headers: {
        authorization: `SDK-HMAC-SHA256 Access=${key.accessKey}, SignedHeaders=x-sdk-date, Signature=${"0".repeat(64)}`,
        "x-sdk-date": "20240318T132203Z",
      },
    });
    assert.match(unsignedHost.json().error_msg, /the host header must be signed/);
  });
});
