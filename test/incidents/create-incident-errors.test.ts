import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { exampleIncident } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

const long = (n: number) => "x".repeat(n);

/** Each invalid input → 400 GOM.00007256 with a message that starts with the field and says why. */
const CASES: Array<[string, Record<string, unknown>, RegExp]> = [
  ["rejects a missing incident_title", { incident_title: undefined }, /^incident_title: is required$/],
  [
    "rejects an incident_title longer than 200 characters",
    { incident_title: long(201) },
    /^incident_title: must be at most 200 characters$/,
  ],
  ["rejects an empty incident_title", { incident_title: "" }, /^incident_title: must not be empty$/],
  ["rejects a numeric incident_title", { incident_title: 42 }, /^incident_title: must be a string$/],
  [
    "rejects an incident_description longer than 600 characters",
    { incident_description: long(601) },
    /^incident_description: must be .*600 characters/,
  ],
  ["rejects a missing incident_level", { incident_level: undefined }, /^incident_level: is required$/],
  [
    "rejects an unknown incident_level",
    { incident_level: "level_60" },
    /^incident_level: must be one of level_10, level_20, level_30, level_40, level_50$/,
  ],
  [
    "rejects an incident_level longer than 255 characters",
    { incident_level: long(256) },
    /^incident_level: must be at most 255 characters$/,
  ],
  [
    "rejects an unknown incident_type and lists the allowed ones",
    { incident_type: "inc_type_nope" },
    /^incident_type: must be one of inc_type_p_security_issues, .*inc_type_p_middleware_issues/,
  ],
  ["rejects a missing incident_type", { incident_type: undefined }, /^incident_type: is required$/],
  [
    "rejects an unknown incident_source",
    { incident_source: "incident_source_email" },
    /^incident_source: must be one of incident_source_manual, incident_source_forwarding, incident_source_alarm$/,
  ],
  [
    "rejects a missing is_service_interrupt",
    { is_service_interrupt: undefined },
    /^is_service_interrupt: is required$/,
  ],
  [
    'rejects is_service_interrupt "yes"',
    { is_service_interrupt: "yes" },
    /^is_service_interrupt: must be a boolean or the string "true" or "false"$/,
  ],
  ["rejects is_service_interrupt 1", { is_service_interrupt: 1 }, /^is_service_interrupt: must be a boolean/],
  ["rejects a missing creator", { creator: undefined }, /^creator: is required$/],
  [
    "rejects a creator longer than 255 characters",
    { creator: long(256) },
    /^creator: must be at most 255 characters$/,
  ],
  ["rejects two regions", { region: ["a", "b"] }, /^region: must be an array of at most 1 string/],
  ["rejects a region that is not an array", { region: "cn-north-4" }, /^region: must be an array/],
  [
    "rejects a region item longer than 255 characters",
    { region: [long(256)] },
    /^region: must be an array of at most 1 string of at most 255 characters/,
  ],
  [
    "rejects two enterprise projects",
    { enterprise_project: ["0", "1"] },
    /^enterprise_project: must be an array of at most 1/,
  ],
  [
    "rejects two applications",
    { current_cloud_service: ["a", "b"] },
    /^current_cloud_service: must be an array of at most 1/,
  ],
  [
    "rejects two assignees",
    { incident_assignee: ["a", "b"] },
    /^incident_assignee: must be an array of at most 1/,
  ],
  [
    "rejects an assignee longer than 255 characters",
    { incident_assignee: [long(256)] },
    /^incident_assignee: must be an array/,
  ],
  [
    "rejects an assignee_scene longer than 255 characters",
    { assignee_scene: long(256), assignee_role: "r" },
    /^assignee_scene: must be a string of at most 255 characters/,
  ],
  [
    "rejects an incident_ownership longer than 255 characters",
    { incident_ownership: long(256) },
    /^incident_ownership: must be a string of at most 255/,
  ],
  [
    "rejects an incident without assignee and without scene/role",
    { incident_assignee: undefined },
    /^incident_assignee: is required unless assignee_scene and assignee_role are both given$/,
  ],
  [
    "rejects an empty assignee list without scene/role",
    { incident_assignee: [] },
    /^incident_assignee: is required unless/,
  ],
  [
    "rejects assignee_scene without assignee_role",
    { incident_assignee: undefined, assignee_scene: "s" },
    /^assignee_role: is required when assignee_scene is given$/,
  ],
  [
    "rejects assignee_role without assignee_scene",
    { incident_assignee: undefined, assignee_role: "r" },
    /^assignee_scene: is required when assignee_role is given$/,
  ],
  [
    "rejects a half scene/role pair even next to an assignee",
    { assignee_scene: "s", assignee_role: "" },
    /^assignee_role: is required when assignee_scene is given$/,
  ],
  [
    "rejects a non-numeric start_time",
    { start_time: "yesterday" },
    /^start_time: must be epoch milliseconds/,
  ],
  ["rejects a negative start_time", { start_time: -1 }, /^start_time: must be epoch milliseconds/],
  ["rejects a fractional start_time", { start_time: 1.5 }, /^start_time: must be epoch milliseconds/],
];

describe("POST /v1/external/incident/create — invalid input", () => {
  const h = useHarness();

  for (const [name, overrides, message] of CASES) {
    it(name, async () => {
      const res = await h.request({
        method: "POST",
        url: "/v1/external/incident/create",
        payload: exampleIncident(overrides),
      });
      assert.equal(res.statusCode, 400, res.body);
      const body = res.json();
      assert.equal(body.error_code, "GOM.00007256");
      assert.equal(body.provider_code, "049");
      assert.match(body.error_msg, message);
    });
  }

  it("rejects a body that is a JSON array", async () => {
    const res = await h.request({
      method: "POST",
      url: "/v1/external/incident/create",
      payload: "[]",
      headers: { "content-type": "application/json" },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_msg, "body: must be an object");
  });

  it("stores nothing when validation fails", async () => {
    const before = await h.deps.db
      .selectFrom("incidents")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    await h.request({
      method: "POST",
      url: "/v1/external/incident/create",
      payload: exampleIncident({ incident_type: "nope" }),
    });
    const afterCount = await h.deps.db
      .selectFrom("incidents")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n));
  });
});
