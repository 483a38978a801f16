import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { exampleIncident } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

const CREATE = "/v1/external/incident/create";

describe("wire conventions and the error envelope", () => {
  const h = useHarness({
    config: { bodyLimitBytes: 4096 },
    beforeReady: (app) => {
      app.get("/test/boom", { config: { access: "public" } }, async () => {
        throw new Error("secret database detail at /var/lib/x.db");
      });
    },
  });

  it("answers malformed JSON with 400 GOM.00007256", async () => {
    const res = await h.request({
      method: "POST",
      url: CREATE,
      payload: '{"incident_title": ',
      headers: { "content-type": "application/json" },
    });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json(), {
      provider_code: "049",
      error_code: "GOM.00007256",
      error_msg: "body: malformed JSON",
      data: null,
    });
  });

  it("answers a non-JSON content type with 400 naming Content-Type", async () => {
    const res = await h.request({
      method: "POST",
      url: CREATE,
      payload: "title=x",
      headers: { "content-type": "text/plain" },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_code, "GOM.00007256");
    assert.equal(res.json().error_msg, "Content-Type: must be application/json");
  });

  it("answers an empty body sent as JSON with 400", async () => {
    const res = await h.request({
      method: "POST",
      url: CREATE,
      payload: "",
      headers: { "content-type": "application/json" },
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.json().error_msg, /^body: /);
  });

  it("answers a missing body with 400 'body: must be an object'", async () => {
    const res = await h.request({ method: "POST", url: CREATE });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_msg, "body: must be an object");
  });

  it("rejects __proto__ keys in bodies with 400", async () => {
    const res = await h.request({
      method: "POST",
      url: CREATE,
      payload: '{"__proto__": {"x": 1}}',
      headers: { "content-type": "application/json" },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_code, "GOM.00007256");
  });

  it("answers a body over the configured limit with 413 and the limit in the message", async () => {
    const res = await h.request({
      method: "POST",
      url: CREATE,
      payload: exampleIncident({ incident_description: "x".repeat(5000) }),
    });
    assert.equal(res.statusCode, 413);
    assert.deepEqual(res.json(), {
      provider_code: "049",
      error_code: "GOM.00007256",
      error_msg: "body: must be at most 4096 bytes",
      data: null,
    });
  });

  it("answers an unknown route with the gateway's 404 envelope", async () => {
    const res = await h.request({ method: "GET", url: "/v1/external/nothing-here", token: null });
    assert.equal(res.statusCode, 404);
    const body = res.json();
    assert.equal(body.error_code, "APIG.0101");
    assert.equal(body.error_msg, "The API does not exist or has not been published in the environment.");
    assert.equal(body.request_id, res.headers["x-request-id"]);
  });

  it("answers an unexpected failure with 500 and a fixed message, never the exception text", async () => {
    const res = await h.request({ method: "GET", url: "/test/boom", token: null });
    assert.equal(res.statusCode, 500);
    assert.deepEqual(res.json(), {
      provider_code: "049",
      error_code: "COC.00040701",
      error_msg: "Internal server error",
      data: null,
    });
    assert.doesNotMatch(res.body, /secret|var\/lib|at /);
  });

  it("echoes a client's X-Request-Id", async () => {
    const res = await h.request({
      method: "GET",
      url: "/healthz",
      headers: { "x-request-id": "req-abc.123" },
    });
    assert.equal(res.headers["x-request-id"], "req-abc.123");
  });

  it("generates an X-Request-Id when none (or a malformed one) is sent, on errors too", async () => {
    for (const headers of [{}, { "x-request-id": "bad id with spaces\n" }]) {
      const res = await h.request({ method: "GET", url: "/v1/external/incident/IMX", token: null, headers });
      assert.equal(res.statusCode, 401);
      assert.match(String(res.headers["x-request-id"]), /^[0-9a-f-]{36}$/);
    }
  });

  it("answers every error with a status of at least 400 and the full envelope", async () => {
    const responses = await Promise.all([
      h.request({ method: "POST", url: CREATE, payload: {} }),
      h.request({ method: "GET", url: "/v1/external/incident/IMX" }),
      h.request({ method: "GET", url: "/v1/external/incident/IMX", token: "wrong" }),
      h.request({ method: "POST", url: CREATE, payload: exampleIncident(), token: h.tokens.reader }),
    ]);
    for (const res of responses) {
      assert.ok(res.statusCode >= 400, res.body);
      const body = res.json();
      assert.equal(body.provider_code, "049");
      assert.equal(typeof body.error_code, "string");
      assert.equal(typeof body.error_msg, "string");
      assert.equal(body.data, null);
    }
  });

  it("serves health without credentials", async () => {
    const live = await h.request({ method: "GET", url: "/healthz", token: null });
    const ready = await h.request({ method: "GET", url: "/readyz", token: null });
    assert.deepEqual([live.statusCode, live.json()], [200, { status: "ok" }]);
    assert.deepEqual([ready.statusCode, ready.json()], [200, { status: "ready" }]);
  });
});

describe("path prefix", () => {
  const h = useHarness({ config: { pathPrefix: "/coc" } });

  it("serves the COC routes under the configured prefix and not at the root", async () => {
    const created = await h.request({ method: "POST", url: `/coc${CREATE}`, payload: exampleIncident() });
    assert.equal(created.statusCode, 200, created.body);
    const num = created.json().data.incident_num;
    assert.equal(
      (await h.request({ method: "GET", url: `/coc/v1/external/incident/${num}` })).statusCode,
      200,
    );
    assert.equal((await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).statusCode, 404);
  });
});
