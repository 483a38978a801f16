import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { sqlCapabilitiesOf } from "../../src/db/sql-capabilities.ts";
import {
  INCIDENT_COUNTER,
  SEQUENCE_BLOCK_SIZE,
  SequenceSource,
} from "../../src/incidents/sequence-source.ts";
import { createHarness, createIncidentVia, type Harness } from "../../testkit/harness.ts";
import { createTestSchema, POSTGRES_ONLY } from "../../testkit/test-database.ts";

async function counterValue(h: Harness): Promise<number> {
  const row = await h.deps.db
    .selectFrom("counters")
    .select("value")
    .where("name", "=", INCIDENT_COUNTER)
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

describe("the sequence behind incident numbers", () => {
  let h: Harness;
  before(async () => {
    h = await createHarness();
  });
  after(() => h.close());

  it("takes one number per create on SQLite, and a block per node on PostgreSQL", async () => {
    const start = await counterValue(h);
    const numbers = [];
    for (let i = 0; i < 5; i++) numbers.push(await createIncidentVia(h));
    assert.equal(new Set(numbers).size, 5);
    const taken = (await counterValue(h)) - start;
    if (sqlCapabilitiesOf(h.deps.db).numbersInBlocks) assert.equal(taken, SEQUENCE_BLOCK_SIZE);
    else assert.equal(taken, 5, "SQLite: gapless, inside each create's transaction");
  });

  it("creates on PostgreSQL do not wait for the counter row's lock", POSTGRES_ONLY, async () => {
    await createIncidentVia(h); // the node holds a block now
    const outcome = await h.deps.db.transaction().execute(async (trx) => {
      // Another transaction holds the counter row (as a create used to until it committed).
      await sql`SELECT value FROM counters WHERE name = ${INCIDENT_COUNTER} FOR UPDATE`.execute(trx);
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve("waited"), 3000));
      return Promise.race([createIncidentVia(h).then(() => "created"), timeout]);
    });
    assert.equal(outcome, "created");
  });

  it("never hands out a number twice across nodes sharing a PostgreSQL database", POSTGRES_ONLY, async () => {
    const schema = await createTestSchema();
    const [a, b] = [1, 2].map(() => openDatabase({ engine: "postgres", url: schema.url, poolSize: 3 }));
    try {
      await migrateToLatest(a as NonNullable<typeof a>);
      const sources = [a, b].map(
        (db) => new SequenceSource(db as NonNullable<typeof db>, INCIDENT_COUNTER, 7),
      );
      const tickets = await Promise.all(
        Array.from({ length: 120 }, (_, i) => (sources[i % 2] as SequenceSource).reserve()),
      );
      const numbers = await Promise.all(tickets.map((t) => t.take(a as NonNullable<typeof a>)));
      assert.equal(new Set(numbers).size, 120, "every number is distinct");
      const row = await (a as NonNullable<typeof a>)
        .selectFrom("counters")
        .select("value")
        .where("name", "=", INCIDENT_COUNTER)
        .executeTakeFirstOrThrow();
      assert.ok(Math.max(...numbers) <= Number(row.value), "no number beyond the counter");
      assert.equal(Number(row.value), 2 * 7 * Math.ceil(60 / 7), "each node took whole blocks of 7");
    } finally {
      await a?.destroy();
      await b?.destroy();
      await schema.drop();
    }
  });
});
