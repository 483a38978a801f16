import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { listHistory } from "../../src/incidents/incident.repository.ts";
import { countIncidents } from "../../src/incidents/incident-counters.repository.ts";
import { WEBHOOKS_VERSION_COUNTER } from "../../src/webhooks/webhook.repository.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { ENGINE } from "../../testkit/test-database.ts";
import { useHarness } from "../helpers/use-harness.ts";

// docs/scaling.md, "What one request costs": on PostgreSQL each statement is a round trip, and round trips
// are what a create costs; its writes and the change-versions read go as one data-modifying WITH, sent
// alone (autocommit) when nothing else writes, else between BEGIN and COMMIT.
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

  const statementsSent = () => sent.map((text) => text.replace(/^\/\*[^*]*\*\/\s*/, "").toLowerCase());
  const assertFourWrites = (statement: string | undefined) => {
    for (const table of ["incidents", "incident_histories", "incident_facts", "counters"])
      assert.ok(statement?.includes(`insert into "${table}"`), `${table} in ${statement}`);
  };
  const assertCreatedOnce = async (incident: string, total: number) => {
    assert.equal(await countIncidents(h.deps.db, h.projectId), total + 1);
    assert.equal((await listHistory(h.deps.db, h.projectId, incident)).length, 1);
    const facts = await h.deps.db
      .selectFrom("incident_facts")
      .select("incident_num")
      .where("incident_num", "=", incident)
      .execute();
    assert.equal(facts.length, 1);
  };

  it("sends one statement with the incident's four writes, no BEGIN nor COMMIT, when nothing else writes", async () => {
    await createIncidentVia(h); // fills the node's caches, learns the change versions, takes a block of numbers
    const total = await countIncidents(h.deps.db, h.projectId);
    sent.length = 0;
    const incident = await createIncidentVia(h);
    const statements = statementsSent();
    assert.equal(statements.length, 1, statements.join("\n"));
    assertFourWrites(statements[0]);
    await assertCreatedOnce(incident, total);
  });

  it("writes nothing in that statement once a change version moved, and creates in BEGIN, WITH, COMMIT", async () => {
    await createIncidentVia(h);
    // Another node's subscription change: this node's caches may be stale, so its subscribers must look.
    await h.deps.db
      .updateTable("counters")
      .set((eb) => ({ value: eb("value", "+", 1) }))
      .where("name", "=", WEBHOOKS_VERSION_COUNTER)
      .execute();
    const total = await countIncidents(h.deps.db, h.projectId);
    sent.length = 0;
    const incident = await createIncidentVia(h);
    const statements = statementsSent();
    // The one statement (it writes nothing), then the transaction, in which the subscribers read again.
    assertFourWrites(statements[0]);
    assert.match(statements[1] ?? "", /^begin/);
    assertFourWrites(statements[2]);
    assert.match(statements.at(-1) ?? "", /^commit/);
    await assertCreatedOnce(incident, total);
    sent.length = 0;
    await createIncidentVia(h); // the new versions are known again: one statement
    assert.equal(sent.length, 1);
  });

  it("creates in BEGIN, WITH, COMMIT when a subscriber writes in the transaction", async () => {
    await createIncidentVia(h);
    const off = h.deps.incidentEvents.subscribe(async ({ after }, tx) => {
      await tx.trx
        .selectFrom("incidents")
        .select("version")
        .where("incident_num", "=", after.number)
        .execute();
    });
    try {
      sent.length = 0;
      await createIncidentVia(h);
      const statements = statementsSent();
      assert.equal(statements.length, 4, statements.join("\n"));
      assert.match(statements[0] ?? "", /^begin/);
      assertFourWrites(statements[1]);
      assert.match(statements[3] ?? "", /^commit/);
    } finally {
      off();
    }
  });
});
