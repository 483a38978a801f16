import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import SqliteDatabase from "better-sqlite3";
import { countsRequest, pageRequest } from "../../console/src/incidents/list-query.ts";
import { createIncidentVia, exampleIncident, type Harness } from "../../testkit/harness.ts";
import { ENGINE } from "../../testkit/test-database.ts";
import { actOk } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createFileHarness, type FileHarness } from "./file-harness.ts";

/**
 * The console's list page and status counts are answered from the answer cache (http/answer-cache.ts)
 * while the database is unchanged — and read afresh after any commit, by this process or another one.
 */
const LIST = "/v2/incidents/list";
const COUNTS = "/incidentd/v1/incidents/status-counts";
/** Exactly what the console asks (its own functions build the bodies). */
const PAGE = pageRequest({ status: "all", page: 1, perPage: 100 });
const COUNTS_BODY = countsRequest({ status: "all", page: 1, perPage: 100 });

async function reuse(h: Harness, operation: string): Promise<{ hit: number; miss: number }> {
  const text = await h.deps.metrics.render();
  const of = (outcome: string) => {
    const line = text
      .split("\n")
      .find((l) =>
        l.startsWith(`incidentd_answer_cache_total{operation="${operation}",outcome="${outcome}"}`),
      );
    return line ? Number(line.split(" ").at(-1)) : 0;
  };
  return { hit: of("hit"), miss: of("miss") };
}

async function post(h: Harness, url: string, body: object, token = h.tokens.reader) {
  const res = await h.request({ method: "POST", url, payload: body, token });
  return {
    status: res.statusCode,
    body: res.body,
    data: res.statusCode === 200 ? res.json().data : undefined,
  };
}

const titles = (answer: { data: { tickets: Array<{ title: string }> } }) =>
  answer.data.tickets.map((t) => t.title);

describe("answer cache of the console's list reads", () => {
  const h = useHarness();
  const cached = ENGINE === "sqlite";
  before(async () => {
    await createIncidentVia(h, exampleIncident({ incident_title: "first" }));
  });

  it(`is ${cached ? "on (SQLite)" : "off (PostgreSQL: other nodes commit unseen)"}`, () => {
    assert.equal(h.deps.answerCache !== undefined, cached);
  });

  it("answers a repeated list from the cache, byte for byte, while nothing changed", async () => {
    const before = await reuse(h, "ListIncidents");
    const first = await post(h, LIST, PAGE);
    const second = await post(h, LIST, PAGE);
    assert.equal(second.body, first.body);
    const now = await reuse(h, "ListIncidents");
    assert.equal(now.hit - before.hit, cached ? 1 : 0);
    assert.equal(now.miss - before.miss, cached ? 1 : 0);
  });

  it("reads afresh after a create, a workflow action and a write outside the API", async () => {
    await post(h, LIST, PAGE);
    h.clock.advance(1000);
    const num = await createIncidentVia(h, exampleIncident({ incident_title: "second" }));
    assert.deepEqual(titles(await post(h, LIST, PAGE)), ["second", "first"]);
    const counts = async () => (await post(h, COUNTS, COUNTS_BODY)).data.statuses[0].count as number;
    assert.equal(await counts(), 2);
    await actOk(h, num, "accepted");
    assert.equal(await counts(), 1);
    await h.deps.db
      .updateTable("incidents")
      .set({ incident_title: "renamed" })
      .where("incident_num", "=", num)
      .execute();
    assert.deepEqual(titles(await post(h, LIST, PAGE)), ["renamed", "first"]);
  });

  it("never answers one project's list to another project", async () => {
    const mine = await post(h, LIST, PAGE);
    const theirs = await post(h, LIST, PAGE, h.otherProjectToken);
    assert.equal(theirs.status, 200);
    assert.deepEqual(theirs.data.tickets, []);
    assert.notEqual(titles(mine).length, 0);
  });

  it("keeps no error answer", async () => {
    const bad = { ...PAGE, fields: ["no_such_field"] }; // valid JSON schema, refused by the service
    const before = await reuse(h, "ListIncidents");
    for (let i = 0; i < 2; i++) assert.equal((await post(h, LIST, bad)).status, 400);
    const now = await reuse(h, "ListIncidents");
    assert.equal(now.hit - before.hit, 0);
  });
});

describe("answer cache on a SQLite file written by another process", () => {
  let h: FileHarness;
  before(async () => {
    h = await createFileHarness(1);
  });
  after(() => h.close());

  it("reads afresh after another connection's commit (a CLI command beside the server)", async () => {
    await createIncidentVia(h, exampleIncident({ incident_title: "before" }));
    assert.deepEqual(titles(await post(h, LIST, PAGE)), ["before"]);
    assert.deepEqual(titles(await post(h, LIST, PAGE)), ["before"]);
    assert.equal((await reuse(h, "ListIncidents")).hit, 1);
    const other = new SqliteDatabase(h.file);
    try {
      other.pragma("busy_timeout = 5000");
      other.prepare("UPDATE incidents SET incident_title = 'after'").run();
    } finally {
      other.close();
    }
    assert.deepEqual(titles(await post(h, LIST, PAGE)), ["after"]);
  });
});
