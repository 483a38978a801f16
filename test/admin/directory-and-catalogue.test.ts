import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Harness } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("directory and catalogue administration", () => {
  const h = useHarness();

  const admin = (options: Parameters<Harness["request"]>[0]) =>
    h.request({ token: h.tokens.admin, ...options });

  it("adds users, renames them on a second add, and lists them to readers", async () => {
    await admin({
      method: "POST",
      url: "/incidentd/v1/users",
      payload: { id: "u1", display_name: "Ann", email: "ann@example.com" },
    });
    const renamed = await admin({
      method: "POST",
      url: "/incidentd/v1/users",
      payload: { id: "u1", display_name: "Ann B." },
    });
    assert.equal(renamed.statusCode, 200, renamed.body);
    const users = (
      await h.request({ method: "GET", url: "/incidentd/v1/users", token: h.tokens.reader })
    ).json().data.users;
    assert.deepEqual(users, [{ id: "u1", display_name: "Ann B.", email: null, role: null }]);
  });

  it("adds and lists applications", async () => {
    await admin({
      method: "POST",
      url: "/incidentd/v1/applications",
      payload: { id: "app-1", name: "Payments" },
    });
    const apps = (await h.request({ method: "GET", url: "/incidentd/v1/applications" })).json().data
      .applications;
    assert.deepEqual(apps, [{ id: "app-1", name: "Payments" }]);
  });

  it("keeps each project's directory to itself", async () => {
    const users = (
      await h.request({ method: "GET", url: "/incidentd/v1/users", token: h.otherProjectToken })
    ).json().data.users;
    const apps = (
      await h.request({ method: "GET", url: "/incidentd/v1/applications", token: h.otherProjectToken })
    ).json().data.applications;
    assert.deepEqual([users, apps], [[], []]);
  });

  it("rejects a user with an invalid e-mail or an empty name", async () => {
    const bad = await admin({
      method: "POST",
      url: "/incidentd/v1/users",
      payload: { id: "u2", display_name: "B", email: "not-an-email" },
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error_msg, /^email: /);
    const empty = await admin({
      method: "POST",
      url: "/incidentd/v1/users",
      payload: { id: "u2", display_name: "" },
    });
    assert.match(empty.json().error_msg, /^display_name: must not be empty$/);
  });

  it("serves the catalogue with zh/en names of every enumeration", async () => {
    const data = (
      await h.request({ method: "GET", url: "/incidentd/v1/catalogue", token: h.tokens.reader })
    ).json().data;
    assert.deepEqual(
      data.incident_level.map((e: { key: string }) => e.key),
      ["level_10", "level_20", "level_30", "level_40", "level_50"],
    );
    assert.deepEqual(data.incident_level[0], {
      key: "level_10",
      name_zh: "P1",
      name_en: "P1",
      custom: false,
    });
    assert.equal(data.status.length, 6);
    assert.equal(data.incident_source.length, 3);
  });

  it("adds a project incident type that then appears in the catalogue as custom", async () => {
    const res = await admin({
      method: "POST",
      url: "/incidentd/v1/catalogue/incident_type",
      payload: { key: "inc_db", name_zh: "数据库", name_en: "Database" },
    });
    assert.equal(res.statusCode, 200, res.body);
    const types = (await h.request({ method: "GET", url: "/incidentd/v1/catalogue" })).json().data
      .incident_type;
    assert.deepEqual(types.at(-1), { key: "inc_db", name_zh: "数据库", name_en: "Database", custom: true });
  });

  it("refuses to extend fields that are not extensible or to redefine built-in keys", async () => {
    const level = await admin({
      method: "POST",
      url: "/incidentd/v1/catalogue/incident_level",
      payload: { key: "level_60", name_zh: "P6", name_en: "P6" },
    });
    assert.equal(level.statusCode, 400);
    assert.equal(level.json().error_msg, "field: must be one of incident_type, incident_ownership");
    const builtIn = await admin({
      method: "POST",
      url: "/incidentd/v1/catalogue/incident_type",
      payload: { key: "inc_type_p_security_issues", name_zh: "x", name_en: "x" },
    });
    assert.equal(builtIn.statusCode, 400);
    assert.match(builtIn.json().error_msg, /^key: .*built-in/);
  });
});
