import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decideTransition, parseAlarmIds } from "../../src/alarms/alarm.ts";

describe("decideTransition", () => {
  const firing = { status: "alarming" as const, recoveryTime: null, firstOccurTime: 1000 };
  const resolved = { status: "resolved" as const, recoveryTime: 3000, firstOccurTime: 1000 };
  const cases: Array<[string, typeof firing | typeof resolved, boolean, number, string]> = [
    ["a repeat while firing converges", firing, true, 500, "converge"],
    ["a recovery while firing resolves", firing, false, 2000, "resolve"],
    ["a recovery at the episode's start resolves", firing, false, 1000, "resolve"],
    ["a recovery from before the episode began is stale", firing, false, 999, "ignore:stale recovery"],
    ["a firing report after the recovery reopens", resolved, true, 3001, "reopen"],
    ["a firing report at or before the recovery is stale", resolved, true, 3000, "ignore:stale firing"],
    ["a second recovery changes nothing", resolved, false, 4000, "ignore:already resolved"],
  ];
  for (const [name, alarm, isFiring, time, expected] of cases) {
    it(name, () => {
      const t = decideTransition(alarm, { firing: isFiring, time });
      assert.equal(t.kind === "ignore" ? `ignore:${t.reason}` : t.kind, expected);
    });
  }
});

describe("parseAlarmIds", () => {
  it("splits on commas, trims, drops blanks and duplicates, keeps order", () => {
    assert.deepEqual(parseAlarmIds(" b, a,,b , c").ids, ["b", "a", "c"]);
  });
  it("needs at least one and at most 100 ids of at most 255 characters", () => {
    assert.equal(parseAlarmIds(" , ").problem, "must name at least one alarm id");
    const many = Array.from({ length: 101 }, (_, i) => `a${i}`).join(",");
    assert.equal(parseAlarmIds(many).problem, "must name at most 100 alarm ids");
    assert.equal(
      parseAlarmIds(`a,${"x".repeat(256)}`).problem,
      "each alarm id must be at most 255 characters",
    );
    assert.equal(parseAlarmIds(Array.from({ length: 100 }, (_, i) => `a${i}`).join(",")).problem, undefined);
  });
});
