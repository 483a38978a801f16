import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useHarness } from "../helpers/use-harness.ts";

const ROUTES: Array<[string, string]> = [
  ["POST", "reset"],
  ["POST", "seed"],
  ["GET", "clock"],
  ["POST", "clock"],
  ["GET", "faults"],
  ["POST", "faults"],
  ["DELETE", "faults"],
  ["GET", "journal"],
  ["DELETE", "journal"],
];

describe("outside emulator mode (the app `serve` builds)", () => {
  const h = useHarness();

  it("none of the emulator's routes exists: 404 APIG.0101 for an admin", async () => {
    for (const [method, name] of ROUTES) {
      const res = await h.request({
        method: method as "GET",
        url: `/incidentd/v1/emulator/${name}`,
        token: h.tokens.admin,
        ...(method === "POST"
          ? { payload: { to: "empty", count: 1, status: 500, set: "2030-01-01T00:00:00Z" } }
          : {}),
      });
      assert.equal(res.statusCode, 404, `${method} ${name}: ${res.body}`);
      assert.equal(res.json().error_code, "APIG.0101");
    }
  });

  it("the route table and the OpenAPI document name none of them", async () => {
    assert.deepEqual(
      h.app.routeTable.filter((route) => route.url.includes("/emulator")),
      [],
    );
    const doc = await h.request({ method: "GET", url: "/openapi.json", token: null });
    assert.ok(!doc.body.includes("/emulator/"));
  });
});
