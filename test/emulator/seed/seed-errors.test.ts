import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Deps } from "../../../src/deps.ts";
import { loadSeed, parseFixture } from "../../../src/emulator/seed/load-seed.ts";
import { type App, callerOf } from "../../../src/http/app-types.ts";
import { exampleIncident } from "../../../testkit/harness.ts";
import { useHarness } from "../../helpers/use-harness.ts";
import { fullFixture, SOLVED } from "./seed-fixture.ts";

/** A test-only route doing what the emulator's seed endpoint does: the errors as a client sees them. */
function seedRoute(app: App, deps: () => Deps) {
  app.post("/test/seed", { config: { access: "admin" } }, async (request) => {
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const fixture = parseFixture(text, request.headers["content-type"]);
    return { data: await loadSeed(deps(), fixture, { projectId: callerOf(request).projectId }) };
  });
}

describe("loadSeed: bad fixtures", () => {
  const h = useHarness({
    beforeReady: (app) => {
      app.addContentTypeParser("application/yaml", { parseAs: "string" }, (_req, body, done) =>
        done(null, body),
      );
      seedRoute(app, () => h.deps);
    },
  });
  const seeded = (incident: object, more: object = {}) => ({
    project_id: h.projectId,
    incidents: [exampleIncident(), incident],
    ...more,
  });

  async function refusal(fixture: unknown): Promise<string> {
    const res = await h.request({
      method: "POST",
      url: "/test/seed",
      payload: fixture as object,
      token: h.tokens.admin,
    });
    assert.equal(res.statusCode, 400, res.body);
    const body = res.json();
    assert.equal(body.error_code, "GOM.00007256");
    return body.error_msg;
  }

  it("names the JSON path of a value of the wrong shape", async () => {
    assert.match(
      await refusal(seeded({ ...exampleIncident(), incident_level: 3 })),
      /^incidents\[1\]\.incident_level: must be a string/,
    );
    assert.match(
      await refusal({ users: [{ id: "u", display_name: "" }] }),
      /^users\[0\]\.display_name: must not be empty/,
    );
    assert.match(await refusal({ usres: [] }), /^usres: is not allowed/);
    assert.match(
      await refusal(seeded({ ...exampleIncident(), incident_num: "IM123" })),
      /^incidents\[1\]\.incident_num: must be "IM" \+ UTC yyyyMMddHHmmss \+ 10 digits/,
    );
    assert.match(
      await refusal(seeded({ ...exampleIncident(), create_time: "yesterday" })),
      /^incidents\[1\]\.create_time: must be epoch milliseconds or an ISO-8601 date-time/,
    );
    assert.match(
      await refusal(seeded({ ...exampleIncident(), history: [{ action: "accepted" }] })),
      /^incidents\[1\]\.history\[0\]\.at: is required/,
    );
  });

  it("names the path of a value the services refuse", async () => {
    assert.match(
      await refusal(seeded({ ...exampleIncident(), incident_level: "level_99" })),
      /^incidents\[1\]\.incident_level: /,
    );
    assert.match(
      await refusal(seeded({ ...exampleIncident(), incident_type: "inc_type_nope" })),
      /^incidents\[1\]\.incident_type: must be one of /,
    );
    const history = (steps: object[]) => seeded({ ...exampleIncident(), create_time: 1000, history: steps });
    assert.match(
      await refusal(history([{ action: "confirm", at: 2000 }])),
      /^incidents\[1\]\.history\[0\]: /,
    );
    assert.match(
      await refusal(
        history([
          { action: "accepted", at: 2000 },
          { action: "commitSolution", at: 3000, params: {} },
        ]),
      ),
      /^incidents\[1\]\.history\[1\]\.params\.\w+: is required/,
    );
    assert.match(
      await refusal(history([{ action: "accepted", at: 500 }])),
      /^incidents\[1\]\.history\[0\]\.at: must not be before the previous change/,
    );
    assert.match(
      await refusal({ catalogue: [{ field: "incident_type", key: "bad key", name_zh: "x", name_en: "x" }] }),
      /^catalogue\[0\]\.key: /,
    );
    assert.match(
      await refusal({ warrooms: [{ ...fullFixture(h.projectId).warrooms[0], incident_number: SOLVED }] }),
      /^warrooms\[0\]/,
    );
  });

  it("refuses a number used twice, and a project that does not exist or is ambiguous", async () => {
    const twice = { ...exampleIncident(), incident_num: SOLVED };
    assert.match(await refusal({ incidents: [twice, twice] }), /^incidents\[1\]\.incident_num: /);
    assert.match(await refusal({ project_id: "nope" }), /^project_id: project nope does not exist/);
    // Without the caller's project (the route passes it), two projects leave the fixture's undecided.
    await assert.rejects(
      loadSeed(h.deps, {}),
      /project_id: is required when the installation has several projects/,
    );
  });

  it("is all or nothing: a refusal leaves no trace of the entries before it", async () => {
    const fixture = fullFixture(h.projectId);
    // Refused by the workflow after the users, rules and the first incident were written.
    const open = fixture.incidents[1] as Record<string, unknown>;
    open.history = [{ action: "confirm", at: "2024-01-02T06:00:00Z" }];
    assert.match(await refusal(fixture), /^incidents\[1\]\.history\[0\]: /);
    const users = await h.request({ method: "GET", url: "/incidentd/v1/users", token: h.tokens.admin });
    assert.deepEqual(users.json().data.users, []);
    const detail = await h.request({ method: "GET", url: `/v1/external/incident/${SOLVED}` });
    assert.equal(detail.statusCode, 400);
    assert.equal(detail.json().error_code, "COC.00067003");
    const rules = await h.request({
      method: "GET",
      url: "/incidentd/v1/transfer-rules",
      token: h.tokens.admin,
    });
    assert.ok(!rules.body.includes("critical to P1"));
  });

  it("reads YAML when the content type says so, and names a syntax error", async () => {
    const yaml = `project_id: ${h.projectId}\napplications:\n  - id: yaml-app\n    name: From YAML\n`;
    const res = await h.request({
      method: "POST",
      url: "/test/seed",
      payload: yaml,
      headers: { "content-type": "application/yaml" },
      token: h.tokens.admin,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().data, { applications: 1 });
    assert.throws(() => parseFixture("{", "application/json"), /^AppError: fixture: not valid JSON/);
    assert.throws(() => parseFixture("a: [", "text/yaml"), /fixture: not valid YAML/);
    assert.deepEqual(parseFixture("users: []", "application/x-yaml"), { users: [] });
  });
});
