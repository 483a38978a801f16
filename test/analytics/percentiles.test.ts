import assert from "node:assert/strict";
import { describe, it } from "node:test";
import SqliteDatabase from "better-sqlite3";
import { figuresOfList, meanOf, numbersOf } from "../../src/analytics/percentiles.ts";

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function randomOf(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("analytics percentiles: the engines' figures from a number list", () => {
  // SQLite's own aggregates are the reference: the API answered them before the lists.
  const sqlite = new SqliteDatabase(":memory:");
  const engine = sqlite.prepare(
    "SELECT count(value) AS n, avg(value) AS mean, percentile(value, 50) AS p50, percentile(value, 90) AS p90 FROM json_each(?)",
  );
  const listOf = (values: readonly number[]) => (values.length === 0 ? null : values.join(","));

  it("reads the database's comma-separated integers, negative ones too, and null as no number", () => {
    assert.deepEqual(numbersOf("3,-20,0,1800000"), [3, -20, 0, 1_800_000]);
    assert.deepEqual(numbersOf(null), []);
    assert.throws(() => numbersOf("1,x"));
  });

  it("gives the documented example's p50 and p90 (rank 1.8 interpolated)", () => {
    const min = 60_000;
    assert.deepEqual(figuresOfList([50 * min, 10 * min, 20 * min].join(",")), {
      count: 3,
      mean: 1_600_000,
      p50: 1_200_000,
      p90: 2_640_000,
    });
    assert.deepEqual(figuresOfList("420000"), { count: 1, mean: 420_000, p50: 420_000, p90: 420_000 });
    assert.deepEqual(figuresOfList(null), { count: 0, mean: null, p50: null, p90: null });
  });

  it("answers the same bits as SQLite's avg and percentile for lists of every length, with ties", () => {
    const random = randomOf(7);
    for (let n = 1; n <= 400; n += n < 40 ? 1 : 37) {
      for (const spread of [5, 14_400_000]) {
        const values = Array.from(
          { length: n },
          () => Math.floor(random() * spread) - (spread > 5 ? 60_000 : 0),
        );
        const expected = engine.get(JSON.stringify(values)) as {
          n: number;
          mean: number;
          p50: number;
          p90: number;
        };
        assert.deepEqual(
          figuresOfList(listOf(values)),
          { count: expected.n, mean: expected.mean, p50: expected.p50, p90: expected.p90 },
          `n=${n} spread=${spread}`,
        );
      }
    }
  });

  it("agrees with SQLite on hundreds of shuffled lists of up to 3,000 durations", () => {
    const random = randomOf(11);
    for (let trial = 0; trial < 300; trial++) {
      const n = 17 + Math.floor(random() * 3000);
      const distinct = 1 + Math.floor(random() * 2 * n);
      const values = Array.from({ length: n }, () => Math.floor(random() * distinct) * 1000);
      const expected = engine.get(JSON.stringify(values)) as { mean: number; p50: number; p90: number };
      const got = figuresOfList(listOf(values));
      assert.deepEqual(
        [got.mean, got.p50, got.p90],
        [expected.mean, expected.p50, expected.p90],
        `trial ${trial}`,
      );
    }
  });

  it("selects correctly in sorted, reversed and constant lists of thousands", () => {
    const ascending = Array.from({ length: 5001 }, (_, i) => i * 1000);
    for (const values of [ascending, [...ascending].reverse(), Array(3000).fill(42_000)]) {
      const expected = engine.get(JSON.stringify(values)) as { mean: number; p50: number; p90: number };
      const got = figuresOfList(listOf(values));
      assert.deepEqual([got.mean, got.p50, got.p90], [expected.mean, expected.p50, expected.p90]);
    }
  });

  it("keeps the mean exact when the sum passes 2^53, as SQLite's integer sum does", () => {
    const values = [
      900_719_925_474_099, 3, 900_719_925_474_097, 7, 900_719_925_474_093, 1, 900_719_925_474_091,
    ];
    const big = [...values, ...values, ...values, ...values, ...values, ...values];
    const expected = engine.get(JSON.stringify(big)) as { mean: number };
    assert.equal(meanOf(big), expected.mean);
    // A sum in doubles would have rounded on the way (the case this guards).
    assert.notEqual(big.reduce((a, b) => a + b, 0) / big.length, expected.mean);
    assert.equal(
      meanOf([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 1]),
      Number(2n * BigInt(Number.MAX_SAFE_INTEGER) + 1n) / 3,
    );
  });
});
