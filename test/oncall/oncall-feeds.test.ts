import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { feedWindow } from "../../src/oncall/oncall-feed.ts";
import type { Harness } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createFeedVia, fetchFeed, type ParsedEvent, parseCalendar, seedScene } from "./feed-helpers.ts";

/*
 * iCalendar feeds as a calendar app meets them: the secret URL fetched without any other credential, the
 * .ics parsed with a real parser and compared with the timeline API, revocation, and projects kept apart.
 */

const FEEDS = "/incidentd/v1/oncall/feeds";
const iso = (ms: number) => new Date(ms).toISOString();

interface ApiShift {
  user_id: string;
  shift_start: string;
  shift_end: string;
  source: string;
  role_id?: string;
  scene_id?: string;
}

/** The shift of `role` at `at` (the point query). */
async function shiftAt(h: Harness, role: string, at: number): Promise<ApiShift> {
  const res = await h.request({
    method: "GET",
    url: `/incidentd/v1/oncall/scenes/app-ops/roles/${role}/oncall?at=${iso(at)}`,
    token: h.tokens.reader,
  });
  return res.json().data;
}

/**
 * The shifts a feed should show: the API's over the feed's window, with those cut by the window's edges
 * given their whole length (as the point query sees them).
 */
async function expectedOf(h: Harness, shifts: ApiShift[], role: (s: ApiShift) => string) {
  const { from, to } = feedWindow(h.clock.now());
  const out = [];
  for (const s of shifts) {
    const start = s.shift_start === iso(from) ? (await shiftAt(h, role(s), from)).shift_start : s.shift_start;
    const end = s.shift_end === iso(to) ? (await shiftAt(h, role(s), to - 1)).shift_end : s.shift_end;
    out.push({ user_id: s.user_id, role_id: role(s), source: s.source, start, end });
  }
  return out;
}

const seen = (events: ParsedEvent[]) =>
  events.map((e) => ({
    user_id: e.details.user_id,
    role_id: e.details.role_id,
    source: e.details.source,
    start: e.start,
    end: e.end,
  }));

describe("on-call iCalendar feeds", () => {
  const h = useHarness();
  before(() => seedScene(h, "app-ops"));

  it("serves a role's final schedule as text/calendar: the timeline API's shifts, parsed", async () => {
    const feed = await createFeedVia(h, { scene_id: "app-ops", role_id: "primary" });
    assert.match(feed.token, /^idf_[0-9a-f]{64}$/);
    assert.equal(feed.path, `${FEEDS}/${feed.token}.ics`);
    const res = await fetchFeed(h, feed.path);
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers["content-type"]), /^text\/calendar; charset=utf-8/);
    const { name, events } = parseCalendar(res.body);
    assert.equal(name, "On call: app-ops/primary");

    const { from, to } = feedWindow(h.clock.now());
    const timeline = await h.request({
      method: "GET",
      url: `/incidentd/v1/oncall/scenes/app-ops/timeline?from=${iso(from)}&to=${iso(to)}`,
      token: h.tokens.reader,
    });
    assert.equal(timeline.statusCode, 200, timeline.body);
    const primary = timeline.json().data.roles.find((r: { role_id: string }) => r.role_id === "primary");
    const expected = await expectedOf(h, primary.shifts, () => "primary");
    assert.ok(expected.length > 80, `${expected.length} shifts`);
    assert.deepEqual(seen(events), expected);
    // The window's first shift started before it: its whole length is shown.
    assert.ok(Date.parse(events[0]?.start ?? "") < from);

    const override = events.find((e) => e.details.source === "override");
    assert.equal(override?.summary, "On call: DAN · Application operations / Primary (override)");
    assert.equal(
      events.find((e) => e.details.user_id === "ann")?.summary.startsWith("On call: ANN · "),
      true,
    );
    assert.equal(new Set(events.map((e) => e.uid)).size, events.length);
  });

  it("keeps each shift's UID as the window moves on", async () => {
    const feed = await createFeedVia(h, { scene_id: "app-ops", role_id: "primary" });
    const today = parseCalendar((await fetchFeed(h, feed.path)).body).events;
    h.clock.advance(3 * 86_400_000);
    try {
      const later = parseCalendar((await fetchFeed(h, feed.path)).body).events;
      const byUid = new Map(today.map((e) => [e.uid, e]));
      const common = later.filter((e) => byUid.has(e.uid));
      assert.ok(common.length >= today.length - 4, `${common.length} of ${today.length}`);
      for (const e of common) {
        assert.equal(byUid.get(e.uid)?.start, e.start);
        assert.equal(byUid.get(e.uid)?.end, e.end);
      }
    } finally {
      h.clock.advance(-3 * 86_400_000);
    }
  });

  it("serves a person's shifts in every role: the user-shifts API's, parsed", async () => {
    const feed = await createFeedVia(h, { user_id: "dan", name: "Dan's pager" });
    const { name, events } = parseCalendar((await fetchFeed(h, feed.path)).body);
    assert.equal(name, "On call: Dan's pager");
    const { from, to } = feedWindow(h.clock.now());
    const res = await h.request({
      method: "GET",
      url: `/incidentd/v1/oncall/users/dan/shifts?from=${iso(from)}&to=${iso(to)}`,
      token: h.tokens.reader,
    });
    const shifts: ApiShift[] = res.json().data.shifts;
    assert.deepEqual(
      new Set(shifts.map((s) => s.role_id)),
      new Set(["primary", "secondary"]),
      "dan is on call for both roles",
    );
    assert.deepEqual(seen(events), await expectedOf(h, shifts, (s) => s.role_id ?? ""));
  });

  it("lists feeds without their tokens; a revoked feed's URL is 404 with the COC envelope", async () => {
    const feed = await createFeedVia(h, { user_id: "ann" });
    const listed = await h.request({ method: "GET", url: FEEDS, token: h.tokens.reader });
    assert.equal(listed.statusCode, 200, listed.body);
    assert.ok(!listed.body.includes(feed.token.slice(4)), "the list shows no secret");
    const row = listed.json().data.feeds.find((f: { id: string }) => f.id === feed.id);
    assert.deepEqual(
      { ...row, created_at: 0 },
      {
        id: feed.id,
        kind: "user",
        user_id: "ann",
        scene_id: null,
        role_id: null,
        name: "shifts of ann",
        created_by: "writer-user",
        created_at: 0,
        revoked_at: null,
      },
    );
    assert.equal((await fetchFeed(h, feed.path)).statusCode, 200);

    const revoke = await h.request({ method: "DELETE", url: `${FEEDS}/${feed.id}`, token: h.tokens.writer });
    assert.equal(revoke.statusCode, 200, revoke.body);
    const gone = await fetchFeed(h, feed.path);
    assert.equal(gone.statusCode, 404);
    assert.equal(gone.json().error_code, "IDT.00000404");
    assert.match(gone.json().error_msg, /on-call feed not found/);
    assert.ok(!gone.body.includes(feed.token));
    const after = await h.request({ method: "GET", url: FEEDS, token: h.tokens.reader });
    assert.equal(
      after.json().data.feeds.find((f: { id: string }) => f.id === feed.id).revoked_at,
      h.clock.now(),
    );
    const again = await h.request({ method: "DELETE", url: `${FEEDS}/nope`, token: h.tokens.writer });
    assert.equal(again.statusCode, 404);
  });

  it("answers 404 to unknown, malformed and API-token credentials on the feed URL", async () => {
    const unknown = `${FEEDS}/idf_${"0".repeat(64)}.ics`;
    for (const [url, token] of [
      [unknown, null],
      [unknown, h.tokens.admin],
      [`${FEEDS}/not-a-token.ics`, null],
      [`${FEEDS}/${h.tokens.admin}.ics`, null],
    ] as const) {
      const res = await h.request({ method: "GET", url, token });
      assert.equal(res.statusCode, 404, `${url}: ${res.body}`);
      assert.equal(res.json().error_code, "IDT.00000404");
    }
  });

  it("refuses a feed without a target, of an unknown user, scene or role, naming the field", async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{}, /^user_id: give user_id, or scene_id and role_id/],
      [{ scene_id: "app-ops" }, /^role_id: is required with scene_id/],
      [{ user_id: "ann", scene_id: "app-ops", role_id: "primary" }, /^user_id: give either/],
      [{ user_id: "nobody" }, /^user_id: nobody is not a user of the project's directory/],
      [{ scene_id: "nope", role_id: "primary" }, /^scene_id: no on-call scene nope/],
      [
        { scene_id: "app-ops", role_id: "boss" },
        /^role_id: no role boss in the scene \(its roles: primary, secondary\)/,
      ],
    ];
    for (const [body, message] of cases) {
      const res = await h.request({ method: "POST", url: FEEDS, payload: body, token: h.tokens.writer });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error_msg, message);
    }
  });

  it("keeps projects apart: another project neither lists, revokes nor targets this one's feeds", async () => {
    const ours = await createFeedVia(h, { scene_id: "app-ops", role_id: "secondary" });
    const other = h.otherProjectToken;
    const listed = await h.request({ method: "GET", url: FEEDS, token: other });
    assert.deepEqual(listed.json().data.feeds, []);
    const revoke = await h.request({ method: "DELETE", url: `${FEEDS}/${ours.id}`, token: other });
    assert.equal(revoke.statusCode, 404);
    assert.equal((await fetchFeed(h, ours.path)).statusCode, 200);
    const theirs = await h.request({
      method: "POST",
      url: FEEDS,
      payload: { scene_id: "app-ops", role_id: "primary" },
      token: other,
    });
    assert.equal(theirs.statusCode, 400, "the other project has no scene app-ops");
    const person = await h.request({ method: "POST", url: FEEDS, payload: { user_id: "ann" }, token: other });
    assert.equal(person.statusCode, 400, "nor a user ann");

    // The other project's own scene of the same id: its feed shows its shifts only.
    await h.request({
      method: "POST",
      url: "/incidentd/v1/users",
      payload: { id: "zed", display_name: "Zed" },
      token: other,
    });
    const doc = {
      name: "Elsewhere",
      roles: [
        {
          role_id: "primary",
          name: "Primary",
          rotations: [
            { participants: ["zed"], shift: "P1W", handoff: "09:00", time_zone: "UTC", start: "2024-01-01" },
          ],
        },
      ],
    };
    const put = await h.request({
      method: "PUT",
      url: "/incidentd/v1/oncall/scenes/app-ops",
      payload: doc,
      token: other,
    });
    assert.equal(put.statusCode, 200, put.body);
    const feed = await createFeedVia(h, { scene_id: "app-ops", role_id: "primary" }, other);
    const events = parseCalendar((await fetchFeed(h, feed.path)).body).events;
    assert.ok(events.length > 0);
    assert.deepEqual(new Set(events.map((e) => e.details.user_id)), new Set(["zed"]));
    const ourEvents = parseCalendar((await fetchFeed(h, ours.path)).body).events;
    assert.deepEqual(new Set(ourEvents.map((e) => e.details.user_id)), new Set(["dan"]));
  });

  it("serves an empty calendar once the role's scene is deleted", async () => {
    const feed = await createFeedVia(h, { scene_id: "app-ops", role_id: "primary" });
    const del = await h.request({
      method: "DELETE",
      url: "/incidentd/v1/oncall/scenes/app-ops",
      token: h.tokens.admin,
    });
    assert.equal(del.statusCode, 200, del.body);
    const res = await fetchFeed(h, feed.path);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(parseCalendar(res.body).events, []);
  });
});
