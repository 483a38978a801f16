import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Ajv } from "ajv";
import type { InjectOptions } from "fastify";
import { buildApp } from "../../src/app.ts";
import type { App } from "../../src/http/app-types.ts";
import { compileOnFirstUse, createValidatorCompiler } from "../../src/http/validation.ts";
import { createIntegration } from "../../src/integrations/integration.service.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { createHarness, createIncidentVia, exampleIncident, type Harness } from "../../testkit/harness.ts";

const CREATE = "/v1/external/incident/create";

/** Requests whose answers depend on validation: refusals of every kind, coercion and defaults. */
const REQUESTS: (InjectOptions & { label: string })[] = [
  {
    label: "a title too long",
    method: "POST",
    url: CREATE,
    payload: { ...exampleIncident(), incident_title: "t".repeat(201) },
  },
  {
    label: "a missing field",
    method: "POST",
    url: CREATE,
    payload: { ...exampleIncident(), incident_title: undefined },
  },
  {
    label: "a field of the wrong type",
    method: "POST",
    url: CREATE,
    payload: { ...exampleIncident(), incident_level: 3 },
  },
  {
    label: "an empty title",
    method: "POST",
    url: CREATE,
    payload: { ...exampleIncident(), incident_title: "" },
  },
  {
    label: "a body that is not an object",
    method: "POST",
    url: CREATE,
    payload: "[1]",
    headers: { "content-type": "application/json" },
  },
  { label: "a query value out of range", method: "GET", url: "/v1/incident-tickets?limit=101" },
  { label: "a query value that is not a number", method: "GET", url: "/v1/incident-tickets?offset=abc" },
  { label: "a query coerced and defaulted", method: "GET", url: "/v1/incident-tickets?offset=1" },
  { label: "a path parameter too long", method: "GET", url: `/v1/external/incident/${"9".repeat(300)}` },
];

describe("route validators compiled on first use (the server's start-up mode)", () => {
  let h: Harness;
  let onFirstUse: App;
  let intakeKey: string;
  before(async () => {
    h = await createHarness();
    await createIncidentVia(h);
    intakeKey = (await createIntegration(h.deps, h.projectId, { name: "intake", kind: "custom" })).key;
    onFirstUse = await buildApp(h.deps, { compileValidators: "on-first-use" });
    await onFirstUse.ready();
  });
  after(async () => {
    await onFirstUse.close();
    await h.close();
  });

  for (const { label, ...request } of REQUESTS) {
    it(`answers ${label} exactly as validators compiled at ready do`, async () => {
      const headers = { ...request.headers, "x-auth-token": h.tokens.writer, "x-request-id": "same-id" };
      const atReady = await h.app.inject({ ...request, headers });
      // Twice: the first request compiles, the second reuses the compiled function.
      for (let i = 0; i < 2; i++) {
        const res = await onFirstUse.inject({ ...request, headers });
        assert.equal(res.statusCode, atReady.statusCode);
        assert.deepEqual(res.json(), atReady.json());
      }
    });
  }

  it("answers an alarm intake body (a route with its own compiler) exactly as at ready", async () => {
    const url = `/v1/event/huawei/custom/${intakeKey}`;
    const payload = customEvent({ alarmId: 7, alarmName: "" });
    const headers = { "x-request-id": "same-id" };
    const atReady = await h.app.inject({ method: "POST", url, payload, headers });
    assert.equal(atReady.statusCode, 400);
    for (let i = 0; i < 2; i++) {
      const res = await onFirstUse.inject({ method: "POST", url, payload, headers });
      assert.equal(res.statusCode, 400);
      assert.deepEqual(res.json(), atReady.json());
    }
  });

  it("compiles nothing until a request needs it, then each schema once", () => {
    const compiled: object[] = [];
    const eager = createValidatorCompiler();
    const compile = compileOnFirstUse<object>((route) => {
      compiled.push(route.schema);
      return eager(route);
    });
    const schema = { type: "object", properties: { n: { type: "integer", default: 5 } } };
    const validate = compile({ schema, httpPart: "querystring", method: "GET", url: "/x" });
    assert.equal(compiled.length, 0);
    // As Fastify calls an Ajv validator: with the object holding the value, so defaults and coercion land.
    const withParent = validate as unknown as (data: unknown, context: object) => boolean;
    const request = { query: { n: "12" } as Record<string, unknown> };
    assert.equal(withParent(request.query, { parentData: request, parentDataProperty: "query" }), true);
    assert.deepEqual(request.query, { n: 12 });
    assert.equal(validate({ n: "x" }), false);
    assert.equal(validate.errors?.[0]?.keyword, "type");
    assert.equal(compiled.length, 1);
    assert.equal(validate({}), true);
    assert.equal(validate.errors, null);
  });

  it("fails the request, not the start, when Ajv refuses a schema", async () => {
    const broken = { type: "object", properties: { n: { type: "no-such-type" } } };
    assert.throws(() => new Ajv().compile(broken));
    const app = await buildApp(h.deps, { compileValidators: "on-first-use" });
    app.get(
      "/test/broken",
      { config: { access: "public" }, schema: { querystring: broken } },
      async () => "ok",
    );
    await app.ready();
    try {
      const res = await app.inject({ method: "GET", url: "/test/broken" });
      assert.equal(res.statusCode, 500);
      assert.equal(res.json().error_code, "COC.00040701");
    } finally {
      await app.close();
    }
    const atReady = await buildApp(h.deps);
    atReady.get(
      "/test/broken",
      { config: { access: "public" }, schema: { querystring: broken } },
      async () => "ok",
    );
    await assert.rejects(async () => {
      await atReady.ready();
    }, /no-such-type|schema is invalid/);
    await atReady.close().catch(() => {});
  });
});
