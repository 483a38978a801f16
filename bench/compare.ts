import { exampleIncident } from "../testkit/example-incident.ts";
import { incidentNumberOf } from "./fixtures.ts";
import { type LoadSettings, type LoadTarget, type Measurement, measure, pathCycler, prime } from "./load.ts";
import { withForeignLoad } from "./machine.ts";
import type { Server } from "./processes.ts";
import { type Comparison, comparisonReport, type ScenarioReport } from "./report.ts";
import { type BenchContext, ownPids } from "./setup.ts";

const SAMPLE_SIZE = 100_000;
const DETAIL_PATH = "/v1/external/incident/";

/** One autocannon measurement against `servers` (several: connections spread over them). */
export async function measureOn(
  ctx: BenchContext,
  servers: Server[],
  operation: string,
  target: LoadTarget,
  settings: LoadSettings,
): Promise<Measurement> {
  ctx.log(`measuring ${operation} on ${servers.map((s) => s.name).join(" + ")} ...`);
  let otherLoadPercent = Number.NaN;
  const result = await measure(target, settings, async (run) => {
    const watched = await withForeignLoad(await ownPids(ctx, servers), run);
    otherLoadPercent = watched.foreignPercent;
    return watched.result;
  });
  return { ...result, otherLoadPercent };
}

/** Random existing incident numbers, the same sample (and order) for both servers. */
function sampleNumbers(count: number, now: number): string[] {
  return Array.from({ length: Math.min(count, SAMPLE_SIZE) }, () =>
    incidentNumberOf(1 + Math.floor(Math.random() * count), count, now),
  );
}

/** Fails fast if a detail request is not a 200, and shows the two bodies' sizes. */
async function checkDetail(ctx: BenchContext, name: string, url: string, headers: Record<string, string>) {
  const res = await fetch(url, { headers });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${name} detail answered ${res.status}: ${body.slice(0, 300)}`);
  ctx.log(`  ${name} detail body: ${Buffer.byteLength(body)} bytes`);
}

function referenceOf(ctx: BenchContext): Server {
  if (!ctx.reference) throw new Error("detail and create need the reference server");
  return ctx.reference;
}

async function compare(
  ctx: BenchContext,
  operation: string,
  goal: number,
  targets: { incidentd: LoadTarget; reference: LoadTarget },
): Promise<ScenarioReport> {
  const { nodes, options } = ctx;
  const reference = referenceOf(ctx);
  const rounds: Comparison["rounds"] = [];
  for (let round = 0; round < options.rounds; round++) {
    // The order alternates (incidentd first in even rounds), so neither server always runs first.
    const measureIncidentd = () => measureOn(ctx, nodes, operation, targets.incidentd, options);
    const measureReference = () => measureOn(ctx, [reference], operation, targets.reference, options);
    if (round % 2 === 0) {
      const incidentd = await measureIncidentd();
      rounds.push({ incidentd, reference: await measureReference() });
    } else {
      const first = await measureReference();
      rounds.push({ incidentd: await measureIncidentd(), reference: first });
    }
  }
  return comparisonReport({ operation, goal, rounds });
}

/** ShowCocIncidentDetail over a random sample of seeded incidents; goal 0.85x the reference (issue 2). */
export async function benchDetail(ctx: BenchContext): Promise<ScenarioReport> {
  const numbers = sampleNumbers(ctx.options.incidents, ctx.now);
  const auth = { "x-auth-token": ctx.token };
  const referenceUrl = referenceOf(ctx).baseUrl;
  for (const node of ctx.nodes)
    await checkDetail(ctx, node.name, `${node.baseUrl}${DETAIL_PATH}${numbers[0]}`, auth);
  await checkDetail(ctx, "reference", `${referenceUrl}/ref/incident/${numbers[0]}`, {});
  // Fresh targets walk the sample from its first incident, in the same order for both servers.
  const targets = () => ({
    incidentd: {
      urls: ctx.nodes.map((node) => node.baseUrl),
      method: "GET" as const,
      headers: auth,
      nextPath: pathCycler(DETAIL_PATH, numbers),
    },
    reference: {
      urls: [referenceUrl],
      method: "GET" as const,
      headers: {},
      nextPath: pathCycler("/ref/incident/", numbers),
    },
  });
  // Before the rounds, each server reads the whole sample twice, alternating as the rounds do. The benchmark
  // machine pages out file pages unused for a minute, so otherwise the early rounds measure disk reads
  // (seen: 10-18% I/O wait) and the ratio follows whichever file's pages happen to be cached; after one
  // pass, I/O wait still showed in the first rounds now and then (docs/benchmarks.md).
  ctx.log(`priming: each server answers all ${numbers.length} sampled incidents twice ...`);
  for (let pass = 0; pass < 2; pass++) {
    const { incidentd, reference } = targets();
    await prime(incidentd, ctx.options.connections, numbers.length);
    await prime(reference, ctx.options.connections, numbers.length);
  }
  return compare(ctx, "detail", 0.85, targets());
}

/**
 * CreateCocIncident with the documented example body; goal 0.80x the SQLite reference (issue 2), 0.50x
 * the PostgreSQL one, a bare single-row INSERT (issue 23).
 */
export async function benchCreate(ctx: BenchContext): Promise<ScenarioReport> {
  const body = JSON.stringify(exampleIncident());
  const json = { "content-type": "application/json" };
  return compare(ctx, "create", ctx.options.engine === "postgres" ? 0.5 : 0.8, {
    incidentd: {
      urls: ctx.nodes.map((node) => `${node.baseUrl}/v1/external/incident/create`),
      method: "POST",
      headers: { "x-auth-token": ctx.token, ...json },
      body,
    },
    reference: { urls: [`${referenceOf(ctx).baseUrl}/ref/create`], method: "POST", headers: json, body },
  });
}
