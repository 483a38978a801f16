import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { addOverride, editScene } from "../../src/oncall/oncall.service.ts";
import { removeParticipant } from "../../src/oncall/scene-edits.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { sceneDocument, seedScene } from "./feed-helpers.ts";

/* The piecewise edits of a scene document: participants of a rotation, and removing an override. */

const SCENE = "/incidentd/v1/oncall/scenes/app-ops";
const PARTICIPANTS = `${SCENE}/roles/primary/rotations/0/participants`;

describe("piecewise edits of an on-call scene", () => {
  const h = useHarness();
  before(() => seedScene(h, "app-ops"));
  beforeEach(async () => {
    const put = await h.request({
      method: "PUT",
      url: SCENE,
      payload: sceneDocument(),
      token: h.tokens.admin,
    });
    assert.equal(put.statusCode, 200, put.body);
  });

  const stored = async () =>
    (await h.request({ method: "GET", url: SCENE, token: h.tokens.reader })).json().data;
  const participants = async () => (await stored()).roles[0].rotations[0].participants;
  const who = async (at: string) =>
    (
      await h.request({
        method: "GET",
        url: `${SCENE}/roles/primary/oncall?at=${at}`,
        token: h.tokens.reader,
      })
    ).json().data?.user_id;

  it("adds a participant at a position, stored like a PUT (version up), and the rotation follows", async () => {
    const before = await stored();
    assert.equal(await who("2024-01-02T12:00:00Z"), "bob");
    const res = await h.request({
      method: "POST",
      url: PARTICIPANTS,
      payload: { user_id: "dan", position: 1 },
      token: h.tokens.admin,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().data.version, before.version + 1);
    assert.deepEqual(res.json().data.roles[0].rotations[0].participants, ["ann", "dan", "bob", "cho"]);
    assert.deepEqual(await participants(), ["ann", "dan", "bob", "cho"]);
    assert.equal(await who("2024-01-02T12:00:00Z"), "dan", "the second shift is now dan's");
    const last = await h.request({
      method: "POST",
      url: PARTICIPANTS,
      payload: { user_id: "zed" },
      token: h.tokens.admin,
    });
    assert.equal(last.statusCode, 400, "zed is not a directory user");
    assert.match(last.json().error_msg, /^roles\[0\]\.rotations\[0\]\.participants\[4\]: zed is not a user/);
    assert.deepEqual(await participants(), ["ann", "dan", "bob", "cho"], "nothing stored");
  });

  it("appends by default and refuses a participant already there (409) or a position past the end", async () => {
    const res = await h.request({
      method: "POST",
      url: PARTICIPANTS,
      payload: { user_id: "dan" },
      token: h.tokens.admin,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(await participants(), ["ann", "bob", "cho", "dan"]);
    const twice = await h.request({
      method: "POST",
      url: PARTICIPANTS,
      payload: { user_id: "ann" },
      token: h.tokens.admin,
    });
    assert.equal(twice.statusCode, 409, twice.body);
    assert.match(twice.json().error_msg, /user_id: ann is already a participant/);
    const far = await h.request({
      method: "POST",
      url: `${SCENE}/roles/secondary/rotations/0/participants`,
      payload: { user_id: "ann", position: 2 },
      token: h.tokens.admin,
    });
    assert.equal(far.statusCode, 400, far.body);
    assert.match(far.json().error_msg, /^position: must be at most 1/);
  });

  it("removes a participant, but never a rotation's last one", async () => {
    const res = await h.request({ method: "DELETE", url: `${PARTICIPANTS}/bob`, token: h.tokens.admin });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(await participants(), ["ann", "cho"]);
    const absent = await h.request({ method: "DELETE", url: `${PARTICIPANTS}/bob`, token: h.tokens.admin });
    assert.equal(absent.statusCode, 404, absent.body);
    assert.match(absent.json().error_msg, /bob is not a participant/);
    const only = await h.request({
      method: "DELETE",
      url: `${SCENE}/roles/secondary/rotations/0/participants/dan`,
      token: h.tokens.admin,
    });
    assert.equal(only.statusCode, 400, only.body);
    assert.match(only.json().error_msg, /^user_id: dan is the rotation's only participant/);
  });

  it("names the role, the rotation or the scene that is not there", async () => {
    const cases: Array<[string, number, RegExp]> = [
      [`${SCENE}/roles/boss/rotations/0/participants`, 400, /^role_id: no role boss in the scene/],
      [`${SCENE}/roles/primary/rotations/3/participants`, 400, /^index: no rotation 3 in role primary/],
      [
        `/incidentd/v1/oncall/scenes/nope/roles/primary/rotations/0/participants`,
        404,
        /scene not found: nope/,
      ],
      [`${SCENE}/roles/primary/rotations/x/participants`, 400, /index/],
    ];
    for (const [url, status, message] of cases) {
      const res = await h.request({
        method: "POST",
        url,
        payload: { user_id: "dan" },
        token: h.tokens.admin,
      });
      assert.equal(res.statusCode, status, `${url}: ${res.body}`);
      assert.match(res.json().error_msg, message);
    }
  });

  it("removes an override by its place; the schedule loses it", async () => {
    assert.equal(await who("2024-03-20T12:00:00Z"), "dan");
    const before = await stored();
    const res = await h.request({ method: "DELETE", url: `${SCENE}/overrides/0`, token: h.tokens.writer });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().data.version, before.version + 1);
    assert.deepEqual((await stored()).overrides, []);
    assert.notEqual(await who("2024-03-20T12:00:00Z"), "dan");
    const missing = await h.request({
      method: "DELETE",
      url: `${SCENE}/overrides/0`,
      token: h.tokens.writer,
    });
    assert.equal(missing.statusCode, 404, missing.body);
    assert.match(missing.json().error_msg, /^index: no override 0 in the scene \(it has 0\)/);
  });

  it("lands an edit that raced another one over the version it read, instead of losing either", async () => {
    let racing: Promise<unknown> | undefined;
    const caller = { projectId: h.projectId };
    await editScene(h.deps, caller, "app-ops", (document) => {
      // A second edit starts once this one has read the document: one of them stores over a stale read.
      racing ??= addOverride(h.deps, caller, "app-ops", {
        role_id: "primary",
        user_id: "cho",
        start: "2024-04-01T00:00:00Z",
        end: "2024-04-02T00:00:00Z",
      });
      return removeParticipant(document, "primary", 0, "bob");
    });
    await racing;
    const doc = await stored();
    assert.deepEqual(doc.roles[0].rotations[0].participants, ["ann", "cho"]);
    assert.equal(doc.overrides.length, 2, "the racing override is kept");
  });
});
