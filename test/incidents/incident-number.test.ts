import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { CreateIncidentBody } from "../../src/incidents/incident.schemas.ts";
import { createIncident } from "../../src/incidents/incident.service.ts";
import {
  formatIncidentNumber,
  INCIDENT_NUMBER_PATTERN,
  scrambleSequence,
} from "../../src/incidents/incident-number.ts";
import { createHarness, exampleIncident, type Harness } from "../helpers/harness.ts";

describe("incident numbers", () => {
  it("are IM + the UTC time as yyyyMMddHHmmss + 10 digits, 26 characters", () => {
    const num = formatIncidentNumber(Date.UTC(2024, 2, 18, 13, 22, 3, 172), 1);
    assert.equal(num.length, 26);
    assert.match(num, /^IM20240318132203\d{10}$/);
    assert.match(num, INCIDENT_NUMBER_PATTERN);
  });

  it("map distinct sequence numbers to distinct suffixes", () => {
    const seen = new Set<string>();
    for (let seq = 1; seq <= 200_000; seq++) seen.add(scrambleSequence(seq));
    assert.equal(seen.size, 200_000);
  });

  it("do not reveal the sequence as consecutive digits", () => {
    assert.notEqual(Number(scrambleSequence(2)) - Number(scrambleSequence(1)), 1);
  });

  describe("under load", () => {
    let h: Harness;
    before(async () => {
      h = await createHarness();
    });
    after(() => h.close());

    it("stay unique across 10,000 creates in the same millisecond", async () => {
      const caller = {
        kind: "token" as const,
        id: "t",
        projectId: h.projectId,
        role: "writer" as const,
        principal: "p",
        actAsOthers: false,
      };
      const body = exampleIncident() as CreateIncidentBody;
      // 200 at a time: concurrent enough to race for the counter, bounded so a database pool is not swamped.
      const numbers: string[] = [];
      for (let batch = 0; batch < 50; batch++) {
        const created = Array.from({ length: 200 }, () => createIncident(h.deps, caller, body));
        numbers.push(...(await Promise.all(created)));
      }
      assert.equal(new Set(numbers).size, 10_000);
      for (const num of numbers) assert.match(num, /^IM20240318132203\d{10}$/);
      const stored = await h.deps.db
        .selectFrom("incidents")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      assert.equal(Number(stored.n), 10_000);
    });
  });
});
