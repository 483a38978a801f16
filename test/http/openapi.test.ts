import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { useHarness } from "../helpers/use-harness.ts";

describe("OpenAPI document", () => {
  const h = useHarness();

  it("is served without credentials and is a valid OpenAPI 3 document", async () => {
    const res = await h.request({ method: "GET", url: "/openapi.json", token: null });
    assert.equal(res.statusCode, 200);
    const result = await new Validator().validate(res.json());
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
  });

  it("describes every non-hidden route with its operationId", async () => {
    const doc = (await h.request({ method: "GET", url: "/openapi.json" })).json();
    const operations = Object.values(
      doc.paths as Record<string, Record<string, { operationId?: string }>>,
    ).flatMap((p) => Object.values(p).map((op) => op.operationId));
    for (const id of [
      "CreateCocIncident",
      "ShowCocIncidentDetail",
      "CreateToken",
      "ListCatalogue",
      "Healthz",
    ]) {
      assert.ok(operations.includes(id), `${id} missing`);
    }
    assert.ok(doc.paths["/v1/external/incident/{incident_num}"], "path parameters use OpenAPI {braces}");
  });

  it("serves the interactive documentation page", async () => {
    const res = await h.request({ method: "GET", url: "/docs/", token: null });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /swagger/i);
  });

  it("sends static/index.html to the page, with or without a query string (never a redirect to itself)", async () => {
    for (const url of [
      "/docs/static/index.html",
      "/docs/static/index.html?q=1",
      "/docs/static/index.html?a=b&c",
    ]) {
      const res = await h.request({ method: "GET", url, token: null });
      assert.equal(res.statusCode, 302, url);
      assert.equal(res.headers.location, "/docs/", url);
    }
  });
});
