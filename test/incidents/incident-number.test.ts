import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createDeps } from "../../src/deps.ts";
import type { CreateIncidentBody } from "../../src/incidents/incident.schemas.ts";
import { createIncident } from "../../src/incidents/incident.service.ts";
import {
  createNumberSuffixes,
  formatIncidentNumber,
  INCIDENT_NUMBER_PATTERN,
} from "../../src/incidents/incident-number.ts";
import { toNewIncident } from "../../src/incidents/routes/new-incident.ts";
import { createProject } from "../../src/projects/project.service.ts";
import { startServer } from "../../src/server.ts";
import { exampleIncident, TEST_MASTER_KEY, TestClock, testConfig } from "../../testkit/harness.ts";
import { createTestSchema, ENGINE, openTestDatabase } from "../../testkit/test-database.ts";
import { useHarness } from "../helpers/use-harness.ts";

const caller = (projectId: string) => ({
  kind: "token" as const,
  id: "t",
  projectId,
  role: "writer" as const,
  principal: "p",
  actAsOthers: false,
});

const VECTOR = "IM202403181322033607904434";

const keyA = createNumberSuffixes(Buffer.alloc(32, 1));
const keyB = createNumberSuffixes(Buffer.alloc(32, 2));
const suffixes = (of: { of(n: number): string }, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => Number(of.of(from + i)));

describe("incident numbers", () => {
  it("are IM + the UTC time as yyyyMMddHHmmss + 10 digits, 26 characters", () => {
    const num = formatIncidentNumber(Date.UTC(2024, 2, 18, 13, 22, 3, 172), 1, keyA);
    assert.equal(num.length, 26);
    assert.match(num, /^IM20240318132203\d{10}$/);
    assert.match(num, INCIDENT_NUMBER_PATTERN);
  });

  it("map distinct sequence numbers to distinct suffixes (a bijection: samples across the space)", () => {
    for (const from of [0, 1, 4_999_900_000, 9_999_800_000]) {
      const seen = new Set(suffixes(keyA, from, 20_000));
      assert.equal(seen.size, 20_000, `from ${from}`);
      for (const value of seen) assert.ok(Number.isInteger(value) && value >= 0 && value < 1e10);
    }
    // Reduced modulo 10^10: the counter wraps onto the same permutation.
    assert.equal(keyA.of(10_000_000_001), keyA.of(1));
  });

  it("depend on the key: two installations number the same counter differently", () => {
    const a = suffixes(keyA, 1, 1000);
    const b = suffixes(keyB, 1, 1000);
    assert.ok(a.filter((value, i) => value === b[i]).length <= 1);
    assert.deepEqual(
      suffixes(createNumberSuffixes(Buffer.alloc(32, 1)), 1, 1000),
      a,
      "same key, same numbers",
    );
  });

  it("do not relate consecutive sequence numbers by a constant step (no affine map to invert)", () => {
    const values = suffixes(keyA, 1, 1001);
    const steps = new Set(values.slice(1).map((v, i) => (v - (values[i] as number) + 1e10) % 1e10));
    // seq·A + B (the scramble this replaces) has a single step; a keyed permutation has ~all distinct.
    assert.ok(steps.size >= 995, `${steps.size} distinct steps`);
    assert.ok(values.every((v, i) => i === 0 || Math.abs(v - (values[i - 1] as number)) !== 1));
    // Neither the counter nor its low digits show through.
    assert.ok(values.filter((v, i) => v % 1000 === (i + 1) % 1000).length <= 5);
  });

  it("are fixed for a fixed key and clock (this vector pins the permutation)", () => {
    assert.equal(
      formatIncidentNumber(Date.UTC(2024, 2, 18, 13, 22, 3), 1, createNumberSuffixes(TEST_MASTER_KEY)),
      VECTOR,
    );
  });

  it("need no set-up on a fresh SQLite installation: master.key is created on the first create", {
    skip:
      ENGINE === "postgres" ? "the SQLite key file; PostgreSQL nodes are given INCIDENTD_MASTER_KEY" : false,
  }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "incidentd-numbers-"));
    const { db, close } = await openTestDatabase();
    try {
      await migrateToLatest(db);
      const clock = new TestClock();
      const deps = createDeps(testConfig({ dataDir: dir }), db, clock);
      await createProject(deps, { id: "p" });
      const num = await createIncident(
        deps,
        caller("p"),
        toNewIncident(exampleIncident() as CreateIncidentBody),
      );
      const key = Buffer.from(readFileSync(path.join(dir, "master.key"), "utf8").trim(), "hex");
      const sequence = 1;
      assert.equal(num, formatIncidentNumber(clock.now(), sequence, createNumberSuffixes(key)));
    } finally {
      await close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("make a PostgreSQL node without INCIDENTD_MASTER_KEY refuse to start (not fail each create)", {
    skip: ENGINE === "postgres" ? false : "needs PostgreSQL: runs when DATABASE_URL is set",
  }, async () => {
    const schema = await createTestSchema();
    try {
      await assert.rejects(
        startServer(testConfig({ databaseUrl: schema.url, port: 0, host: "127.0.0.1" })),
        /set INCIDENTD_MASTER_KEY/,
      );
    } finally {
      await schema.drop();
    }
  });

  describe("under load", () => {
    const h = useHarness();

    it("are the harness key's permutation of the counter (tests with a fixed key and clock get fixed numbers)", async () => {
      const num = await createIncident(
        h.deps,
        caller(h.projectId),
        toNewIncident(exampleIncident() as CreateIncidentBody),
      );
      assert.equal(num, formatIncidentNumber(h.clock.now(), 1, createNumberSuffixes(TEST_MASTER_KEY)));
      await h.deps.db.deleteFrom("incident_histories").execute();
      await h.deps.db.deleteFrom("incidents").execute();
    });

    it("stay unique across 2,000 creates in the same millisecond", async () => {
      const body = toNewIncident(exampleIncident() as CreateIncidentBody);
      // 200 at a time: concurrent enough to race for the counter, bounded so a database pool is not swamped.
      const numbers: string[] = [];
      for (let batch = 0; batch < 10; batch++) {
        const created = Array.from({ length: 200 }, () => createIncident(h.deps, caller(h.projectId), body));
        numbers.push(...(await Promise.all(created)));
      }
      assert.equal(new Set(numbers).size, 2_000);
      for (const num of numbers) assert.match(num, /^IM20240318132203\d{10}$/);
      const stored = await h.deps.db
        .selectFrom("incidents")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      assert.equal(Number(stored.n), 2_000);
    });
  });
});
