import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { DateTime } from "luxon";
import { compileRotation, type Rotation, type SceneDocument, shiftStart } from "../../src/oncall/oncall.ts";
import { compileScene, onCallAt, shiftAt, timeline } from "../../src/oncall/schedule.ts";

/*
 * The rotation arithmetic, property-based (fast-check): hand-offs keep their local time across DST in
 * Europe/Berlin and America/New_York, Asia/Shanghai has none, leap days and month ends hold, overrides
 * win, restrictions bound a rotation, and the timeline equals the point queries at every instant.
 */

const ZONES = ["Europe/Berlin", "America/New_York", "Asia/Shanghai"] as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Scenes start from 2026-01-01 on: two DST changes a year where there are any, and the 2028 leap day. */
const RANGE_START = Date.UTC(2026, 0, 1);

const rotation = (over: Partial<Rotation> = {}): Rotation => ({
  participants: ["ann", "bob", "cho"],
  shift: "P1D",
  handoff: "09:00",
  time_zone: "Europe/Berlin",
  start: "2026-01-05",
  ...over,
});

const zoneArb = fc.constantFrom(...ZONES);
const handoffArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

describe("rotation arithmetic", () => {
  it("keeps a daily or weekly hand-off at its local time on both sides of every DST change", () => {
    fc.assert(
      fc.property(
        zoneArb,
        handoffArb,
        fc.constantFrom("P1D", "P1W", "P2D"),
        fc.integer({ min: 0, max: 900 }),
        (zone, handoff, shift, k) => {
          const c = compileRotation(rotation({ time_zone: zone, handoff, shift }), "r");
          const local = shiftStart(c, k);
          const wanted = DateTime.fromISO(`2026-01-05T${handoff}`, { zone });
          // A hand-off inside a DST gap moves forward by the gap (Luxon); otherwise it is exact.
          if (local.toFormat("HH:mm") !== handoff) {
            const at = DateTime.fromObject(
              {
                year: local.year,
                month: local.month,
                day: local.day,
                hour: wanted.hour,
                minute: wanted.minute,
              },
              { zone },
            );
            assert.ok(at.toFormat("HH:mm") !== handoff, `${zone} ${local.toISO()} should be ${handoff}`);
          }
          if (shift === "P1W") assert.equal(local.weekday, wanted.weekday);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("makes PT12H shifts exactly twelve hours long in absolute time, DST or not", () => {
    fc.assert(
      fc.property(zoneArb, fc.integer({ min: 0, max: 2000 }), (zone, k) => {
        const c = compileRotation(rotation({ time_zone: zone, shift: "PT12H" }), "r");
        assert.equal(shiftStart(c, k + 1).toMillis() - shiftStart(c, k).toMillis(), 12 * HOUR);
      }),
    );
  });

  it("hands over in the participants' order, from the first at start", () => {
    fc.assert(
      fc.property(
        zoneArb,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 5 }),
        (zone, k, n) => {
          const participants = ["u0", "u1", "u2", "u3", "u4"].slice(0, n);
          const scene = compileScene({
            name: "s",
            roles: [
              { role_id: "p", name: "primary", rotations: [rotation({ time_zone: zone, participants })] },
            ],
          });
          const c = scene.roles.get("p")?.[0];
          assert.ok(c);
          const at = shiftStart(c, k).toMillis();
          assert.equal(onCallAt(scene, "p", at)?.user_id, participants[k % n]);
          assert.equal(
            onCallAt(scene, "p", at - 1)?.user_id,
            k === 0 ? undefined : participants[(k - 1) % n],
          );
        },
      ),
    );
  });

  it("handles leap days and month ends (P1D across 2028-02-29, P1M from a 31st)", () => {
    const daily = compileScene({
      name: "s",
      roles: [
        {
          role_id: "p",
          name: "p",
          rotations: [rotation({ start: "2028-02-28", time_zone: "Asia/Shanghai" })],
        },
      ],
    });
    const at = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Shanghai" }).toMillis();
    assert.equal(onCallAt(daily, "p", at("2028-02-28T09:00"))?.user_id, "ann");
    assert.equal(onCallAt(daily, "p", at("2028-02-29T09:00"))?.user_id, "bob");
    assert.equal(onCallAt(daily, "p", at("2028-03-01T08:59"))?.user_id, "bob");
    assert.equal(onCallAt(daily, "p", at("2028-03-01T09:00"))?.user_id, "cho");
    const monthly = compileRotation(
      rotation({ start: "2026-01-31", shift: "P1M", time_zone: "Asia/Shanghai" }),
      "r",
    );
    assert.equal(shiftStart(monthly, 1).toISODate(), "2026-02-28");
    assert.equal(shiftStart(monthly, 3).toISODate(), "2026-04-30");
  });

  it("lets a restricted rotation cover only its windows and a second rotation cover the rest", () => {
    const scene = compileScene({
      name: "s",
      roles: [
        {
          role_id: "p",
          name: "p",
          rotations: [
            rotation({
              participants: ["day"],
              restrictions: [{ days: [1, 2, 3, 4, 5], from: "09:00", to: "18:00" }],
            }),
            rotation({ participants: ["night"] }),
          ],
        },
      ],
    });
    const at = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Berlin" }).toMillis();
    assert.equal(onCallAt(scene, "p", at("2026-03-27T10:00"))?.user_id, "day"); // Friday
    assert.equal(onCallAt(scene, "p", at("2026-03-27T18:00"))?.user_id, "night");
    assert.equal(onCallAt(scene, "p", at("2026-03-28T10:00"))?.user_id, "night"); // Saturday
    assert.equal(onCallAt(scene, "p", at("2026-03-30T09:00"))?.user_id, "day"); // Monday after the DST change
  });
});

const sceneArb = fc
  .record({
    zone: zoneArb,
    handoff: handoffArb,
    shift: fc.constantFrom("PT8H", "PT12H", "P1D", "P1W"),
    startDay: fc.integer({ min: 0, max: 600 }),
    restricted: fc.boolean(),
    from: handoffArb,
    to: handoffArb,
    overrides: fc.array(
      fc.record({
        offsetH: fc.integer({ min: 0, max: 24 * 60 }),
        lengthH: fc.integer({ min: 1, max: 72 }),
        user: fc.constantFrom("ovr1", "ovr2"),
        replaces: fc.option(fc.constantFrom("ann", "bob", "cho"), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
  })
  .map((p): { document: SceneDocument; origin: number } => {
    const origin = RANGE_START + p.startDay * DAY;
    const start = DateTime.fromMillis(origin, { zone: p.zone }).toISODate() as string;
    const rotations = [rotation({ time_zone: p.zone, handoff: p.handoff, shift: p.shift, start })];
    if (p.restricted) {
      rotations.unshift(
        rotation({
          participants: ["dan", "eve"],
          time_zone: p.zone,
          start,
          restrictions: [{ days: [1, 3, 5], from: p.from, to: p.to }],
        }),
      );
    }
    const overrides = p.overrides.map((o) => ({
      role_id: "p",
      user_id: o.user,
      start: new Date(origin + o.offsetH * HOUR).toISOString(),
      end: new Date(origin + (o.offsetH + o.lengthH) * HOUR).toISOString(),
      ...(o.replaces ? { replaces: o.replaces } : {}),
    }));
    return {
      document: { name: "s", roles: [{ role_id: "p", name: "primary", rotations }], overrides },
      origin,
    };
  });

describe("timeline", () => {
  it("equals the point query at every instant, overrides and restrictions included", () => {
    fc.assert(
      fc.property(
        sceneArb,
        fc.integer({ min: -2 * DAY, max: 60 * DAY }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }),
        ({ document, origin }, offset, samples) => {
          const scene = compileScene(document);
          const from = origin + offset;
          const to = from + 14 * DAY;
          const shifts = timeline(scene, "p", from, to);
          for (const [i, s] of shifts.entries()) {
            assert.ok(s.start < s.end);
            if (i > 0) assert.ok((shifts[i - 1] as { end: number }).end <= s.start);
          }
          for (const x of samples) {
            const at = Math.min(to - 1, from + Math.floor(x * (to - from)));
            const point = onCallAt(scene, "p", at);
            const shift = shifts.find((s) => s.start <= at && at < s.end);
            assert.deepEqual(
              shift ? { user_id: shift.user_id, source: shift.source } : null,
              point,
              new Date(at).toISOString(),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("lets the last override win, and a covering override apply only while its person would be on call", () => {
    const at = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Berlin" }).toMillis();
    const scene = compileScene({
      name: "s",
      roles: [{ role_id: "p", name: "p", rotations: [rotation()] }],
      overrides: [
        { role_id: "p", user_id: "x", start: "2026-01-05T12:00:00+01:00", end: "2026-01-07T12:00:00+01:00" },
        { role_id: "p", user_id: "y", start: "2026-01-05T18:00:00+01:00", end: "2026-01-05T20:00:00+01:00" },
        {
          role_id: "p",
          user_id: "z",
          start: "2026-01-08T00:00:00+01:00",
          end: "2026-01-10T00:00:00+01:00",
          replaces: "bob",
        },
      ],
    });
    assert.deepEqual(onCallAt(scene, "p", at("2026-01-05T10:00")), { user_id: "ann", source: "rotation" });
    assert.deepEqual(onCallAt(scene, "p", at("2026-01-05T13:00")), { user_id: "x", source: "override" });
    assert.deepEqual(onCallAt(scene, "p", at("2026-01-05T19:00")), { user_id: "y", source: "override" });
    // 2026-01-08 09:00 → 01-09 09:00 is ann's again (day 3 of 3 people: ann); bob holds 01-09 09:00 onwards.
    assert.equal(onCallAt(scene, "p", at("2026-01-08T10:00"))?.user_id, "ann");
    assert.equal(onCallAt(scene, "p", at("2026-01-09T10:00"))?.user_id, "z");
    const shift = shiftAt(scene, "p", at("2026-01-06T10:00"));
    assert.equal(shift?.user_id, "x");
    assert.equal(shift?.start, at("2026-01-06T09:00"));
    assert.equal(shift?.end, at("2026-01-07T09:00"));
  });

  it("stays fast: a month of a 20-person rotation with 50 overrides", () => {
    const participants = Array.from({ length: 20 }, (_, i) => `u${i}`);
    const overrides = Array.from({ length: 50 }, (_, i) => ({
      role_id: "p",
      user_id: `o${i}`,
      start: new Date(Date.UTC(2026, 5, 1) + i * 13 * HOUR).toISOString(),
      end: new Date(Date.UTC(2026, 5, 1) + i * 13 * HOUR + 5 * HOUR).toISOString(),
    }));
    const scene = compileScene({
      name: "s",
      roles: [{ role_id: "p", name: "p", rotations: [rotation({ participants, shift: "PT12H" })] }],
      overrides,
    });
    const shifts = timeline(scene, "p", Date.UTC(2026, 5, 1), Date.UTC(2026, 6, 1));
    assert.ok(shifts.length >= 60 + 50);
    assert.ok(shifts.every((s) => s.start < s.end));
  });
});
