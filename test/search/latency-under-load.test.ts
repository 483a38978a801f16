import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { setPriority } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { backfillIncidentTotals } from "../../src/db/migrations/20261130053000_list_counts.ts";
import type { IncidentTable } from "../../src/incidents/incident.table.ts";
import { formatIncidentNumber, type NumberSuffixes } from "../../src/incidents/incident-number.ts";
import { createHarness, createIncidentVia, type Harness } from "../../testkit/harness.ts";
import { ENGINE } from "../../testkit/test-database.ts";
import { createFileHarness } from "./file-harness.ts";
import type { AttackFigures, LoadSettings, SampleFigures } from "./load-client.ts";

const INCIDENTS = Number(process.env.LATENCY_INCIDENTS ?? 3000);
const ATTACKERS = 50;
const SAMPLES = 200;

/**
 * The most expensive list request the limits accept: 100 condition references no simplification removes
 * (over LIKE filters on a nullable column), the total and two counts — each query evaluating them all on
 * every incident of the project.
 */
function worstCaseList() {
  const names = "abcdefghijklmnopqrst".split("");
  const string_filters = names.map((name) => ({
    name,
    field: "description",
    operator: "like",
    values: [`zz${name}`],
  }));
  const pairs: string[] = [];
  for (const x of names) for (const y of names) if (x < y && pairs.length < 50) pairs.push(`(${x} & ${y})`);
  return {
    string_filters,
    condition: pairs.join(" | "),
    per_page: 100,
    count_filters: [
      { name: "c1", filters: [{ field: "creator", operator: "=", values: ["creator-1"] }] },
      { name: "c2", filters: [{ field: "creator", operator: "=", values: ["creator-2"] }] },
    ],
  };
}

function seedRows(projectId: string, suffixes: NumberSuffixes): IncidentTable[] {
  const base = Date.UTC(2025, 0, 1);
  return Array.from({ length: INCIDENTS }, (_, i) => {
    const time = base + i * 1000;
    return {
      incident_num: formatIncidentNumber(time, i + 1, suffixes),
      project_id: projectId,
      version: 1,
      region: null,
      enterprise_project: "0",
      current_cloud_service: null,
      incident_level: `level_${(i % 5) + 1}0`,
      is_service_interrupt: i % 2,
      start_time: null,
      fault_recovery_time: null,
      fault_delineation_time: null,
      incident_ownership: null,
      incident_type: "inc_type_p_config_issues",
      incident_title: `row ${i}`,
      incident_description: `a description of incident ${i}, long enough to make LIKE read it`,
      incident_source: "incident_source_manual",
      incident_assignee: `owner-${i % 13}`,
      assignee_scene: null,
      assignee_role: null,
      warroom_id: null,
      handle_time: null,
      status: "INCIDENT_STATUS_TRIGGERED",
      creator: `creator-${i % 11}`,
      create_time: time,
      update_time: time,
      node: "unaccepted",
      pending: null,
      last_operator: null,
    };
  });
}

const p99 = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] as number;
};

const CLIENT = fileURLToPath(new URL("./load-client.ts", import.meta.url));

function client(settings: LoadSettings) {
  return spawn(process.execPath, ["--import", "tsx", CLIENT, JSON.stringify(settings)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
}

/** A client's output: `ready` once it printed "ready", `figures` (its last line) once it ended. */
function outputOf<T>(child: ReturnType<typeof client>) {
  let output = "";
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (output.startsWith("ready\n")) markReady();
  });
  const figures = once(child, "exit").then(([code]) => {
    assert.equal(code, 0, `a load client failed: ${output}`);
    return JSON.parse(output.trim().split("\n").at(-1) as string) as T;
  });
  return { ready: Promise.race([ready, figures]), figures };
}

/**
 * The attackers and the samples, each in a process of their own (load-client.ts): the samples start once
 * the attackers' first list was answered, and the attack stops when the samples are taken.
 */
async function underLoad(settings: Omit<LoadSettings, "role">) {
  const attackers = client({ ...settings, role: "attack" });
  // The attacker's CPU is not the server's in a deployment; here they share two cores. At the lowest
  // priority the attacking process uses what the server and the samples leave, as a remote client would.
  if (attackers.pid !== undefined) setPriority(attackers.pid, 19);
  const attack = outputOf<AttackFigures>(attackers);
  let samples: SampleFigures;
  try {
    await attack.ready;
    samples = await outputOf<SampleFigures>(client({ ...settings, role: "sample" })).figures;
  } finally {
    attackers.stdin.end();
  }
  return { samples, attack: await attack.figures };
}

/**
 * One reader firing the most expensive accepted list request 50 at a time must not stall anyone else.
 * Real HTTP against a listening server: queueing in the event loop is what is measured. On SQLite it is
 * measured twice over a database file: with the searches on a reader worker thread (the default) and
 * with them on the main thread (INCIDENTD_SQLITE_READ_WORKERS=0, what an in-memory database does).
 */
const MODES: Array<{ name: string; open: () => Promise<Harness> }> =
  ENGINE === "postgres"
    ? [{ name: "PostgreSQL", open: () => createHarness() }]
    : [
        { name: "SQLite, searches on a reader worker", open: () => createFileHarness(1) },
        { name: "SQLite, searches on the main thread", open: () => createFileHarness(0) },
      ];

for (const mode of MODES)
  describe(`latency under a reader's worst-case list requests (${mode.name})`, () => {
    let h: Harness;
    let port: number;
    let otherIncident: string;
    before(async () => {
      h = await mode.open();
      const rows = seedRows(h.projectId, h.deps.numberSuffixes);
      for (let start = 0; start < rows.length; start += 500)
        await h.deps.db
          .insertInto("incidents")
          .values(rows.slice(start, start + 500))
          .execute();
      await backfillIncidentTotals(h.deps.db);
      otherIncident = await createIncidentVia(h, undefined, h.otherProjectToken);
      await h.app.listen({ port: 0, host: "127.0.0.1" });
      port = (h.app.server.address() as AddressInfo).port;
    });
    after(() => h.close());

    it("answers the reader's requests beyond its concurrency limit 429 with Retry-After, serving others meanwhile", async () => {
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const { samples, attack } = await underLoad({
        port,
        attackers: ATTACKERS,
        samples: SAMPLES,
        readerToken: h.tokens.reader,
        otherToken: h.otherProjectToken,
        otherIncident,
        body: JSON.stringify(worstCaseList()),
      }).finally(() => loop.disable());
      assert.equal(attack.aloneStatus, 200, "the worst case must be accepted");
      assert.ok(samples.statuses.every((status) => status === 200));
      const statuses = new Map(attack.statuses);
      const summary =
        `${mode.name}: one worst-case list alone ${attack.aloneMs.toFixed(1)} ms; under attack healthz p99 ` +
        `${p99(samples.health).toFixed(1)} ms, detail p99 ${p99(samples.detail).toFixed(1)} ms, the ` +
        `server's event-loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, attack answers ` +
        JSON.stringify(attack.statuses);
      console.log(summary);
      assert.ok((statuses.get(200) ?? 0) > 0, `the reader's requests were all refused: ${summary}`);
      assert.ok(
        (statuses.get(429) ?? 0) > 0,
        `no request beyond the concurrency limit was refused: ${summary}`,
      );
      assert.deepEqual(attack.retryAfters, ["1"]);
      // The latency goal (healthz p99 ≤ 100 ms, detail p99 ≤ 50 ms) is printed, not asserted: on a shared
      // 2-core machine the figures measure the neighbours as much as incidentd (docs/search.md, "Where searches run").
    });
  });
