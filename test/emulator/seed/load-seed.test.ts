import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { loadSeed } from "../../../src/emulator/seed/load-seed.ts";
import { useHarness } from "../../helpers/use-harness.ts";
import { ALICE, BOB, fullFixture, OPEN, SOLVED } from "./seed-fixture.ts";

const iso = (ms: number | string) => new Date(Number(ms)).toISOString();

describe("loadSeed: every kind, read back through the API", () => {
  const h = useHarness();
  const get = async (url: string) => {
    const res = await h.request({ method: "GET", url, token: h.tokens.admin });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().data;
  };
  const post = async (url: string, payload: object) => {
    const res = await h.request({ method: "POST", url, payload, token: h.tokens.admin });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().data;
  };

  before(async () => {
    const summary = await loadSeed(h.deps, fullFixture(h.projectId));
    assert.deepEqual(summary, {
      users: 2,
      applications: 1,
      catalogue: 1,
      transfer_rules: 1,
      incidents: 2,
      history: 2,
      warrooms: 1,
      alarms: 1,
    });
  });

  it("users and applications are in the directory, and the detail shows their names", async () => {
    const users = (await get("/incidentd/v1/users")).users;
    const alice = users.find((u: { id: string }) => u.id === ALICE);
    assert.equal(alice.display_name, "Alice Liddell");
    assert.equal(alice.email, "alice@example.com");
    assert.ok(users.some((u: { id: string }) => u.id === BOB));
    assert.deepEqual((await get("/incidentd/v1/applications")).applications, [
      { id: "app001", name: "Checkout" },
    ]);
    const names = (await get(`/v1/external/incident/${SOLVED}`)).enum_data_list;
    const creator = names.find((n: { filed_key: string }) => n.filed_key === "creator");
    assert.equal(creator.name_en, "Alice Liddell");
  });

  it("catalogue entries and transfer rules are the project's", async () => {
    const catalogue = await get("/incidentd/v1/catalogue");
    assert.ok(
      catalogue.incident_type.some(
        (e: { key: string; custom: boolean }) => e.key === "inc_type_seeded" && e.custom,
      ),
    );
    const rules =
      (await get("/incidentd/v1/transfer-rules")).rules ?? (await get("/incidentd/v1/transfer-rules"));
    const list = Array.isArray(rules) ? rules : rules.list;
    assert.equal(list.length, 1);
    assert.equal(list[0].name, "critical to P1");
    assert.equal(list[0].incident.incident_type, "inc_type_seeded");
  });

  it("a solved incident has its number, times, state and a create → accept → solve history", async () => {
    const detail = await get(`/v1/external/incident/${SOLVED}`);
    assert.equal(detail.incident_num, SOLVED);
    assert.equal(detail.status, "INCIDENT_STATUS_RESOLVED");
    assert.equal(iso(detail.create_time), "2024-01-02T03:04:05.000Z");
    assert.equal(detail.handle_time, 1704168000000);
    assert.deepEqual(detail.incident_assignee, [BOB]);
    const history = (await post(`/v2/incidents/${SOLVED}/histories`, {})).info;
    assert.deepEqual(
      history.map((e: { action: string; operator: string; stop_time: string }) => [
        e.action,
        e.operator,
        iso(e.stop_time),
      ]),
      [
        ["create", ALICE, "2024-01-02T03:04:05.000Z"],
        ["accepted", BOB, "2024-01-02T03:10:00.000Z"],
        ["commitSolution", BOB, "2024-01-02T04:00:00.000Z"],
      ],
    );
    const tasks = await get(`/v2/incidents/${SOLVED}/tasks`);
    assert.equal(tasks[0].key, "verification");
  });

  it("the list API shows both incidents, the open one unaccepted with its WarRoom", async () => {
    const list = await post("/v2/incidents/list", { limit: 10, offset: 0 });
    const nums = list.tickets.map((i: { ticket_id: string }) => i.ticket_id);
    assert.deepEqual(nums.sort(), [OPEN, SOLVED].sort());
    const open = await get(`/v1/external/incident/${OPEN}`);
    assert.equal(open.status, "INCIDENT_STATUS_TRIGGERED");
    assert.equal(open.incident_type, "inc_type_seeded");
    assert.match(open.warroom_id, /^WR\d{24}$/);
  });

  it("the WarRoom started at its time and moved to its seeded status, recorded in the incident's history", async () => {
    const rooms = await post("/v1/external/warrooms/list", {
      triggered_start_time: Date.UTC(2024, 0, 1),
      triggered_end_time: Date.UTC(2024, 0, 3),
    });
    assert.equal(rooms.total, 1, JSON.stringify(rooms));
    const room = rooms.list[0];
    assert.equal(room.incident.incident_id, OPEN);
    assert.equal(room.admin, BOB);
    const history = (await post(`/v2/incidents/${OPEN}/histories`, {})).info;
    assert.deepEqual(
      history.map((e: { action: string; stop_time: string }) => [e.action, iso(e.stop_time)]),
      [
        ["create", "2024-01-02T05:00:00.000Z"],
        ["startWarRoom", "2024-01-02T05:01:00.000Z"],
        ["changeWarRoomStatus", "2024-01-02T05:30:00.000Z"],
      ],
    );
  });

  it("alarms arrive through a custom integration named seed", async () => {
    const alarms = await get("/incidentd/v1/alarms");
    assert.deepEqual(
      alarms.alarms.map((a: { id: string; name: string; importance: string }) => [
        a.id,
        a.name,
        a.importance,
      ]),
      [["cpu1", "CPU high", "minor"]],
    );
    const integrations = await get("/incidentd/v1/integrations");
    const all = integrations.integrations ?? integrations;
    assert.ok(all.some((i: { name: string; kind: string }) => i.name === "seed" && i.kind === "custom"));
  });
});
