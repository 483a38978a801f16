import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { listHistory } from "../../src/incidents/incident.repository.ts";
import { countIncidents } from "../../src/incidents/incident-counters.repository.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { ENGINE } from "../../testkit/test-database.ts";
import { useHarness } from "../helpers/use-harness.ts";

// docs/scaling.md, "What one request costs": on PostgreSQL each statement is a round trip, and round trips
// are what a create costs; its writes and the change-versions read go as one data-modifying WITH.
describe("create on PostgreSQL", { skip: ENGINE === "postgres" ? false : "needs PostgreSQL" }, () => {
  const h = useHarness();
  const sent: string[] = [];
  const original = pg.Client.prototype.query;
  before(() => {
    // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; all are forwarded as received.
    pg.Client.prototype.query = function (this: pg.Client, ...args: any[]): any {
      const [first] = args;
      sent.push(String(typeof first === "string" ? first : first?.text));
      // biome-ignore lint/suspicious/noExplicitAny: forwarded as received.
      return (original as any).apply(this, args);
    } as typeof pg.Client.prototype.query;
  });
  after(() => {
    pg.Client.prototype.query = original;
  });

  it("sends BEGIN, one statement with the incident's four writes, and COMMIT", async () => {
    await createIncidentVia(h); // fills the node's caches and takes a block of numbers
    const total = await countIncidents(h.deps.db, h.projectId);
    sent.length = 0;
    const incident = await createIncidentVia(h);
    const statements = sent.map((text) => text.replace(/^\/\*[^*]*\*\/\s*/, "").toLowerCase());
    assert.equal(statements.length, 3, statements.join("\n"));
    assert.match(statements[0] ?? "", /^begin/);
    assert.match(statements[2] ?? "", /^commit/);
    for (const table of ["incidents", "incident_histories", "incident_facts", "counters"])
      assert.ok(statements[1]?.includes(`insert into "${table}"`), `${table} in ${statements[1]}`);
    assert.equal(await countIncidents(h.deps.db, h.projectId), total + 1);
    assert.equal((await listHistory(h.deps.db, h.projectId, incident)).length, 1);
    const facts = await h.deps.db
      .selectFrom("incident_facts")
      .select("incident_num")
      .where("incident_num", "=", incident)
      .execute();
    assert.equal(facts.length, 1);
  });
});
