import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CSV_COLUMNS } from "../../src/analytics/analytics.ts";
import * as factsMigration from "../../src/db/migrations/20261207160000_incident_facts.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { ACCEPT, analytics, incidentWithTimeline, MIN, REJECT, solve, verify } from "./analytics-helpers.ts";

const HOUR = 60 * MIN;
const DAY_A = Date.UTC(2024, 3, 8); // Monday 8 April 2024 (no DST change near it in Europe)

describe("GET /incidentd/v1/analytics/incidents: figures from known timelines", () => {
  const h = useHarness();

  // Day A (UTC): five incidents whose timelines cover accept, forward, verification sending back,
  // reject + reopen, reject + close, and one never touched. Day A + 1: one incident, accepted.
  const build = async () => {
    // I1: MTTA 10 min, MTTR 60 min (solution), closed at 90 min.
    await incidentWithTimeline(
      h,
      DAY_A + 10 * HOUR,
      [
        [10, ACCEPT],
        [60, ...solve()],
        [90, ...verify(true)],
      ],
      {
        incident_level: "level_20",
      },
    );
    // I2: forwarded before acceptance (the clock keeps running), accepted at 20 min; the first solution
    // (2 h) is sent back at 3 h, the second (4 h) stands: MTTR 4 h.
    await incidentWithTimeline(h, DAY_A + 11 * HOUR, [
      [5, "unAcceptedForward", { virtual_send_assignee: "someone-else" }],
      [20, ACCEPT],
      [120, ...solve()],
      [180, ...verify(false)],
      [240, ...solve()],
      [300, ...verify(true)],
    ]);
    // I3: rejected at 30 min, reopened at 40 min with a new level, accepted at 50 min: MTTA 50 min;
    // no solution yet (MTTR censored).
    await incidentWithTimeline(h, DAY_A + 12 * HOUR, [
      [30, ...REJECT],
      [40, "ReOpen", { level_id: "level_20" }],
      [50, ACCEPT],
    ]);
    // I4: rejected at 15 min, the creator closes it at 25 min: never accepted; MTTR 25 min (the close).
    await incidentWithTimeline(h, DAY_A + 13 * HOUR, [
      [15, ...REJECT],
      [25, "agreed"],
    ]);
    // I5: untouched (censored for both).
    await incidentWithTimeline(h, DAY_A + 14 * HOUR, []);
    // Day A + 1: accepted after 7 min.
    await incidentWithTimeline(h, DAY_A + 24 * HOUR + HOUR, [[7, ACCEPT]]);
  };

  const range = { from: "2024-04-08", to: "2024-04-10" };

  it("counts, means and percentiles per day, censored incidents counted apart", async () => {
    await build();
    const data = (await analytics(h, range)).json().data;
    assert.equal(data.from, "2024-04-08T00:00:00Z");
    assert.equal(data.to, "2024-04-10T00:00:00Z");
    assert.equal(data.tz, "UTC");
    assert.equal(data.interval, "day");
    assert.equal(data.group_by, null);
    assert.deepEqual(data.rows, [
      {
        bucket: "2024-04-08",
        start: "2024-04-08T00:00:00Z",
        end: "2024-04-09T00:00:00Z",
        group: null,
        created: 5,
        accepted: 3,
        resolved: 2,
        closed: 3,
        open: 2,
        // 10, 20, 50 min: mean 26 2/3 min; p50 the middle one; p90 at rank 1.8 = 20 + 0.8 × 30 min.
        mtta: {
          measured: 3,
          mean_ms: 1_600_000,
          p50_ms: 1_200_000,
          p90_ms: 2_640_000,
          censored: 1,
          never: 1,
        },
        // 25 min, 60 min, 240 min: mean 108 1/3 min; p90 = 60 + 0.8 × 180 min.
        mttr: { measured: 3, mean_ms: 6_500_000, p50_ms: 3_600_000, p90_ms: 12_240_000, censored: 2 },
      },
      {
        bucket: "2024-04-09",
        start: "2024-04-09T00:00:00Z",
        end: "2024-04-10T00:00:00Z",
        group: null,
        created: 1,
        accepted: 1,
        resolved: 0,
        closed: 0,
        open: 1,
        mtta: { measured: 1, mean_ms: 420_000, p50_ms: 420_000, p90_ms: 420_000, censored: 0, never: 0 },
        mttr: { measured: 0, mean_ms: null, p50_ms: null, p90_ms: null, censored: 1 },
      },
    ]);
  });

  it("groups by the incidents' current level; an empty bucket has no row when grouped", async () => {
    const data = (await analytics(h, { ...range, to: "2024-04-12", group_by: "level" })).json().data;
    const brief = data.rows.map((r: Record<string, unknown>) => [
      r.bucket,
      r.group,
      r.created,
      r.closed,
      (r.mtta as { p50_ms: number | null }).p50_ms,
      (r.mttr as { p50_ms: number | null }).p50_ms,
    ]);
    assert.deepEqual(brief, [
      // I1 and I3 (reopened as level_20).
      ["2024-04-08", "level_20", 2, 1, 1_800_000, 3_600_000],
      // I2, I4, I5: MTTA 20 min only (I4 never accepted, I5 censored); MTTR 25 min and 4 h.
      ["2024-04-08", "level_50", 3, 2, 1_200_000, 7_950_000],
      ["2024-04-09", "level_50", 1, 0, 420_000, null],
    ]);
  });

  it("answers the same rows as CSV, by format=csv or by the Accept header", async () => {
    const json = (await analytics(h, range)).json().data.rows;
    for (const res of [
      await analytics(h, { ...range, format: "csv" }),
      await h.request({
        method: "GET",
        url: `/incidentd/v1/analytics/incidents?${new URLSearchParams(range)}`,
        token: h.tokens.reader,
        headers: { accept: "text/csv" },
      }),
    ]) {
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers["content-type"]), /^text\/csv/);
      const lines = res.body.split("\r\n");
      assert.equal(lines.pop(), "", "the last line ends with CRLF");
      assert.deepEqual(lines[0]?.split(","), [...CSV_COLUMNS]);
      assert.equal(lines.length, 1 + json.length);
      assert.equal(
        lines[1],
        "2024-04-08,2024-04-08T00:00:00Z,2024-04-09T00:00:00Z,,5,3,2,3,2,3,1600000,1200000,2640000,1,1,3,6500000,3600000,12240000,2",
      );
      assert.equal(
        lines[2],
        "2024-04-09,2024-04-09T00:00:00Z,2024-04-10T00:00:00Z,,1,1,0,0,1,1,420000,420000,420000,0,0,0,,,,1",
      );
    }
  });

  it("the migration's backfill from the histories gives the facts the subscriber kept", async () => {
    const read = () => h.deps.db.selectFrom("incident_facts").selectAll().orderBy("incident_num").execute();
    const kept = await read();
    assert.equal(kept.length, 6);
    await factsMigration.down(h.deps.db);
    await factsMigration.up(h.deps.db);
    assert.deepEqual(await read(), kept);
  });

  it("keeps projects apart, lets readers in and nobody without credentials", async () => {
    const other = (await analytics(h, range, h.otherProjectToken)).json().data.rows;
    assert.deepEqual(
      other.map((r: { created: number }) => r.created),
      [0, 0],
    );
    const denied = await analytics(h, range, null, 401);
    assert.equal(denied.json().data, null);
  });
});
