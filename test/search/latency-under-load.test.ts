import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { before, describe, it } from "node:test";
import { backfillIncidentTotals } from "../../src/db/migrations/20261130053000_list_counts.ts";
import type { IncidentTable } from "../../src/incidents/incident.table.ts";
import { formatIncidentNumber, type NumberSuffixes } from "../../src/incidents/incident-number.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

const INCIDENTS = 3000;
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

interface Answer {
  status: number;
  retryAfter: string | undefined;
  ms: number;
}

function send(
  agent: http.Agent,
  port: number,
  options: { method: string; path: string; token?: string; body?: string },
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (options.token) headers["x-auth-token"] = options.token;
    if (options.body) headers["content-type"] = "application/json";
    const req = http.request(
      { host: "127.0.0.1", port, agent, method: options.method, path: options.path, headers },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers["retry-after"] as string | undefined,
            ms: performance.now() - started,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

const p99 = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] as number;
};

/**
 * One reader firing the most expensive accepted list request 50 at a time must not stall anyone else.
 * Real HTTP against a listening server: queueing in the event loop is what is measured.
 */
describe("latency under a reader's worst-case list requests", () => {
  let port: number;
  let otherIncident: string;
  const h = useHarness();
  before(async () => {
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

  it("answers the reader's requests beyond its concurrency limit 429 with Retry-After, serving others meanwhile", async () => {
    const body = JSON.stringify(worstCaseList());
    const attackAgent = new http.Agent({ keepAlive: true, maxSockets: ATTACKERS });
    const sampleAgent = new http.Agent({ keepAlive: true, maxSockets: 2 });
    const first = await send(attackAgent, port, {
      method: "POST",
      path: "/v2/incidents/list",
      token: h.tokens.reader,
      body,
    });
    assert.equal(first.status, 200, "the worst case must be accepted");
    console.log(`one worst-case list alone: ${first.ms.toFixed(1)} ms`);

    let running = true;
    const statuses = new Map<number, number>();
    const retryAfters = new Set<string | undefined>();
    const attackers = Array.from({ length: ATTACKERS }, async () => {
      while (running) {
        const answer = await send(attackAgent, port, {
          method: "POST",
          path: "/v2/incidents/list",
          token: h.tokens.reader,
          body,
        });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 429) retryAfters.add(answer.retryAfter);
      }
    });

    const health: number[] = [];
    const detail: number[] = [];
    try {
      for (let i = 0; i < SAMPLES; i++) {
        const [healthAnswer, detailAnswer] = await Promise.all([
          send(sampleAgent, port, { method: "GET", path: "/healthz" }),
          send(sampleAgent, port, {
            method: "GET",
            path: `/v1/external/incident/${otherIncident}`,
            token: h.otherProjectToken,
          }),
        ]);
        assert.equal(healthAnswer.status, 200);
        assert.equal(detailAnswer.status, 200);
        health.push(healthAnswer.ms);
        detail.push(detailAnswer.ms);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    } finally {
      running = false;
      await Promise.all(attackers);
      attackAgent.destroy();
      sampleAgent.destroy();
    }

    const summary = `healthz p99 ${p99(health).toFixed(1)} ms, detail p99 ${p99(detail).toFixed(1)} ms, attack answers ${JSON.stringify([...statuses])}`;
    console.log(summary);
    assert.ok((statuses.get(200) ?? 0) > 0, `the reader's requests were all refused: ${summary}`);
    assert.ok(
      (statuses.get(429) ?? 0) > 0,
      `no request beyond the concurrency limit was refused: ${summary}`,
    );
    assert.deepEqual([...retryAfters], ["1"]);
    // The latency goal (healthz p99 ≤ 100 ms, detail p99 ≤ 50 ms) is printed, not asserted: one accepted
    // query over 3,000 incidents runs ~65 ms on the main thread, and on a shared 2-core machine the figures
    // measure the neighbours as much as incidentd (docs/search.md, "Limits"). Reads on a worker thread
    // are what would make it assertable.
  });
});
