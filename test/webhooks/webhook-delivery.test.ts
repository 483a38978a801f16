import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { createWebhookDispatcher } from "../../src/webhooks/webhook-dispatcher.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { actOk, detailOf, solution } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { Receiver } from "./receiver.ts";

/*
 * A subscription hears about incident changes: the outbox row is written in the change's transaction,
 * the dispatcher sends it signed per Standard Webhooks, and a real receiver verifies it with the
 * `standardwebhooks` package.
 */

const silent = { error() {}, warn() {}, info() {} };

describe("webhook delivery", () => {
  const h = useHarness();
  const receiver = new Receiver();
  let webhookId = "";
  before(async () => {
    await receiver.start();
    const res = await h.request({
      method: "POST",
      url: "/incidentd/v1/webhooks",
      token: h.tokens.admin,
      payload: { url: receiver.url, description: "all events" },
    });
    assert.equal(res.statusCode, 200, res.body);
    const data = res.json().data;
    assert.match(data.secret, /^whsec_[A-Za-z0-9+/]+=*$/);
    receiver.secrets = [data.secret];
    webhookId = data.id;
  });
  after(() => receiver.close());
  beforeEach(() => {
    receiver.received.length = 0;
  });
  const dispatch = () => createWebhookDispatcher(h.deps, { log: silent }).runOnce();

  it("delivers incident.created, signed, with the incident exactly as the detail API shows it", async () => {
    const num = await createIncidentVia(h, exampleIncident({ incident_assignee: ["u1"] }));
    assert.equal(await dispatch(), 1);
    assert.equal(receiver.received.length, 1);
    const [got] = receiver.received;
    assert.deepEqual(got?.verifiedBy, [0]);
    assert.match(got?.id ?? "", /^msg_[0-9a-f]{32}$/);
    assert.equal(got?.payload.type, "incident.created");
    assert.equal(got?.payload.timestamp, new Date(h.clock.now()).toISOString());
    assert.deepEqual(got?.payload.data.incident, await detailOf(h, num));
    assert.equal(got?.payload.data.version, 1);
    assert.deepEqual(got?.payload.data.change, {
      action: "create",
      operator: "9605B67C741D4553887A3462771107D3",
      comment: null,
      changes: {},
    });
    assert.equal(await dispatch(), 0, "a delivered event is not sent again");
  });

  it("names a workflow action by its most specific type, with the fields it changed", async () => {
    const num = await createIncidentVia(h);
    await dispatch();
    receiver.received.length = 0;
    h.clock.advance(1000);
    await actOk(h, num, "accepted");
    h.clock.advance(1000);
    await actOk(h, num, "commitSolution", solution);
    h.clock.advance(1000);
    await actOk(h, num, "confirm", { virtual_confirm_result: true, virtual_confirm_comment: "verified" });
    assert.equal(await dispatch(), 3);
    const byVersion = [...receiver.received].sort((a, b) => a.payload.data.version - b.payload.data.version);
    assert.deepEqual(
      byVersion.map((r) => [r.payload.type, r.payload.data.version]),
      [
        ["incident.updated", 2],
        ["incident.resolved", 3],
        ["incident.closed", 4],
      ],
    );
    const accepted = byVersion[0]?.payload.data.change as {
      action: string;
      changes: Record<string, unknown>;
    };
    assert.equal(accepted.action, "accepted");
    assert.deepEqual(accepted.changes.status, {
      from: "INCIDENT_STATUS_TRIGGERED",
      to: "INCIDENT_STATUS_ACKNOWLEDGED",
    });
    assert.ok(receiver.received.every((r) => r.verifiedBy.length === 1));
  });

  it("tells of a WarRoom started for an incident", async () => {
    const num = await createIncidentVia(h);
    await dispatch();
    receiver.received.length = 0;
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
    assert.equal(await dispatch(), 1);
    const [got] = receiver.received;
    assert.ok(got);
    assert.equal(got.payload.type, "warroom.started");
    assert.deepEqual(got.payload.data.incident, await detailOf(h, num));
    assert.equal((got.payload.data.change as { action: string }).action, "startWarRoom");
  });

  it("sends only the event types and levels a subscription asks for", async () => {
    const res = await h.request({
      method: "PATCH",
      url: `/incidentd/v1/webhooks/${webhookId}`,
      token: h.tokens.admin,
      payload: { events: ["incident.resolved"], filters: { levels: ["level_10"] } },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().data.events, ["incident.resolved"]);
    try {
      const num = await createIncidentVia(h, exampleIncident({ incident_level: "level_10" }));
      await actOk(h, num, "accepted");
      await actOk(h, num, "commitSolution", solution);
      const other = await createIncidentVia(h, exampleIncident({ incident_level: "level_20" }));
      await actOk(h, other, "accepted");
      await actOk(h, other, "commitSolution", solution);
      await dispatch();
      assert.deepEqual(
        receiver.received.map((r) => [
          r.payload.type,
          (r.payload.data.incident as { incident_num: string }).incident_num,
        ]),
        [["incident.resolved", num]],
      );
    } finally {
      await h.request({
        method: "PATCH",
        url: `/incidentd/v1/webhooks/${webhookId}`,
        token: h.tokens.admin,
        payload: { events: [], filters: { levels: [] } },
      });
    }
  });

  it("a rolled-back change sends nothing", async () => {
    const unsubscribe = h.deps.incidentEvents.subscribe(() => {
      throw new Error("a later subscriber refuses the change");
    });
    try {
      const res = await h.request({
        method: "POST",
        url: "/v1/external/incident/create",
        payload: exampleIncident(),
      });
      assert.equal(res.statusCode, 500);
    } finally {
      unsubscribe();
    }
    const rows = await h.deps.db
      .selectFrom("webhook_deliveries")
      .select("id")
      .where("status", "=", "pending")
      .execute();
    assert.deepEqual(rows, []);
    assert.equal(await dispatch(), 0);
    assert.equal(receiver.received.length, 0);
  });

  it("another project's incidents never reach this project's webhook, nor its webhooks them", async () => {
    const res = await h.request({
      method: "POST",
      url: "/v1/external/incident/create",
      payload: exampleIncident(),
      token: h.otherProjectToken,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(await dispatch(), 0);
    const list = await h.request({
      method: "GET",
      url: "/incidentd/v1/webhooks",
      token: h.otherProjectToken,
    });
    assert.deepEqual(list.json().data.webhooks, []);
    for (const [method, url] of [
      ["GET", `/incidentd/v1/webhooks/${webhookId}`],
      ["GET", `/incidentd/v1/webhooks/${webhookId}/deliveries`],
      ["DELETE", `/incidentd/v1/webhooks/${webhookId}`],
    ] as const) {
      const other = await h.request({ method, url, token: h.otherProjectToken });
      assert.equal(other.statusCode, 404, `${method} ${url}: ${other.body}`);
    }
    const mine = await h.request({ method: "GET", url: "/incidentd/v1/webhooks", token: h.tokens.admin });
    assert.equal(mine.json().data.webhooks.length, 1);
    assert.equal(mine.json().data.webhooks[0].secret, undefined, "the secret is never listed");
  });
});
