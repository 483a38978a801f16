import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useHarness } from "../helpers/use-harness.ts";
import { ACCEPT, analytics, incidentWithTimeline, MIN } from "./analytics-helpers.ts";

// Berlin moves from CET (+01:00) to CEST (+02:00) at 02:00 local on Sunday 31 March 2024: that day has 23 hours.
const BEFORE_MIDNIGHT_BERLIN = Date.UTC(2024, 2, 30, 23, 30); // 31 March 00:30 in Berlin, 30 March in UTC
const LATE_ON_THE_SHORT_DAY = Date.UTC(2024, 2, 31, 21, 30); // 31 March 23:30 CEST
const AFTER_THE_SHORT_DAY = Date.UTC(2024, 2, 31, 22, 30); // 1 April 00:30 CEST, still 31 March in UTC

describe("GET /incidentd/v1/analytics/incidents: calendar buckets of a time zone", () => {
  const h = useHarness();

  it("cuts days at local midnight across a DST change", async () => {
    await incidentWithTimeline(h, BEFORE_MIDNIGHT_BERLIN, [[3, ACCEPT]]);
    await incidentWithTimeline(h, LATE_ON_THE_SHORT_DAY, [[5, ACCEPT]]);
    await incidentWithTimeline(h, AFTER_THE_SHORT_DAY, []);
    const berlin = (await analytics(h, { from: "2024-03-30", to: "2024-04-02", tz: "Europe/Berlin" })).json()
      .data;
    assert.equal(berlin.from, "2024-03-30T00:00:00+01:00");
    assert.equal(berlin.to, "2024-04-02T00:00:00+02:00");
    assert.deepEqual(
      berlin.rows.map((r: Record<string, unknown>) => [r.bucket, r.start, r.end, r.created, r.accepted]),
      [
        ["2024-03-30", "2024-03-30T00:00:00+01:00", "2024-03-31T00:00:00+01:00", 0, 0],
        ["2024-03-31", "2024-03-31T00:00:00+01:00", "2024-04-01T00:00:00+02:00", 2, 2],
        ["2024-04-01", "2024-04-01T00:00:00+02:00", "2024-04-02T00:00:00+02:00", 1, 0],
      ],
    );
    assert.equal(berlin.rows[1].mtta.mean_ms, 4 * MIN);
    const utc = (await analytics(h, { from: "2024-03-30", to: "2024-04-02" })).json().data;
    assert.deepEqual(
      utc.rows.map((r: { created: number }) => r.created),
      [1, 2, 0],
      "in UTC the first incident is on 30 March and the last on 31 March",
    );
  });

  it("cuts ISO weeks (Monday first) and months, the first and last clipped to the range", async () => {
    const weeks = (
      await analytics(h, {
        from: "2024-03-27T12:00:00",
        to: "2024-04-03",
        tz: "Europe/Berlin",
        interval: "week",
      })
    ).json().data;
    assert.deepEqual(
      weeks.rows.map((r: Record<string, unknown>) => [r.bucket, r.start, r.end, r.created]),
      [
        ["2024-W13", "2024-03-27T12:00:00+01:00", "2024-04-01T00:00:00+02:00", 2],
        ["2024-W14", "2024-04-01T00:00:00+02:00", "2024-04-03T00:00:00+02:00", 1],
      ],
    );
    const months = (
      await analytics(h, { from: "2024-03-01", to: "2024-05-01", tz: "Europe/Berlin", interval: "month" })
    ).json().data;
    assert.deepEqual(
      months.rows.map((r: Record<string, unknown>) => [r.bucket, r.start, r.end, r.created]),
      [
        ["2024-03", "2024-03-01T00:00:00+01:00", "2024-04-01T00:00:00+02:00", 2],
        ["2024-04", "2024-04-01T00:00:00+02:00", "2024-05-01T00:00:00+02:00", 1],
      ],
    );
  });

  it("takes instants with an offset as given, whatever tz", async () => {
    const data = (
      await analytics(h, { from: "2024-03-31T00:00:00Z", to: "2024-04-01T00:00:00Z", tz: "Asia/Shanghai" })
    ).json().data;
    assert.equal(data.from, "2024-03-31T08:00:00+08:00");
    assert.deepEqual(
      data.rows.map((r: Record<string, unknown>) => [r.bucket, r.start, r.end, r.created]),
      [
        // The first incident (23:30 UTC on 30 March) is before the range.
        ["2024-03-31", "2024-03-31T08:00:00+08:00", "2024-04-01T00:00:00+08:00", 0],
        ["2024-04-01", "2024-04-01T00:00:00+08:00", "2024-04-01T08:00:00+08:00", 2],
      ],
    );
  });

  const refused: Array<[string, Record<string, string>, RegExp]> = [
    ["to before from", { from: "2024-04-02", to: "2024-04-01" }, /^to: must be after from/],
    ["an empty range", { from: "2024-04-01", to: "2024-04-01" }, /^to: must be after from/],
    [
      "a year and a day of days",
      { from: "2024-01-01", to: "2025-01-02T00:00:01Z" },
      /^to: must be at most 366 days/,
    ],
    [
      "more than five years of months",
      { from: "2019-01-01", to: "2024-04-01", interval: "month" },
      /^to: must be at most 1830 days/,
    ],
    ["an unknown time zone", { from: "2024-04-01", to: "2024-04-02", tz: "Mars/Olympus" }, /^tz: /],
    ["an offset instead of a zone", { from: "2024-04-01", to: "2024-04-02", tz: "+02:00" }, /^tz: /],
    ["a bad date", { from: "2024-13-01", to: "2024-04-02" }, /^from: must be an ISO-8601/],
    ["a bad interval", { from: "2024-04-01", to: "2024-04-02", interval: "hour" }, /interval/],
    ["a bad grouping", { from: "2024-04-01", to: "2024-04-02", group_by: "title" }, /group_by/],
    ["a bad format", { from: "2024-04-01", to: "2024-04-02", format: "xml" }, /format/],
    ["no from", { to: "2024-04-02" }, /from/],
  ];
  for (const [what, query, message] of refused) {
    it(`refuses ${what} with 400 naming the field`, async () => {
      const body = (await analytics(h, query, h.tokens.reader, 400)).json();
      assert.equal(body.error_code, "GOM.00007256");
      assert.match(body.error_msg, message);
      assert.equal(body.data, null);
    });
  }
});
