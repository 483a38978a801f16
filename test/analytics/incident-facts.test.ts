import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as factsMigration from "../../src/db/migrations/20261207160000_incident_facts.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { act, actOk, solution } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("incident_facts: kept in each change's transaction", () => {
  const h = useHarness();
  const factsOf = (num: string) =>
    h.deps.db
      .selectFrom("incident_facts")
      .selectAll()
      .where("incident_num", "=", num)
      .executeTakeFirstOrThrow();

  it("rolls back with the change it belongs to", async () => {
    const num = await createIncidentVia(h);
    const unsubscribe = h.deps.incidentEvents.subscribe(() => {
      throw new Error("a later subscriber fails");
    }, ["accepted"]);
    try {
      const res = await act(h, num, "accepted");
      assert.equal(res.statusCode, 500, res.body);
    } finally {
      unsubscribe();
    }
    assert.equal((await factsOf(num)).first_accepted_at, null);
    h.clock.advance(1000);
    await actOk(h, num, "accepted");
    assert.equal(Number((await factsOf(num)).first_accepted_at), h.clock.now());
  });

  it("follows level and assignee changes; concurrent changes agree with the backfill from the histories", async () => {
    const nums = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createIncidentVia(h, exampleIncident({ incident_level: i % 2 ? "level_30" : "level_40" })),
      ),
    );
    h.clock.advance(60_000);
    await Promise.all(nums.map((num) => actOk(h, num, "accepted")));
    h.clock.advance(60_000);
    await Promise.all(
      nums.slice(0, 6).map(async (num, i) => {
        await actOk(h, num, "changeLevel", { virtual_target_level: i % 2 ? "level_20" : "level_10" });
        await actOk(h, num, "acceptedForward", { virtual_send_assignee: `next-${i}` });
        await actOk(h, num, "commitSolution", solution);
      }),
    );
    const first = await factsOf(nums[0] as string);
    assert.equal(first.level, "level_10");
    assert.equal(first.assignee, "next-0");
    assert.equal(Number(first.resolved_at), h.clock.now());
    const read = () => h.deps.db.selectFrom("incident_facts").selectAll().orderBy("incident_num").execute();
    const kept = await read();
    await factsMigration.down(h.deps.db);
    await factsMigration.up(h.deps.db);
    assert.deepEqual(await read(), kept);
  });
});
