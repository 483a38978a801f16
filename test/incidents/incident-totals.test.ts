import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { backfillIncidentTotals as backfillTotals } from "../../src/db/migrations/20261130053000_list_counts.ts";
import { countIncidents } from "../../src/incidents/incident-counters.repository.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("per-project incident totals (the counter behind unfiltered list totals)", () => {
  const h = useHarness();

  const totals = async (token: string) => {
    const simple = await h.request({ method: "GET", url: "/v1/incident-tickets?limit=1", token });
    const v2 = await h.request({ method: "POST", url: "/v2/incidents/list", payload: {}, token });
    return [simple.json().data.total, v2.json().data.total];
  };

  it("starts at zero and counts every create of its own project only", async () => {
    assert.deepEqual(await totals(h.tokens.reader), [0, 0]);
    for (let i = 0; i < 3; i++) await createIncidentVia(h);
    await createIncidentVia(h, undefined, h.otherProjectToken);
    assert.deepEqual(await totals(h.tokens.reader), [3, 3]);
    assert.deepEqual(await totals(h.otherProjectToken), [1, 1]);
  });

  it("counts concurrent creates exactly", async () => {
    await Promise.all(Array.from({ length: 20 }, () => createIncidentVia(h)));
    const [total] = await totals(h.tokens.reader);
    const counted = await h.deps.db
      .selectFrom("incidents")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("project_id", "=", h.projectId)
      .executeTakeFirstOrThrow();
    assert.equal(total, 23);
    assert.equal(Number(counted.n), 23);
  });

  it("is rebuilt from the incidents by the migration that introduced it", async () => {
    await h.deps.db
      .deleteFrom("counters")
      .where("name", ">=", "incident_total:")
      .where("name", "<", "incident_total;")
      .execute();
    assert.equal(await countIncidents(h.deps.db, h.projectId), 0);
    await backfillTotals(h.deps.db);
    assert.equal(await countIncidents(h.deps.db, h.projectId), 23);
    assert.equal(await countIncidents(h.deps.db, "proj-other"), 1);
  });
});
