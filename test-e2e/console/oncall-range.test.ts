import assert from "node:assert/strict";
import { describe, it } from "node:test";
import dayjs from "dayjs";

// The console's calendar ranges are computed in the browser's zone: here, Berlin (a DST change in the
// week of 2026-03-23 and of 2026-10-19). TZ must be set before the first date is made.
process.env.TZ = "Europe/Berlin";
const { calendarRange } = await import("../../console/src/oncall/range.ts");

const local = (ms: number) => dayjs(ms).format("YYYY-MM-DD HH:mm");

describe("the on-call calendar's ranges", () => {
  it("starts a week on Monday at local midnight, whatever day it is opened on", () => {
    for (const day of ["2026-12-07", "2026-12-10", "2026-12-13"]) {
      const range = calendarRange("week", 0, dayjs(`${day}T15:00`));
      assert.equal(local(range.from), "2026-12-07 00:00");
      assert.equal(local(range.to), "2026-12-14 00:00");
      assert.equal(range.days.length, 7);
    }
  });

  it("keeps seven local midnights across the spring-forward and fall-back weeks (23- and 25-hour days)", () => {
    const spring = calendarRange("week", 0, dayjs("2026-03-29T12:00"));
    assert.deepEqual(spring.days.map(local), [
      "2026-03-23 00:00",
      "2026-03-24 00:00",
      "2026-03-25 00:00",
      "2026-03-26 00:00",
      "2026-03-27 00:00",
      "2026-03-28 00:00",
      "2026-03-29 00:00",
    ]);
    assert.equal(spring.to - spring.from, (7 * 24 - 1) * 3_600_000);
    const autumn = calendarRange("week", 0, dayjs("2026-10-25T12:00"));
    assert.equal(autumn.to - autumn.from, (7 * 24 + 1) * 3_600_000);
    assert.equal(local(autumn.to), "2026-10-26 00:00");
  });

  it("pages by whole weeks and months, a month holding each of its days", () => {
    const anchor = dayjs("2026-12-07T09:00");
    assert.equal(local(calendarRange("week", -1, anchor).from), "2026-11-30 00:00");
    assert.equal(local(calendarRange("week", 1, anchor).from), "2026-12-14 00:00");
    const february = calendarRange("month", 2, anchor);
    assert.equal(local(february.from), "2027-02-01 00:00");
    assert.equal(local(february.to), "2027-03-01 00:00");
    assert.equal(february.days.length, 28);
    assert.equal(calendarRange("month", -9, anchor).days.length, 31, "March 2026");
  });
});
