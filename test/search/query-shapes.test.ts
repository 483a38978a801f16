import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { setImmediate } from "node:timers/promises";
import { cachedStatementsOf } from "../../src/db/sqlite-statements.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

/**
 * `in` lists of every length used to make a new SQL text each: the statement cache kept the first 1,000
 * for ever, at up to a few hundred KB each (RSS from 350 MB to 2.6 GB). A list is now one parameter.
 */
describe("list query shapes", () => {
  const h = useHarness();
  before(async () => {
    await createIncidentVia(h);
  });

  const values = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`);

  it("stay few whatever the in lists' lengths, and memory stays flat", async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    assert.ok(gc, "run with --expose-gc (npm test does)");
    const adapter = h.deps.db.getExecutor().adapter;
    const request = (i: number) =>
      h.request({
        method: "POST",
        url: "/v2/incidents/list",
        token: h.tokens.reader,
        payload: {
          string_filters: [
            { field: "title", operator: "in", values: values(1 + ((i * 7) % 1000), "t") },
            { field: "creator", operator: "in", values: values(1 + ((i * 13) % 1000), "c") },
            { field: "level_id", operator: "in", values: values(1 + (i % 1000), "l") },
          ],
        },
      });
    assert.equal((await request(0)).statusCode, 200);
    gc();
    await setImmediate();
    const rssBefore = process.memoryUsage().rss;
    const statementsBefore = cachedStatementsOf(adapter);
    for (let i = 1; i <= 1000; i++) {
      const res = await request(i);
      assert.equal(res.statusCode, 200, res.body);
    }
    gc();
    await setImmediate();
    const growthMb = (process.memoryUsage().rss - rssBefore) / 1e6;
    assert.ok(growthMb <= 100, `RSS grew ${growthMb.toFixed(0)} MB over 1,000 shapes of in lists`);
    // SQLite: the same statements serve every length (PostgreSQL keeps no statement per text here).
    if (statementsBefore !== undefined)
      assert.equal(cachedStatementsOf(adapter), statementsBefore, "new statements were cached");
  });
});
