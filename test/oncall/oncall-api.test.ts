import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { listHistory } from "../../src/incidents/incident.repository.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { actOk } from "../../testkit/workflow.ts";
import { createIntegrationVia } from "../alarms/alarm-helpers.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createRule, drain, fire, incidentOf } from "../transfer-rules/rule-helpers.ts";

/*
 * On-call through the API as a user meets it: a scene document PUT and read back, who is on call, the
 * timeline, and COC's scene + role fields resolving to the person on call (create, forward, transfer
 * rules), with the errors that name the field.
 */

const SCENE_URL = "/incidentd/v1/oncall/scenes/app-ops";
const PEOPLE = ["ann", "bob", "cho", "dan"];

/** primary: daily 09:00 Berlin rotation of ann, bob, cho; secondary: dan, weekdays 09–18 only. */
const sceneDocument = () => ({
  name: "Application operations",
  roles: [
    {
      role_id: "primary",
      name: "Primary",
      rotations: [
        {
          participants: ["ann", "bob", "cho"],
          shift: "P1D",
          handoff: "09:00",
          time_zone: "Europe/Berlin",
          start: "2024-03-18",
        },
      ],
    },
    {
      role_id: "secondary",
      name: "Secondary",
      rotations: [
        {
          participants: ["dan"],
          shift: "P1W",
          handoff: "09:00",
          time_zone: "Europe/Berlin",
          start: "2024-03-18",
          restrictions: [{ days: [1, 2, 3, 4, 5], from: "09:00", to: "18:00" }],
        },
      ],
    },
  ],
});

describe("on-call schedules", () => {
  const h = useHarness();
  before(async () => {
    for (const id of PEOPLE) {
      const res = await h.request({
        method: "POST",
        url: "/incidentd/v1/users",
        payload: { id, display_name: id.toUpperCase() },
        token: h.tokens.admin,
      });
      assert.equal(res.statusCode, 200, res.body);
    }
  });

  it("stores a scene document and gives it back as it was sent, with a version", async () => {
    const put = await h.request({
      method: "PUT",
      url: SCENE_URL,
      payload: sceneDocument(),
      token: h.tokens.admin,
    });
    assert.equal(put.statusCode, 200, put.body);
    const got = await h.request({ method: "GET", url: SCENE_URL, token: h.tokens.reader });
    const { scene_id, version, ...document } = got.json().data;
    assert.equal(scene_id, "app-ops");
    assert.equal(typeof version, "number");
    assert.deepEqual(document, sceneDocument());
    const list = await h.request({
      method: "GET",
      url: "/incidentd/v1/oncall/scenes",
      token: h.tokens.reader,
    });
    assert.deepEqual(list.json().data.scenes, [{ scene_id: "app-ops", name: "Application operations" }]);
  });

  it("refuses a document naming an unknown user, a bad time zone or a bad shift, naming the field", async () => {
    type Doc = ReturnType<typeof sceneDocument>;
    const rotation = (d: Doc, role: number) => d.roles[role]?.rotations[0] as Record<string, unknown>;
    const cases: Array<[(d: Doc) => void, RegExp]> = [
      [
        (d) => {
          rotation(d, 0).participants = ["ann", "nobody"];
        },
        /roles\[0\]\.rotations\[0\]\.participants\[1\]: nobody is not a user/,
      ],
      [
        (d) => {
          rotation(d, 0).time_zone = "Mars/Olympus";
        },
        /roles\[0\]\.rotations\[0\]\.time_zone: must be an IANA/,
      ],
      [
        (d) => {
          rotation(d, 1).shift = "P0D";
        },
        /roles\[1\]\.rotations\[0\]\.shift: must be an ISO-8601 duration/,
      ],
      [
        (d) => {
          rotation(d, 0).handoff = "9am";
        },
        /handoff/,
      ],
    ];
    for (const [spoil, message] of cases) {
      const doc = sceneDocument();
      spoil(doc);
      const res = await h.request({
        method: "PUT",
        url: "/incidentd/v1/oncall/scenes/bad",
        payload: doc,
        token: h.tokens.admin,
      });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error_msg, message);
    }
    const missing = await h.request({
      method: "GET",
      url: "/incidentd/v1/oncall/scenes/bad",
      token: h.tokens.reader,
    });
    assert.equal(missing.statusCode, 404);
  });

  it("answers who is on call at an instant, across the DST change, with the shift", async () => {
    await h.request({ method: "PUT", url: SCENE_URL, payload: sceneDocument(), token: h.tokens.admin });
    const at = async (role: string, iso: string) =>
      (
        await h.request({
          method: "GET",
          url: `${SCENE_URL}/roles/${role}/oncall?at=${encodeURIComponent(iso)}`,
          token: h.tokens.reader,
        })
      ).json().data;
    assert.deepEqual(await at("primary", "2024-03-18T10:00:00+01:00"), {
      user_id: "ann",
      display_name: "ANN",
      shift_start: "2024-03-18T08:00:00.000Z",
      shift_end: "2024-03-19T08:00:00.000Z",
      source: "rotation",
    });
    // 2024-03-31 is Berlin's change to summer time: the hand-off stays 09:00 local (07:00 UTC).
    const afterChange = await at("primary", "2024-04-01T08:59:00+02:00");
    assert.equal(afterChange.shift_start, "2024-03-31T07:00:00.000Z");
    assert.equal(afterChange.shift_end, "2024-04-01T07:00:00.000Z");
    assert.equal(await at("secondary", "2024-03-23T10:00:00+01:00"), null); // a Saturday
    const bad = await h.request({
      method: "GET",
      url: `${SCENE_URL}/roles/primary/oncall?at=yesterday`,
      token: h.tokens.reader,
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error_msg, /^at: must be an ISO-8601 instant/);
  });

  it("gives the timeline of every role and a user's own shifts", async () => {
    await h.request({ method: "PUT", url: SCENE_URL, payload: sceneDocument(), token: h.tokens.admin });
    const q = "from=2024-03-18T08:00:00Z&to=2024-03-21T08:00:00Z";
    const timeline = (
      await h.request({ method: "GET", url: `${SCENE_URL}/timeline?${q}`, token: h.tokens.reader })
    ).json().data.roles;
    assert.deepEqual(
      timeline[0].shifts.map((s: { user_id: string }) => s.user_id),
      ["ann", "bob", "cho"],
    );
    assert.equal(timeline[1].shifts.length, 3); // dan, 09–18 each weekday
    const mine = (
      await h.request({
        method: "GET",
        url: `/incidentd/v1/oncall/users/bob/shifts?${q}`,
        token: h.tokens.reader,
      })
    ).json().data.shifts;
    assert.deepEqual(
      mine.map((s: { role_id: string; shift_start: string }) => [s.role_id, s.shift_start]),
      [["primary", "2024-03-19T08:00:00.000Z"]],
    );
    const tooLong = await h.request({
      method: "GET",
      url: `${SCENE_URL}/timeline?from=2024-01-01T00:00:00Z&to=2024-06-01T00:00:00Z`,
      token: h.tokens.reader,
    });
    assert.equal(tooLong.statusCode, 400);
  });

  it("lets an override win for its window", async () => {
    await h.request({ method: "PUT", url: SCENE_URL, payload: sceneDocument(), token: h.tokens.admin });
    const res = await h.request({
      method: "POST",
      url: `${SCENE_URL}/overrides`,
      token: h.tokens.writer,
      payload: {
        role_id: "primary",
        user_id: "dan",
        start: "2024-03-18T12:00:00Z",
        end: "2024-03-18T16:00:00Z",
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    const now = (
      await h.request({
        method: "GET",
        url: `${SCENE_URL}/roles/primary/oncall?at=2024-03-18T13:00:00Z`,
        token: h.tokens.reader,
      })
    ).json().data;
    assert.deepEqual([now.user_id, now.source], ["dan", "override"]);
    await h.request({ method: "PUT", url: SCENE_URL, payload: sceneDocument(), token: h.tokens.admin });
  });

  it("resolves CreateCocIncident's scene + role to the person on call and records it in the history", async () => {
    await h.request({ method: "PUT", url: SCENE_URL, payload: sceneDocument(), token: h.tokens.admin });
    // The harness clock: 2024-03-18 13:22 UTC, a Monday: ann is primary.
    const num = await createIncidentVia(
      h,
      exampleIncident({ incident_assignee: [], assignee_scene: "app-ops", assignee_role: "primary" }),
    );
    const detail = (
      await h.request({ method: "GET", url: `/v1/external/incident/${num}`, token: h.tokens.reader })
    ).json().data;
    assert.deepEqual(detail.incident_assignee, ["ann"]);
    assert.equal(detail.assignee_scene, "app-ops");
    const [created] = await listHistory(h.deps.db, h.projectId, num);
    assert.deepEqual(JSON.parse(created?.details ?? "{}").oncall, {
      scene: "app-ops",
      role: "primary",
      resolved_role: "primary",
      user_id: "ann",
      source: "rotation",
    });
  });

  it("names the field when the scene or the role does not exist, and fails when nobody can be resolved", async () => {
    await h.request({ method: "PUT", url: SCENE_URL, payload: sceneDocument(), token: h.tokens.admin });
    const create = (scene: string, role: string) =>
      h.request({
        method: "POST",
        url: "/v1/external/incident/create",
        payload: exampleIncident({ incident_assignee: [], assignee_scene: scene, assignee_role: role }),
      });
    const noScene = await create("no-such-scene", "primary");
    assert.equal(noScene.statusCode, 400);
    assert.match(noScene.json().error_msg, /^assignee_scene: no on-call scene no-such-scene/);
    const noRole = await create("app-ops", "manager");
    assert.match(
      noRole.json().error_msg,
      /^assignee_role: no role manager in on-call scene app-ops \(its roles: primary, secondary\)/,
    );
    // secondary has nobody on Saturday and is the scene's last role.
    h.clock.current = Date.UTC(2024, 2, 23, 12, 0);
    try {
      const nobody = await create("app-ops", "secondary");
      assert.equal(nobody.statusCode, 400);
      assert.match(
        nobody.json().error_msg,
        /^assignee_role: nobody is on call for role secondary of scene app-ops/,
      );
    } finally {
      h.clock.current = Date.UTC(2024, 2, 18, 13, 22, 3, 172);
    }
  });

  it("hands a forward to a schedule role to whoever is on call for it", async () => {
    await h.request({ method: "PUT", url: SCENE_URL, payload: sceneDocument(), token: h.tokens.admin });
    const num = await createIncidentVia(h, exampleIncident({ incident_assignee: ["u1"] }));
    await actOk(h, num, "unAcceptedForward", {
      virtual_schedule_type: "app-ops",
      virtual_schedule_role: "secondary",
    });
    const detail = (
      await h.request({ method: "GET", url: `/v1/external/incident/${num}`, token: h.tokens.reader })
    ).json().data;
    assert.deepEqual(detail.incident_assignee, ["dan"]);
    const bad = await h.request({
      method: "POST",
      url: "/v1/external/incident/handle",
      payload: {
        incident_num: num,
        operator: "dan",
        operate_key: "forwardOther1",
        parameter: { virtual_schedule_type: "nope", virtual_schedule_role: "x" },
      },
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error_msg, /parameter\.virtual_schedule_type: no on-call scene nope/);
  });

  it("creates an alarm's incident unassigned, with the reason, when nobody is on call", async () => {
    await h.request({ method: "PUT", url: SCENE_URL, payload: sceneDocument(), token: h.tokens.admin });
    const { key } = await createIntegrationVia(h, "custom");
    await createRule(h, {
      incident: { assignee: undefined, assignee_scene: "app-ops", assignee_role: "secondary" },
    });
    h.clock.current = Date.UTC(2024, 2, 23, 12, 0); // Saturday: nobody on secondary
    try {
      await fire(h, key, { alarmId: "oncallgap1" });
      await drain(h);
      const num = await incidentOf(h, "oncallgap1");
      assert.ok(num);
      const [created] = await listHistory(h.deps.db, h.projectId, num as string);
      const oncall = JSON.parse(created?.details ?? "{}").oncall;
      assert.equal(oncall.scene, "app-ops");
      assert.match(oncall.unresolved, /nobody is on call for role secondary/);
    } finally {
      h.clock.current = Date.UTC(2024, 2, 18, 13, 22, 3, 172);
    }
  });
});
