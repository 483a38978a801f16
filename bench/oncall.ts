import type { Deps } from "../src/deps.ts";
import { putScene } from "../src/oncall/oncall.service.ts";
import { exampleIncident } from "../testkit/example-incident.ts";
import { measureOn } from "./compare.ts";
import { PROJECT_ID, userId } from "./fixtures.ts";
import { latencyGoal, type ScenarioReport } from "./report.ts";
import type { BenchContext } from "./setup.ts";

/*
 * On-call (docs/oncall.md): the cost of resolving COC's scene + role on CreateCocIncident (goal: at most
 * 10 % more latency than a create naming its assignee, p50, same server, alternating rounds), and a
 * month's timeline of a role with 20 participants and 50 overrides (goal: p99 <= 20 ms).
 */

export const BENCH_SCENE = "bench-oncall";
const DAY = 86_400_000;

/** The scene the scenario reads: 12-hour shifts among 20 people, 50 overrides over the next month. */
export async function seedOnCallScene(deps: Deps, now: number): Promise<void> {
  const start = new Date(now - 30 * DAY).toISOString().slice(0, 10);
  const overrides = Array.from({ length: 50 }, (_, i) => ({
    role_id: "primary",
    user_id: userId(20 + (i % 10)),
    start: new Date(now + i * 13 * 3_600_000).toISOString(),
    end: new Date(now + i * 13 * 3_600_000 + 5 * 3_600_000).toISOString(),
  }));
  const caller = {
    kind: "token" as const,
    id: "bench-seed",
    projectId: PROJECT_ID,
    role: "admin" as const,
    principal: "bench",
    actAsOthers: false,
  };
  await putScene(deps, caller, BENCH_SCENE, {
    name: "Benchmark on-call",
    roles: [
      {
        role_id: "primary",
        name: "Primary",
        rotations: [
          {
            participants: Array.from({ length: 20 }, (_, i) => userId(i)),
            shift: "PT12H",
            handoff: "09:00",
            time_zone: "Asia/Shanghai",
            start,
          },
        ],
      },
    ],
    overrides,
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchOnCall(ctx: BenchContext): Promise<ScenarioReport> {
  const json = { "content-type": "application/json", "x-auth-token": ctx.token };
  const urls = ctx.nodes.map((node) => `${node.baseUrl}/v1/external/incident/create`);
  const named = JSON.stringify(exampleIncident());
  const onCall = JSON.stringify(
    exampleIncident({ incident_assignee: [], assignee_scene: BENCH_SCENE, assignee_role: "primary" }),
  );
  const rows: ScenarioReport["rows"] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ctx.options.rounds; round++) {
    const plain = () =>
      measureOn(
        ctx,
        ctx.nodes,
        "create (assignee)",
        { urls, method: "POST", headers: json, body: named },
        ctx.options,
      );
    const resolved = () =>
      measureOn(
        ctx,
        ctx.nodes,
        "create (on-call)",
        { urls, method: "POST", headers: json, body: onCall },
        ctx.options,
      );
    const [a, b] = round % 2 === 0 ? [await plain(), await resolved()] : [undefined, await resolved()];
    const first = a ?? (await plain());
    rows.push({ operation: "create (assignee)", server: "incidentd", measurement: first });
    rows.push({ operation: "create (on-call)", server: "incidentd", measurement: b });
    ratios.push(b.p50Ms / first.p50Ms);
  }
  const from = new Date(ctx.now).toISOString();
  const to = new Date(ctx.now + 30 * DAY).toISOString();
  const timelineUrl = `${ctx.nodes[0]?.baseUrl}/incidentd/v1/oncall/scenes/${BENCH_SCENE}/timeline?from=${from}&to=${to}`;
  const timeline = await measureOn(
    ctx,
    ctx.nodes.slice(0, 1),
    "oncall timeline (month)",
    { urls: [timelineUrl], method: "GET", headers: { "x-auth-token": ctx.token } },
    { ...ctx.options, connections: 1 },
  );
  rows.push({ operation: "oncall timeline (month)", server: "incidentd", measurement: timeline });
  const ratio = median(ratios);
  return {
    rows,
    notes: [
      `create: on-call resolution adds ${((ratio - 1) * 100).toFixed(1)} % to p50 latency ` +
        `[rounds: ${ratios.map((r) => r.toFixed(2)).join(", ")}] (goal <= 10 %: ${ratio <= 1.1 ? "met" : "MISSED"})`,
      latencyGoal("oncall timeline (month, 20 people, 50 overrides)", timeline, 20),
    ],
    failures: rows.reduce((n, r) => n + r.measurement.errors + r.measurement.non2xx, 0),
  };
}
