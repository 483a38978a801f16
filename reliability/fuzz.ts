/**
 * `npm run fuzz`: the fuzzing of test/fuzz/every-route.test.ts (its engine is testkit/fuzz) with many more
 * cases (FUZZ_RUNS or --runs, default 10,000 per route) and a random seed (FUZZ_SEED or --seed to replay
 * one). Unlike the CI test it does not stop at the first violation: it records one example of each kind of
 * problem per route and prints them all with a summary (routes, cases, statuses, time, heap). Exits 1 when
 * anything was violated. Each route's violations are also printed as soon as the route is done.
 */
import { parseArgs } from "node:util";
import { fuzzRoute, heapUsed, newStats, routeName } from "../testkit/fuzz/run-route.ts";
import { createWorld } from "../testkit/fuzz/world.ts";
import { parseScrape, unboundedHttpLabels } from "../testkit/metrics-scrape.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string" },
    seed: { type: "string" },
    route: { type: "string" },
    shard: { type: "string" },
  },
});
const runs = Number(values.runs ?? process.env.FUZZ_RUNS ?? 10_000);
const seed = Number(values.seed ?? process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

const world = await createWorld();
// `--shard i/n`: every n-th route from the i-th (0-based), so n processes share one full run.
const [shardIndex, shardCount] = (values.shard ?? "0/1").split("/").map(Number) as [number, number];
if (!(shardCount >= 1 && shardIndex >= 0 && shardIndex < shardCount)) {
  throw new Error(`--shard must be i/n with 0 <= i < n, got ${values.shard}`);
}
const routes = world.routes
  .filter((r) => !values.route || routeName(r).includes(values.route))
  .filter((_, i) => i % shardCount === shardIndex);
const stats = newStats();
const started = Date.now();
const heapStart = heapUsed();
const rssStart = process.memoryUsage().rss;
console.log(
  `fuzzing ${routes.length} routes, ${runs} cases each, seed ${seed}, engine ${process.env.DATABASE_URL ? "postgres" : "sqlite"}` +
    `${globalThis.gc ? "" : " (no --expose-gc: heap figures include garbage)"}`,
);
const heapByRoute: number[] = [];
for (const route of routes) {
  const before = stats.cases;
  const violationsBefore = stats.violations.length;
  const t0 = Date.now();
  await fuzzRoute(world, route, stats, { runs, seed, mode: "collect" });
  heapByRoute.push(heapUsed());
  console.log(
    `  ${routeName(route).padEnd(58)} ${String(stats.cases - before).padStart(6)} cases ${String(Date.now() - t0).padStart(6)} ms  heap ${mib(heapByRoute.at(-1) ?? 0)}`,
  );
  // Printed as soon as a route is done, so a run that is stopped or dies still says what it found so far.
  for (const v of stats.violations.slice(violationsBefore))
    console.log(`    VIOLATION ${v.problem}\n      ${v.request}`);
}
const heapEnd = heapUsed();
const seconds = (Date.now() - started) / 1000;
// The metrics' labels stay bounded however hostile the paths were (docs/observability.md).
for (const problem of unboundedHttpLabels(
  parseScrape(await world.h.deps.metrics.render()),
  world.h.app.routeTable,
))
  stats.violations.push({ route: "GET /metrics", problem, request: "(after the run)" });
await world.h.close();

const histogram = [...stats.statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
console.log(
  `\nroutes ${routes.length}, cases ${stats.cases}, ${seconds.toFixed(0)} s (${Math.round(stats.cases / seconds)}/s)`,
);
console.log(`statuses ${histogram.join(", ")}`);
console.log(
  `heap ${mib(heapStart)} → ${mib(heapEnd)} (min ${mib(Math.min(...heapByRoute))}, max ${mib(Math.max(...heapByRoute))}); ` +
    `rss ${mib(rssStart)} → ${mib(process.memoryUsage().rss)}`,
);
console.log(`seed ${seed} (replay: npm run fuzz -- --seed ${seed} --runs ${runs})`);
if (stats.violations.length === 0) {
  console.log("no violations");
} else {
  console.log(`\n${stats.violations.length} violations (one example per kind per route):`);
  for (const v of stats.violations) console.log(`- ${v.route}: ${v.problem}\n    ${v.request}`);
  process.exitCode = 1;
}
