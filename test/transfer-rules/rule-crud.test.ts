import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import {
  labelsOf,
  renderTemplate,
  reorder,
  templateProblem,
} from "../../src/transfer-rules/transfer-rule.ts";
import { createIntegrationVia } from "../alarms/alarm-helpers.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createRule, RULES_URL, ruleBody } from "./rule-helpers.ts";

describe("transfer rules: templates and order (pure)", () => {
  it("accepts the documented placeholders and refuses unknown ones and stray braces", () => {
    assert.equal(templateProblem("{{alarm_name}} {{ level }} {{labels.team}} {{namespace}}"), undefined);
    assert.match(templateProblem("{{alarm_nam}}") ?? "", /^unknown placeholder \{\{alarm_nam\}\}; use /);
    assert.match(templateProblem("{{labels.}}") ?? "", /unknown placeholder/);
    assert.equal(templateProblem("oops {{alarm_name"), "has an unclosed {{ or a stray }}");
  });

  it("fills placeholders from the alarm; absent fields and labels become empty", () => {
    const alarm = {
      alarmId: "a1",
      name: "CPU",
      level: "Major",
      resourceName: null,
      additional: { labels: { team: "db" } },
    } as unknown as Parameters<typeof renderTemplate>[1];
    assert.equal(
      renderTemplate("[{{level}}] {{alarm_name}}/{{resource_name}}/{{labels.team}}/{{labels.x}}", alarm),
      "[Major] CPU//db/",
    );
  });

  it("reads labels from additional.labels, else from additional's scalar members", () => {
    assert.deepEqual(labelsOf({ additional: { labels: { a: "1" }, b: "2" } }), { a: "1" });
    assert.deepEqual(labelsOf({ additional: { b: "2", n: 3, o: { x: 1 } } }), { b: "2", n: "3" });
    assert.deepEqual(labelsOf({ additional: null }), {});
  });

  it("moves a rule to a clamped 1-based position", () => {
    assert.deepEqual(reorder(["a", "b", "c"], "c", 1), ["c", "a", "b"]);
    assert.deepEqual(reorder(["a", "b", "c"], "a", 99), ["b", "c", "a"]);
    assert.deepEqual(reorder(["a", "b"], "new", undefined), ["a", "b", "new"]);
    assert.deepEqual(reorder(["a", "b", "c"], "b", undefined), ["a", "b", "c"]);
  });
});

describe("transfer rules admin API", () => {
  let integrationId: string;
  const h = useHarness();
  before(async () => {
    integrationId = (await createIntegrationVia(h, "custom")).id;
  });

  const list = async (token = h.tokens.admin) => {
    const res = await h.request({ method: "GET", url: RULES_URL, token });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().data.rules as Array<{ id: string; name: string; position: number }>;
  };

  it("creates a rule with defaults filled in and shows it", async () => {
    const rule = await createRule(h, { name: "first" });
    assert.equal(rule.position, 1);
    assert.equal(rule.enabled, true);
    assert.equal(rule.group_key, "{{alarm_id}}");
    assert.equal(rule.auto_solve, false);
    assert.deepEqual(rule.match, {
      integration_ids: [],
      levels: [],
      application_id: null,
      namespace: null,
      name_contains: null,
      labels: {},
    });
    assert.deepEqual(rule.incident, {
      title_template: "{{alarm_name}} on {{resource_name}}",
      description_template: "{{description}}",
      level_mapping: { Critical: "level_10", Major: "level_20", Minor: "level_30", Info: "level_40" },
      incident_type: "inc_type_p_security_issues",
      assignee: "oncall-user",
      assignee_scene: null,
      assignee_role: null,
      is_service_interrupt: false,
      current_cloud_service: null,
    });
    const shown = await h.request({ method: "GET", url: `${RULES_URL}/${rule.id}`, token: h.tokens.admin });
    assert.deepEqual(shown.json().data, rule);
  });

  it("keeps rules ordered: appends, inserts at a position, moves on update, closes gaps on delete", async () => {
    const second = await createRule(h, { name: "second" });
    const top = await createRule(h, { name: "top", position: 1 });
    assert.deepEqual(
      (await list()).map((r) => [r.name, r.position]),
      [
        ["top", 1],
        ["first", 2],
        ["second", 3],
      ],
    );
    const moved = await h.request({
      method: "PUT",
      url: `${RULES_URL}/${second.id}`,
      token: h.tokens.admin,
      payload: ruleBody({ name: "second", position: 1, auto_solve: true }),
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().data.auto_solve, true);
    assert.deepEqual(
      (await list()).map((r) => r.name),
      ["second", "top", "first"],
    );
    const removed = await h.request({
      method: "DELETE",
      url: `${RULES_URL}/${top.id}`,
      token: h.tokens.admin,
    });
    assert.equal(removed.statusCode, 200, removed.body);
    assert.deepEqual(
      (await list()).map((r) => [r.name, r.position]),
      [
        ["second", 1],
        ["first", 2],
      ],
    );
  });

  it("answers an unknown rule (or another project's) with 404 IDT.00000404", async () => {
    const [rule] = await list();
    for (const [method, token] of [
      ["GET", h.otherProjectToken],
      ["DELETE", h.otherProjectToken],
      ["GET", h.tokens.admin],
    ] as const) {
      const id = token === h.tokens.admin ? "no-such-rule" : rule?.id;
      const res = await h.request({ method, url: `${RULES_URL}/${id}`, token });
      assert.equal(res.statusCode, 404, res.body);
      assert.equal(res.json().error_code, "IDT.00000404");
    }
    const other = await h.request({ method: "GET", url: RULES_URL, token: h.otherProjectToken });
    assert.deepEqual(other.json().data.rules, []);
  });

  it("refuses writers and readers", async () => {
    for (const token of [h.tokens.writer, h.tokens.reader]) {
      const res = await h.request({ method: "POST", url: RULES_URL, token, payload: ruleBody() });
      assert.equal(res.statusCode, 403);
    }
  });

  const invalid: Array<[string, Record<string, unknown>, string | RegExp]> = [
    ["a missing name", { name: undefined }, "name: is required"],
    ["a blank name", { name: "  " }, "name: must not be blank"],
    ["a missing incident", { incident: undefined, _drop: "incident" }, "incident: is required"],
    ["an unknown match criterion", { match: { level: ["Critical"] } }, "match.level: is not allowed"],
    [
      "an unknown alarm level",
      { match: { levels: ["Severe"] } },
      /^match\.levels\[0\]: must be one of Critical, Major, Minor, Info$/,
    ],
    [
      "an integration of no one",
      { match: { integration_ids: ["nope"] } },
      "match.integration_ids[0]: no integration nope in this project",
    ],
    ["an empty application_id", { match: { application_id: "" } }, "match.application_id: must not be empty"],
    [
      "a long name_contains",
      { match: { name_contains: "x".repeat(256) } },
      "match.name_contains: must be at most 255 characters",
    ],
    [
      "a non-string label value",
      { match: { labels: { team: 1 } } },
      /^match\.labels\.team: must be a string$/,
    ],
    [
      "an unknown title placeholder",
      { incident: { title_template: "{{alarm}}" } },
      /^incident\.title_template: unknown placeholder \{\{alarm\}\}/,
    ],
    [
      "a blank title template",
      { incident: { title_template: "   " } },
      "incident.title_template: must not be blank",
    ],
    [
      "an unknown description placeholder",
      { incident: { description_template: "{{labels}}" } },
      /^incident\.description_template: unknown placeholder/,
    ],
    [
      "an unknown incident level",
      { incident: { level_mapping: { Critical: "level_99" } } },
      /^incident\.level_mapping\.Critical: must be one of level_10/,
    ],
    [
      "an unknown level in the mapping",
      { incident: { level_mapping: { Fatal: "level_10" } } },
      "incident.level_mapping.Fatal: is not allowed",
    ],
    [
      "an unknown incident type",
      { incident: { incident_type: "nope" } },
      /^incident\.incident_type: must be one of /,
    ],
    ["no assignee", { incident: { assignee: undefined } }, /^incident\.assignee: is required unless/],
    [
      "a scene without a role",
      { incident: { assignee: undefined, assignee_scene: "s" } },
      "incident.assignee_role: is required when assignee_scene is given",
    ],
    [
      "a role without a scene",
      { incident: { assignee_role: "r" } },
      "incident.assignee_scene: is required when assignee_role is given",
    ],
    ["an unknown incident field", { incident: { title: "x" } }, "incident.title: is not allowed"],
    [
      "an unknown group key placeholder",
      { group_key: "{{host}}" },
      /^group_key: unknown placeholder \{\{host\}\}/,
    ],
    ["an empty group key", { group_key: "" }, "group_key: must not be empty"],
    ["position 0", { position: 0 }, "position: must be at least 1"],
    ["a string auto_solve", { auto_solve: "yes" }, "auto_solve: must be a boolean"],
  ];
  for (const [what, overrides, message] of invalid) {
    it(`rejects ${what} with 400 GOM.00007256 naming the field`, async () => {
      const { _drop, ...rest } = overrides;
      const payload = ruleBody(rest);
      for (const [name, value] of Object.entries(rest)) if (value === undefined) delete payload[name];
      if (_drop) delete payload[_drop as string];
      if (rest.incident !== undefined) {
        const incident = payload.incident as Record<string, unknown>;
        for (const [name, value] of Object.entries(rest.incident as object))
          if (value === undefined) delete incident[name];
      }
      const res = await h.request({ method: "POST", url: RULES_URL, token: h.tokens.admin, payload });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error_code, "GOM.00007256");
      if (typeof message === "string") assert.equal(res.json().error_msg, message);
      else assert.match(res.json().error_msg, message);
    });
  }

  it("accepts an integration of the project, a scene and role, and every placeholder", async () => {
    const rule = await createRule(h, {
      match: { integration_ids: [integrationId], levels: ["Critical"], labels: { team: "db" } },
      incident: {
        assignee: undefined,
        assignee_scene: "scene-1",
        assignee_role: "role-1",
        title_template:
          "{{alarm_id}}{{alarm_name}}{{level}}{{description}}{{resource_name}}{{resource_id}}{{application_id}}{{namespace}}{{region_id}}{{alarm_source}}{{integration_id}}{{url}}{{labels.app.kubernetes.io/name}}",
      },
      group_key: "{{namespace}}/{{labels.team}}",
    });
    assert.deepEqual(rule.match, {
      integration_ids: [integrationId],
      levels: ["Critical"],
      application_id: null,
      namespace: null,
      name_contains: null,
      labels: { team: "db" },
    });
  });
});
