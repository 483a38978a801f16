import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { fuzzRoute, heapUsed, newStats, routeName } from "../../testkit/fuzz/run-route.ts";
import { createWorld } from "../../testkit/fuzz/world.ts";
import { parseScrape, unboundedHttpLabels } from "../../testkit/metrics-scrape.ts";

/**
 * Property-based fuzzing of every route of the app's route table (a route added later is fuzzed without
 * touching this file): hostile path parameters, query strings, bodies, content types and credentials.
 * Invariants: never a 5xx, always the documented envelope, still healthy after each route.
 * A fixed seed keeps CI reproducible; fast-check prints the seed and the shrunk request on failure.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_318);

describe(`fuzzing every route (${RUNS} cases each, seed ${SEED})`, async () => {
  const world = await createWorld();
  const stats = newStats();
  const heapBefore = heapUsed();
  after(() => world.h.close());

  it("covers the COC, admin and alarm-intake routes", () => {
    const names = world.routes.map(routeName);
    for (const name of [
      "POST /v1/external/incident/create",
      "GET /v1/external/incident/:incident_num",
      "POST /incidentd/v1/tokens",
      "POST /v1/event/prometheus/:integration_key",
    ]) {
      assert.ok(names.includes(name), name);
    }
  });

  for (const route of world.routes) {
    it(`${routeName(route)} answers hostile input with the documented envelope and never a 5xx`, () =>
      fuzzRoute(world, route, stats, { runs: RUNS, seed: SEED, mode: "assert" }));
  }

  it("leaves the metrics' label sets bounded: route patterns only, never a raw path", async () => {
    const families = parseScrape(await world.h.deps.metrics.render());
    assert.deepEqual(unboundedHttpLabels(families, world.h.app.routeTable), []);
  });

  it("keeps its heap bounded over the run", { skip: !globalThis.gc && "run node with --expose-gc" }, () => {
    const growth = heapUsed() - heapBefore;
    // The seeded incidents, tokens and caches grow a little; a leak per request would be far larger.
    assert.ok(
      growth < 64 * 1024 * 1024,
      `heap grew by ${Math.round(growth / 1024 / 1024)} MiB over ${stats.cases} cases`,
    );
  });
});
