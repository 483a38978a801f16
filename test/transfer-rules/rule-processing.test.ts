import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { claimPendingAlarms } from "../../src/alarms/alarm-rules.repository.ts";
import { sqlCapabilitiesOf } from "../../src/db/sql-capabilities.ts";
import { processPendingAlarmsOnce, ruleLanes } from "../../src/transfer-rules/rule-processor.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { actOk, solution } from "../../testkit/workflow.ts";
import { createIntegrationVia, postCustom } from "../alarms/alarm-helpers.ts";
import { useHarness } from "../helpers/use-harness.ts";
import {
  createRule,
  deleteAllRules,
  drain,
  fire,
  historyOf,
  incident,
  incidentOf,
  incidentsFrom,
  recover,
} from "./rule-helpers.ts";

describe("transfer rules processor", () => {
  let key: string;
  let integrationId: string;
  let n = 0;
  const id = () => `t${++n}x`;
  const h = useHarness();
  before(async () => {
    ({ key, id: integrationId } = await createIntegrationVia(h, "custom"));
  });
  beforeEach(async () => {
    await drain(h);
    await deleteAllRules(h);
  });

  const criteria: Array<[string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]> =
    [
      ["integration", { integration_ids: ["INTEGRATION"] }, {}, { _otherIntegration: true }],
      ["levels", { levels: ["Major", "Minor"] }, { alarmLevel: "Minor" }, { alarmLevel: "Critical" }],
      ["application", { application_id: "app-1" }, { applicationId: "app-1" }, { applicationId: "app-2" }],
      ["namespace", { namespace: "prod" }, { nameSpace: "prod" }, { nameSpace: "staging" }],
      [
        "name contains (any case)",
        { name_contains: "disk" },
        { alarmName: "DISK full" },
        { alarmName: "cpu" },
      ],
      [
        "label equals",
        { labels: { team: "db" } },
        { additional: { team: "db" } },
        { additional: { team: "web" } },
      ],
    ];
  for (const [what, match, hit, miss] of criteria) {
    it(`matches by ${what}`, async () => {
      const other = miss._otherIntegration ? (await createIntegrationVia(h, "custom")).key : key;
      const resolved = JSON.parse(JSON.stringify(match).replace("INTEGRATION", integrationId));
      await createRule(h, { match: resolved });
      const [yes, no] = [id(), id()];
      await fire(h, key, { alarmId: yes, ...hit });
      const { _otherIntegration, ...missFields } = miss;
      await fire(h, other, { alarmId: no, ...missFields });
      await drain(h);
      assert.ok(await incidentOf(h, yes), "the matching alarm has an incident");
      assert.equal(await incidentOf(h, no), null, "the other alarm has none");
    });
  }

  it("creates the incident from the first matching rule: title, level mapping, type, assignee, source, creator", async () => {
    await createRule(h, { name: "never", match: { namespace: "elsewhere" } });
    const winner = await createRule(h, {
      name: "winner",
      incident: {
        title_template: "[{{level}}] {{alarm_name}} @ {{resource_name}} ({{labels.team}})",
        level_mapping: { Critical: "level_20" },
      },
    });
    await createRule(h, { name: "later", incident: { title_template: "later" } });
    const alarmId = id();
    await fire(h, key, { alarmId, additional: { team: "db" } });
    await drain(h);
    const num = await incidentOf(h, alarmId);
    assert.ok(num);
    const made = await incident(h, num);
    assert.equal(made.title, "[Critical] Cpu 使用超额预警 @ machine-1 (db)");
    assert.equal(made.level, "level_20");
    assert.equal(made.type, "inc_type_p_security_issues");
    assert.equal(made.assignee, "oncall-user");
    assert.equal(made.source, "incident_source_forwarding");
    assert.equal(made.creator, "incidentd-transfer-rules");
    assert.equal(made.currentCloudService, "18cfa0a5ef8d", "the alarm's application by default");
    assert.equal(made.startTime, 1709118444540);
    const shown = await h.request({
      method: "GET",
      url: `/v1/alarm-mgmt/alarm/${alarmId}`,
      token: h.tokens.reader,
    });
    assert.equal(
      shown.json().data.transfer_rule,
      winner.id,
      "ShowAlarm names the rule that made the incident",
    );
    assert.equal(shown.json().data.transfer_rule_name, "winner");
    // The list and the export name the rule as forward_rule_id (the Terraform provider reads it).
    const listed = await h.request({
      method: "POST",
      url: "/v2/incidents/list",
      token: h.tokens.reader,
      payload: { string_filters: [{ field: "ticket_id", operator: "=", values: [num] }] },
    });
    const [item] = listed.json().data.tickets;
    assert.equal(item.forward_rule_id, winner.id);
    assert.equal(item.source_id, "incident_source_forwarding");
    const query = JSON.stringify({ string_filters: [{ field: "ticket_id", operator: "=", values: [num] }] });
    const exported = await h.request({
      method: "GET",
      url: `/incidentd/v1/incidents/export?query=${encodeURIComponent(query)}`,
      token: h.tokens.reader,
    });
    assert.equal(JSON.parse(exported.body.trim()).forward_rule_id, winner.id);
    const pending = await h.deps.db
      .selectFrom("alarms")
      .select("alarm_id")
      .where("rules_pending_since", "is not", null)
      .execute();
    assert.deepEqual(pending, [], "processed alarms are settled");
  });

  it("settles alarms that match no rule without an incident", async () => {
    await createRule(h, { match: { namespace: "nowhere" } });
    const alarmId = id();
    await fire(h, key, { alarmId });
    await drain(h);
    assert.equal(await incidentOf(h, alarmId), null);
  });

  it("groups alarms: three of one group make one incident with a linkAlarm entry each; another group gets its own", async () => {
    await createRule(h, { group_key: "{{namespace}}" });
    const before = (await incidentsFrom(h)).length;
    const ids = [id(), id(), id()];
    for (const alarmId of ids) {
      await fire(h, key, { alarmId, nameSpace: "grp-a" });
      await drain(h);
    }
    const nums = new Set(await Promise.all(ids.map((a) => incidentOf(h, a))));
    assert.equal(nums.size, 1);
    const num = [...nums][0] as string;
    const history = await historyOf(h, num);
    assert.deepEqual(
      history.map((e) => [e.seq, e.action, e.operator]),
      [
        [1, "create", "incidentd-transfer-rules"],
        [2, "linkAlarm", "incidentd-transfer-rules"],
        [3, "linkAlarm", "incidentd-transfer-rules"],
      ],
    );
    assert.equal(history[1]?.details.alarm_id, ids[1]);
    assert.equal((await incident(h, num)).version, 3);
    const res = await h.request({ method: "POST", url: `/v2/incidents/${num}/histories`, payload: {} });
    assert.equal(res.statusCode, 200, res.body);
    const other = id();
    await fire(h, key, { alarmId: other, nameSpace: "grp-b" });
    await drain(h);
    assert.notEqual(await incidentOf(h, other), num);
    assert.equal((await incidentsFrom(h)).length, before + 2);
  });

  it("writes one 'all linked alarms recovered' entry when the last linked alarm recovers", async () => {
    await createRule(h, { group_key: "{{namespace}}" });
    const [a, b] = [id(), id()];
    await fire(h, key, { alarmId: a, nameSpace: "rec" });
    await fire(h, key, { alarmId: b, nameSpace: "rec" });
    await drain(h);
    const num = (await incidentOf(h, a)) as string;
    await recover(h, key, a);
    await drain(h);
    assert.ok(!(await historyOf(h, num)).some((e) => e.action === "alarmsRecovered"), "b still fires");
    await recover(h, key, b);
    await drain(h);
    await recover(h, key, b); // a repeated recovery changes nothing
    await drain(h);
    const entries = (await historyOf(h, num)).filter((e) => e.action === "alarmsRecovered");
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.details.auto_solve, "off");
    assert.equal((await incident(h, num)).status, "INCIDENT_STATUS_TRIGGERED");
  });

  it("auto_solve submits a solution through the workflow when the incident is being handled", async () => {
    await createRule(h, { auto_solve: true });
    const alarmId = id();
    await fire(h, key, { alarmId });
    await drain(h);
    const num = (await incidentOf(h, alarmId)) as string;
    await actOk(h, num, "accepted");
    await recover(h, key, alarmId);
    await drain(h);
    const solved = await incident(h, num);
    assert.equal(solved.status, "INCIDENT_STATUS_RESOLVED");
    assert.equal(solved.node, "verification");
    assert.equal(solved.faultRecoveryTime, 1709118444540 + 60_000);
    assert.deepEqual(
      (await historyOf(h, num)).map((e) => [e.action, e.operator]),
      [
        ["create", "incidentd-transfer-rules"],
        ["accepted", "writer-user"],
        ["alarmsRecovered", "incidentd-transfer-rules"],
        ["commitSolution", "incidentd-transfer-rules"],
      ],
    );
  });

  it("auto_solve only writes the entry when the incident's node does not allow a solution", async () => {
    await createRule(h, { auto_solve: true });
    const alarmId = id();
    await fire(h, key, { alarmId });
    await drain(h);
    const num = (await incidentOf(h, alarmId)) as string;
    await recover(h, key, alarmId);
    await drain(h);
    assert.equal((await incident(h, num)).node, "unaccepted");
    const entry = (await historyOf(h, num)).find((e) => e.action === "alarmsRecovered");
    assert.equal(entry?.details.auto_solve, "not possible at node unaccepted");
  });

  it("gives a group a new incident once its incident is closed; a re-fire links to an open one", async () => {
    await createRule(h, { group_key: "{{namespace}}" });
    const a = id();
    await fire(h, key, { alarmId: a, nameSpace: "closing" });
    await drain(h);
    const first = (await incidentOf(h, a)) as string;
    await recover(h, key, a, 1709118444540 + 1000);
    await drain(h);
    await fire(h, key, { alarmId: a, nameSpace: "closing", time: 1709118444540 + 2000 });
    await drain(h);
    assert.equal(await incidentOf(h, a), first, "episode 2 joins the still-open incident");
    assert.equal((await historyOf(h, first)).filter((e) => e.action === "linkAlarm").length, 1);
    await actOk(h, first, "accepted");
    await actOk(h, first, "commitSolution", solution);
    await actOk(h, first, "confirm", { virtual_confirm_result: true, virtual_confirm_comment: "ok" });
    assert.equal((await incident(h, first)).node, "closed");
    const b = id();
    await fire(h, key, { alarmId: b, nameSpace: "closing" });
    await drain(h);
    const second = await incidentOf(h, b);
    assert.ok(second && second !== first);
  });

  it("gives a group a new incident when the incident the pass found open closes before the link commits", async () => {
    await createRule(h, { group_key: "{{namespace}}" });
    const [a, b, c] = [id(), id(), id()];
    await fire(h, key, { alarmId: a, nameSpace: "stale" });
    await drain(h);
    const first = (await incidentOf(h, a)) as string;
    // One pass claims b, then c (older change first); its look-up finds the group of c open. b's incident
    // closes the group's incident in its own transaction, after that look-up and before c is linked.
    await fire(h, key, { alarmId: b, nameSpace: "elsewhere" });
    h.clock.advance(1000);
    await fire(h, key, { alarmId: c, nameSpace: "stale" });
    let closed = false;
    const unsubscribe = h.deps.incidentEvents.subscribe(
      async (_change, tx) => {
        if (closed) return;
        closed = true;
        await tx.trx
          .updateTable("incidents")
          .set({ node: "closed" })
          .where("incident_num", "=", first)
          .execute();
      },
      ["created"],
    );
    try {
      // One lane, so b's transaction commits before c is evaluated.
      const oneLane = { ...h.deps, config: { ...h.deps.config, pgPoolSize: 2 } };
      assert.equal(await processPendingAlarmsOnce(oneLane, "one-lane", { limit: 2 }), 2);
    } finally {
      unsubscribe();
    }
    assert.ok(closed);
    const second = await incidentOf(h, c);
    assert.ok(second && second !== first && second !== (await incidentOf(h, b)), "c has a new incident");
    assert.equal(
      (await historyOf(h, first)).filter((e) => e.action === "linkAlarm").length,
      0,
      "the rolled-back link left no entry in the closed incident's history",
    );
    const links = await h.deps.db
      .selectFrom("alarm_incidents as ai")
      .innerJoin("alarms as al", "al.id", "ai.alarm_row_id")
      .select("ai.incident_num")
      .where("al.alarm_id", "=", c)
      .execute();
    assert.deepEqual(
      links.map((l) => l.incident_num),
      [second],
    );
    const group = await h.deps.db
      .selectFrom("transfer_groups")
      .select("incident_num")
      .where("group_key", "=", "stale")
      .executeTakeFirstOrThrow();
    assert.equal(group.incident_num, second);
  });

  it("is idempotent: a claim processed twice, or by two processors at once, makes one incident", async () => {
    await createRule(h, { group_key: "{{namespace}}" });
    const ids = [id(), id(), id(), id()];
    for (const alarmId of ids) await fire(h, key, { alarmId, nameSpace: "race" });
    const before = (await incidentsFrom(h)).length;
    await Promise.all([
      processPendingAlarmsOnce(h.deps, "node-a", { limit: 2 }),
      processPendingAlarmsOnce(h.deps, "node-b", { limit: 2 }),
    ]);
    await drain(h);
    // Evaluate a settled alarm's revision again, as a processor whose lease expired would.
    const [claimed] = await claimPendingAlarms(h.deps.db, {
      owner: "x",
      now: h.clock.now(),
      leaseMs: 1,
      limit: 1,
    });
    assert.equal(claimed, undefined);
    await h.deps.db
      .updateTable("alarms")
      .set({ rules_pending_since: 1 })
      .where("alarm_id", "in", ids)
      .execute();
    await drain(h, "node-c");
    assert.equal((await incidentsFrom(h)).length, before + 1);
    const num = (await incidentOf(h, ids[0] as string)) as string;
    for (const alarmId of ids) assert.equal(await incidentOf(h, alarmId), num);
    assert.equal((await historyOf(h, num)).filter((e) => e.action === "linkAlarm").length, 3);
  });

  it("never lets a project's rules see another project's alarms", async () => {
    await createRule(h, {});
    const other = await createIntegrationVia(h, "custom", h.otherProjectToken);
    const alarmId = id();
    const res = await postCustom(h, other.key, customEvent({ alarmId }));
    assert.equal(res.statusCode, 200);
    await drain(h);
    assert.equal(await incidentOf(h, alarmId, "proj-other"), null);
    assert.deepEqual(await incidentsFrom(h, "proj-other"), []);
  });
});

describe("transfer rules processor lanes", () => {
  const h = useHarness();

  it("evaluates a batch in half the pool's lanes at once on PostgreSQL, one at a time on SQLite, each alarm once", async () => {
    const { key } = await createIntegrationVia(h, "custom");
    await createRule(h, { group_key: "{{alarm_id}}" });
    const parallel = sqlCapabilitiesOf(h.deps.db).parallelWrites;
    assert.equal(ruleLanes(h.deps), parallel ? Math.floor(h.deps.config.pgPoolSize / 2) : 1);
    // A subscriber inside each create's transaction that stays 200 ms: evaluations running at once overlap.
    // Not all lanes always can: two creates that raise the same stripe of the project's incident counter
    // (16 stripes, picked at random) wait for each other's commit, so on PostgreSQL the check is that
    // evaluations do run side by side, never more than the lanes; on SQLite, one at a time.
    const lanes = ruleLanes(h.deps);
    let inFlight = 0;
    let most = 0;
    const unsubscribe = h.deps.incidentEvents.subscribe(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 200));
      inFlight--;
    }, ["created"]);
    try {
      for (let i = 0; i < 12; i++) await fire(h, key, { alarmId: `lane${i}` });
      await drain(h);
    } finally {
      unsubscribe();
    }
    if (parallel) {
      assert.ok(most >= 2, `evaluations ran side by side (at most ${most} at once)`);
      assert.ok(most <= lanes, `never more evaluations at once than lanes (${most} > ${lanes})`);
    } else assert.equal(most, 1, "one evaluation at a time");
    const made = await incidentsFrom(h);
    assert.equal(made.length, 12, "one incident per alarm, none twice");
  });
});
