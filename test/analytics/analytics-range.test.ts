import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useHarness } from "../helpers/use-harness.ts";
import { ACCEPT, analytics, incidentWithTimeline, MIN } from "./analytics-helpers.ts";

// The longest daily range, from noon: 367 days of Shanghai are met, the first and last clipped.
const FROM = "2024-01-01T12:00:00+08:00";
const TO = "2025-01-01T12:00:00+08:00";

describe("GET /incidentd/v1/analytics/incidents: the longest range", () => {
  const h = useHarness();

  // The query has a part per bucket (analytics.repository.ts); SQLite allows 500 per statement.
  it("answers a 366-day daily range, grouped or not, with incidents in its first and last day", async () => {
    await incidentWithTimeline(h, Date.parse("2024-01-01T13:00:00+08:00"), [[4, ACCEPT]]);
    await incidentWithTimeline(h, Date.parse("2024-07-01T09:00:00+08:00"), []);
    await incidentWithTimeline(h, Date.parse("2025-01-01T11:00:00+08:00"), [[6, ACCEPT]]);
    const all = (await analytics(h, { from: FROM, to: TO, tz: "Asia/Shanghai" })).json().data;
    assert.equal(all.rows.length, 367);
    assert.deepEqual(
      [all.rows[0], all.rows[182], all.rows[366]].map((r: Record<string, unknown>) => [r.bucket, r.created]),
      [
        ["2024-01-01", 1],
        ["2024-07-01", 1],
        ["2025-01-01", 1],
      ],
    );
    assert.equal(
      all.rows.reduce((n: number, r: { created: number }) => n + r.created, 0),
      3,
    );
    const grouped = (
      await analytics(h, { from: FROM, to: TO, tz: "Asia/Shanghai", group_by: "level" })
    ).json().data;
    assert.deepEqual(
      grouped.rows.map((r: { bucket: string; mtta: { p50_ms: number | null } }) => [r.bucket, r.mtta.p50_ms]),
      [
        ["2024-01-01", 4 * MIN],
        ["2024-07-01", null],
        ["2025-01-01", 6 * MIN],
      ],
    );
  });
});
