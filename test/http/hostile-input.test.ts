import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { exampleIncident } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

/** Regression tests for what the fuzzer found (docs/reliability.md, "Bugs found"). */
describe("hostile input the fuzzer found", () => {
  const h = useHarness();

  const expect400 = (
    res: { statusCode: number; json(): { error_code: string; error_msg: string } },
    msg: RegExp,
  ) => {
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_code, "GOM.00007256");
    assert.match(res.json().error_msg, msg);
  };

  it("never lets a catalogue body choose the project or field it is written to", async () => {
    const res = await h.request({
      method: "POST",
      url: "/incidentd/v1/catalogue/incident_type",
      token: h.tokens.admin,
      payload: {
        key: "planted",
        name_zh: "x",
        name_en: "x",
        project_id: "proj-other",
        field: "incident_level",
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    const rows = await h.deps.db
      .selectFrom("catalogue_entries")
      .selectAll()
      .where("key", "=", "planted")
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.project_id, r.field]),
      [[h.projectId, "incident_type"]],
    );
  });

  it("refuses U+0000 in a body field, a path parameter and a query value, naming each (both engines)", async () => {
    expect400(
      await h.request({
        method: "POST",
        url: "/v1/external/incident/create",
        payload: exampleIncident({ incident_title: "a\u0000b" }),
      }),
      /^incident_title: must not contain the NUL character/,
    );
    expect400(
      await h.request({
        method: "POST",
        url: "/v1/external/incident/create",
        payload: exampleIncident({ region: ["ok", "x\u0000"] }),
      }),
      /^region\[1\]: must not contain the NUL character/,
    );
    expect400(
      await h.request({ method: "GET", url: "/v1/external/incident/a%00b" }),
      /^incident_num: must not contain the NUL character/,
    );
    expect400(
      await h.request({ method: "GET", url: "/v1/incident-tickets?limit=1&offset=%00" }),
      /^offset: must not contain the NUL character/,
    );
  });

  it("answers malformed percent-encoding and over-long path segments in the envelope with a request id", async () => {
    for (const url of [
      "/v1/external/incident/%",
      "/v1/external/incident/%ZZ",
      "/v1/external/incident/%ED%A0%80",
    ]) {
      const res = await h.request({ method: "GET", url });
      expect400(res, /^path: malformed percent-encoding/);
      assert.ok(res.headers["x-request-id"]);
    }
    const long = await h.request({ method: "GET", url: `/v1/external/incident/${"a".repeat(2049)}` });
    expect400(long, /^path: a path segment is longer than 2048 characters/);
    assert.ok(long.headers["x-request-id"]);
  });

  it("answers traversal under the docs page's static files as a client error, never 500", async () => {
    for (const url of ["/docs/static/..%5C..%5Cwin.ini", "/docs/static/%2e%2e%5C", "/docs/static/%00"]) {
      const res = await h.request({ method: "GET", url, token: null });
      assert.ok([400, 404].includes(res.statusCode), `${url}: ${res.statusCode} ${res.body}`);
      assert.ok(["GOM.00007256", "APIG.0101"].includes(res.json().error_code), res.body);
    }
  });
});
