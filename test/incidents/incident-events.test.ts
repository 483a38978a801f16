import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { sql } from "kysely";
import type { CreateIncidentBody } from "../../src/incidents/incident.schemas.ts";
import { createIncident } from "../../src/incidents/incident.service.ts";
import type { PublishedChange } from "../../src/incidents/incident-events.ts";
import { toNewIncident } from "../../src/incidents/routes/new-incident.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { actOk } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

/*
 * The single writer publishes every change as a typed domain event to the bus's subscribers inside the
 * change's transaction: what a subscriber writes commits or rolls back with the change, and after-commit
 * work (the in-process counter) never runs for a rolled-back change.
 */

const caller = (projectId: string) => ({
  kind: "token" as const,
  id: "t-events",
  projectId,
  role: "writer" as const,
  principal: "u1",
  actAsOthers: false,
});

describe("incident domain events", () => {
  const seen: PublishedChange[] = [];
  let failOn: string | null = null;
  const h = useHarness();
  before(async () => {
    // An in-transaction subscriber, as the notification outbox will be: it writes a row per event.
    h.deps.incidentEvents.subscribe(async (change, tx) => {
      if (change.event.type === failOn) throw new Error(`subscriber refuses ${failOn}`);
      await sql`insert into counters (name, value) values (${`test-event:${change.after.number}:${change.after.version}`}, 1)`.execute(
        tx.trx,
      );
      tx.afterCommit(() => seen.push(change));
    });
  });
  beforeEach(() => {
    seen.length = 0;
    failOn = null;
  });

  const outboxRows = async (num: string) =>
    (
      await h.deps.db
        .selectFrom("counters")
        .select("name")
        .where("name", "like", `test-event:${num}:%`)
        .execute()
    ).length;

  it("a create, a workflow action and a WarRoom start each publish one typed event, after their commit", async () => {
    const num = await createIncidentVia(h, exampleIncident({ incident_assignee: ["u1"] }));
    await actOk(h, num, "accepted");
    const res = await h.request({
      method: "POST",
      url: "/v1/external/warrooms",
      payload: {
        incident_number: num,
        war_room_name: "bridge",
        war_room_admin: "u1",
        application_id_list: ["app1"],
        enterprise_project_id: "0",
        schedule_group: [{ role_id: "r", scene_id: "s" }],
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      seen.map((c) => [c.event.type, c.before?.version ?? null, c.after.version]),
      [
        ["created", null, 1],
        ["accepted", 1, 2],
        ["warroom_started", 2, 3],
      ],
    );
    const accepted = seen[1];
    assert.equal(accepted?.event.type, "accepted");
    if (accepted?.event.type === "accepted") {
      assert.equal(accepted.event.node_before, "unaccepted");
      assert.equal(accepted.event.node_after, "handling");
      assert.equal(accepted.event.action.key, "accepted");
    }
    assert.equal(await outboxRows(num), 3);
    const level = seen[0]?.after.level as string;
    assert.ok(h.deps.incidentEventCounts.count("created", level) >= 1);
    assert.equal(h.deps.incidentEventCounts.count("created", "no-such-level"), 0);
  });

  it("a rolled-back create publishes nothing: no subscriber row, no count, no incident", async () => {
    const createdBefore = h.deps.incidentEventCounts.count("created");
    const incidentsBefore = await h.deps.db.selectFrom("incidents").select("incident_num").execute();
    let number = "";
    await assert.rejects(
      createIncident(h.deps, caller(h.projectId), toNewIncident(exampleIncident() as CreateIncidentBody), {
        alsoInTransaction: async (_tx, n) => {
          number = n;
          throw new Error("the rest of the transaction fails");
        },
      }),
      /the rest of the transaction fails/,
    );
    assert.notEqual(number, "");
    assert.equal(seen.length, 0);
    assert.equal(await outboxRows(number), 0);
    assert.equal(h.deps.incidentEventCounts.count("created"), createdBefore);
    const incidentsAfter = await h.deps.db.selectFrom("incidents").select("incident_num").execute();
    assert.equal(incidentsAfter.length, incidentsBefore.length);
  });

  it("a subscriber that throws rolls the change back: the incident and its history stay as they were", async () => {
    const num = await createIncidentVia(h, exampleIncident({ incident_assignee: ["u1"] }));
    seen.length = 0;
    failOn = "accepted";
    const historyBefore = await h.deps.db
      .selectFrom("incident_histories")
      .selectAll()
      .where("incident_num", "=", num)
      .execute();
    const res = await h.request({
      method: "POST",
      url: `/v2/incidents/${num}/actions`,
      payload: { task_id: (await taskOf(num)) ?? "", action: "accepted", params: {} },
    });
    assert.equal(res.statusCode, 500, res.body);
    const incident = await h.deps.db
      .selectFrom("incidents")
      .selectAll()
      .where("incident_num", "=", num)
      .executeTakeFirstOrThrow();
    assert.equal(incident.node, "unaccepted");
    assert.equal(Number(incident.version), 1);
    const historyAfter = await h.deps.db
      .selectFrom("incident_histories")
      .selectAll()
      .where("incident_num", "=", num)
      .execute();
    assert.equal(historyAfter.length, historyBefore.length);
    assert.equal(seen.length, 0);
    assert.equal(await outboxRows(num), 1);
  });

  async function taskOf(num: string): Promise<string | undefined> {
    const res = await h.request({ method: "GET", url: `/v2/incidents/${num}/tasks` });
    return res.json().data[0]?.operations[0]?.task_id;
  }
});

describe("reads shared within one incident transaction", () => {
  const h = useHarness();

  it("tx.once reads once per transaction for every subscriber asking with the same key, and anew in the next", async () => {
    const key = {};
    let reads = 0;
    const values: number[] = [];
    const read = async () => ++reads;
    const unsubscribe = [0, 1].map(() =>
      h.deps.incidentEvents.subscribe(
        async (_change, tx) => {
          values.push(await tx.once(key, read));
        },
        ["created"],
      ),
    );
    try {
      await createIncidentVia(h, exampleIncident());
      assert.equal(reads, 1);
      assert.deepEqual(values, [1, 1]);
      await createIncidentVia(h, exampleIncident());
      assert.equal(reads, 2);
      assert.deepEqual(values, [1, 1, 2, 2]);
    } finally {
      for (const stop of unsubscribe) stop();
    }
  });
});
