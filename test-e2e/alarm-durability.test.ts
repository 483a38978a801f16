import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  CRASH_TOKEN,
  type CrashInstallation,
  createInstallation,
  type Node,
  startNode,
} from "../reliability/installation.ts";
import { type Answer, send } from "../reliability/load.ts";
import { RULES_LEASE_MS } from "../src/transfer-rules/rule-processor.ts";
import { SYSTEM_PRINCIPAL } from "../src/transfer-rules/transfer-rule.ts";
import { alert, alertmanagerPayload, customEvent } from "../testkit/alarm-payloads.ts";
import { ENGINE } from "../testkit/test-database.ts";
import {
  inPool,
  newIds,
  type Report,
  type Reports,
  type RoundPlan,
  type RoundResult,
  ruleState,
} from "./alarm-durability-helpers.ts";

/**
 * Issue 7's durability promise, on real processes (docs/alarms.md, "Durable first"): SIGKILL the server
 * right after alarms were acknowledged, restart it on the same data, and every acknowledged alarm exists
 * and its transfer rule ran exactly once. The rule's group key is the alarm id, so each stored alarm must
 * end with exactly one incident of its own, whose title names it.
 */

const CONCURRENCY = 16;
const REPEATED = "repeat0000";
const NOT_FOUND = "IDT.00020001";

describe(`alarm durability: SIGKILL right after acknowledged alarms (${ENGINE})`, () => {
  let installation: CrashInstallation;
  let node: Node | undefined;
  const reports = new Map<string, Reports>();
  const rounds: RoundResult[] = [];
  /** ShowAlarm's data for every stored alarm, once linked (or once the wait gave up). */
  const stored = new Map<string, { associate_event_id: string; converge_count: number }>();
  const lost: string[] = [];
  let linkedAfterRestartMs = -1;

  const record = (id: string, outcome: Answer["outcome"]) => {
    const r = reports.get(id) ?? { ok: 0, unknown: 0, failed: 0 };
    r[outcome]++;
    reports.set(id, r);
  };
  const api = (method: string, path: string, body?: unknown) =>
    send((node as Node).baseUrl, CRASH_TOKEN, method, path, body);

  async function fireAndKill(plan: RoundPlan): Promise<void> {
    const current = node as Node;
    const result: RoundResult = {
      name: plan.name,
      acknowledged: 0,
      unknown: 0,
      failed: 0,
      notes: [],
      pendingAtKill: 0,
      claimedByDeadNode: 0,
      killedAt: 0,
    };
    let next = 0;
    let answered = 0;
    const kill = () => {
      if (result.killedAt) return;
      result.killedAt = Date.now();
      current.kill();
    };
    const sendReport = async (report: Report) => {
      // The intake takes no credential; send's empty X-Auth-Token is ignored on public routes.
      const answer = await send(current.baseUrl, "", "POST", report.path, report.body);
      for (const id of report.ids) {
        record(id, answer.outcome);
        result[answer.outcome === "ok" ? "acknowledged" : answer.outcome]++;
      }
      if (answer.outcome !== "ok") result.notes.push(`${report.ids[0]}: ${answer.outcome} ${answer.note}`);
      else if (++answered === plan.killAfterAnswers) kill();
    };
    const worker = async () => {
      while (!result.killedAt && next < plan.reports.length) await sendReport(plan.reports[next++] as Report);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (plan.last && !result.killedAt) await sendReport(plan.last);
    kill();
    await current.exited;
    const state = await ruleState(installation, Date.now());
    result.pendingAtKill = state.pending;
    result.claimedByDeadNode = state.claimed;
    rounds.push(result);
    node = await startNode(installation.env);
  }

  before(
    async () => {
      installation = await createInstallation(ENGINE, process.env.DATABASE_URL);
      node = await startNode(installation.env);
      const intake = async (kind: "custom" | "prometheus") => {
        const created = await api("POST", "/incidentd/v1/integrations", { name: kind, kind });
        assert.equal(created.outcome, "ok", created.note);
        return `/v1/event/${kind === "custom" ? "huawei/custom" : "prometheus"}/${created.body.data.integration_key}`;
      };
      const customPath = await intake("custom");
      const prometheusPath = await intake("prometheus");
      const custom = (id: string): Report => ({
        path: customPath,
        body: customEvent({ alarmId: id, alarmName: `durability ${id}`, time: Date.now() }),
        ids: [id],
      });
      const rule = await api("POST", "/incidentd/v1/transfer-rules", {
        name: "one incident per alarm",
        incident: {
          title_template: "durability {{alarm_id}}",
          incident_type: "inc_type_p_security_issues",
          assignee: "oncall-user",
        },
        group_key: "{{alarm_id}}",
      });
      assert.equal(rule.outcome, "ok", rule.note);

      // 1. 200 custom alarms, the first ten of them sent twice at once (racing their own first report and
      //    the processor); then, alone, an Alertmanager payload of 100 alerts, stored in one transaction, and
      //    the kill in the tick its answer arrives: those alarms' rules are certainly still pending.
      const first = [REPEATED, ...newIds(1, 199)];
      const batch = newIds(1, 300).slice(200);
      await fireAndKill({
        name: "after the last answer",
        reports: [...first.slice(0, 10), ...first].map(custom),
        last: {
          path: prometheusPath,
          body: alertmanagerPayload(
            batch.map((id) => alert({ fingerprint: id, labels: { alertname: `durability ${id}` } })),
          ),
          ids: batch,
        },
        killAfterAnswers: Number.POSITIVE_INFINITY,
      });
      // 2. Mid-stream, half-way: new alarms mixed with repeats of round 1's (which must converge, never
      //    make a second incident), the repeated alarm again first.
      const acked1 = first.filter((id) => (reports.get(id)?.ok ?? 0) > 0);
      const mixed = newIds(2, 200).flatMap((id, i) =>
        i % 10 === 0 ? [id, acked1[i / 10] ?? REPEATED] : [id],
      );
      await fireAndKill({
        name: "mid-stream (half)",
        reports: [REPEATED, ...mixed].map(custom),
        killAfterAnswers: 110,
      });
      // 3. Early in the stream, while the previous nodes' claims may still be held by dead processes.
      await fireAndKill({
        name: "mid-stream (early)",
        reports: [REPEATED, ...newIds(3, 150)].map(custom),
        killAfterAnswers: 50,
      });

      // Restarted: wait until every alarm that exists is linked. A crashed node's claims hold until their
      // lease ends (RULES_LEASE_MS after the claim), so the bound is the lease from the last kill, plus slack.
      const restartedAt = Date.now();
      const deadline = (rounds.at(-1) as RoundResult).killedAt + RULES_LEASE_MS + 20_000;
      let waiting = [...reports.keys()];
      while (waiting.length > 0) {
        const answers = await inPool(waiting, 8, (id) => api("GET", `/v1/alarm-mgmt/alarm/${id}`));
        const still: string[] = [];
        waiting.forEach((id, i) => {
          const answer = answers[i] as Answer;
          if (answer.outcome === "ok") {
            stored.set(id, answer.body.data);
            if (answer.body.data.associate_event_id === "") still.push(id);
          } else if (answer.status === 400 && answer.body?.error_code === NOT_FOUND) {
            if ((reports.get(id)?.ok ?? 0) > 0) lost.push(id);
          } else throw new Error(`ShowAlarm ${id}: ${answer.note}`);
        });
        waiting = still;
        if (waiting.length === 0 || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      if (waiting.length === 0) linkedAfterRestartMs = Date.now() - restartedAt;
    },
    { timeout: 180_000 },
  );
  after(async () => {
    await node?.stop();
    await installation?.remove();
  });

  it("killed each round while transfer rules were pending, and cut requests in flight mid-stream", (t) => {
    for (const r of rounds)
      t.diagnostic(
        `${r.name}: ${r.acknowledged} acknowledged, ${r.unknown} unknown, ${r.failed} refused; at the kill ` +
          `${r.pendingAtKill} alarms pending, ${r.claimedByDeadNode} claimed by the dead node`,
      );
    const appliedUnknown = [...stored.keys()].filter((id) => reports.get(id)?.ok === 0).length;
    t.diagnostic(`${stored.size} alarms stored, ${appliedUnknown} of them reported only by cut requests`);
    t.diagnostic(`every stored alarm linked ${linkedAfterRestartMs} ms after the last restart`);
    assert.equal(rounds.length, 3);
    assert.ok(
      (rounds[0]?.pendingAtKill ?? 0) > 0,
      "the first kill found no pending alarm: it proved nothing",
    );
    // Before a kill every request must be acknowledged; after it, only cut (unknown) or refused ones.
    for (const r of rounds)
      for (const note of r.notes) assert.match(note, /: (unknown|failed ECONNREFUSED)/, `${r.name} ${note}`);
  });

  it("keeps every acknowledged alarm", () => {
    assert.deepEqual(lost, [], "acknowledged alarms missing after the restarts: lost writes");
    for (const [id, r] of reports)
      if (r.ok > 0) assert.ok(stored.has(id), `acknowledged alarm ${id} is missing`);
  });

  it("links every stored alarm to an incident of its own within the lease after the last restart", () => {
    const unlinked = [...stored].filter(([, a]) => a.associate_event_id === "").map(([id]) => id);
    assert.deepEqual(
      unlinked,
      [],
      `alarms still without an incident ${RULES_LEASE_MS + 20_000} ms after the kill`,
    );
    const incidents = new Set([...stored.values()].map((a) => a.associate_event_id));
    assert.equal(incidents.size, stored.size, "two alarms share an incident though their group keys differ");
  });

  it("counts each report once: converge_count lies between the acknowledged and the sent reports", () => {
    for (const [id, alarm] of stored) {
      const r = reports.get(id) as Reports;
      assert.ok(
        alarm.converge_count >= r.ok && alarm.converge_count <= r.ok + r.unknown,
        `${id}: converge_count ${alarm.converge_count}, reports ${JSON.stringify(r)}`,
      );
    }
    assert.ok((reports.get(REPEATED)?.ok ?? 0) >= 3, "the repeated alarm was acknowledged in every round");
  });

  it("ran the rule exactly once per stored alarm: one incident each, with a single create entry", async () => {
    const tickets: Array<Record<string, string>> = [];
    let cursor: string | undefined;
    do {
      const page = await api("POST", "/v2/incidents/list", {
        per_page: 200,
        string_filters: [{ field: "creator", operator: "=", values: [SYSTEM_PRINCIPAL] }],
        ...(cursor ? { cursor } : {}),
      });
      assert.equal(page.outcome, "ok", page.note);
      tickets.push(...page.body.data.tickets);
      cursor = page.body.data.next_cursor ?? undefined;
    } while (cursor);
    const all = await api("POST", "/v2/incidents/list", { per_page: 1 });
    assert.equal(all.body.data.total, tickets.length, "every incident was made by the rule");
    assert.equal(
      tickets.length,
      stored.size,
      "incidents made by the rule ≠ stored alarms: a rule ran twice or never",
    );
    const byTitle = new Map(tickets.map((t) => [t.title, t]));
    assert.equal(byTitle.size, tickets.length, "two incidents for one alarm");
    for (const [id, alarm] of stored) {
      const ticket = byTitle.get(`durability ${id}`);
      assert.ok(ticket, `no incident titled for ${id}`);
      assert.equal(ticket.ticket_id, alarm.associate_event_id, id);
      // A transfer rule creates incidents as COC's "transfer creation" (docs/alarms.md).
      assert.equal(ticket.source_id, "incident_source_forwarding", id);
    }
    const histories = await inPool(tickets, 8, (t) =>
      api("POST", `/v2/incidents/${t.ticket_id}/histories`, {}),
    );
    histories.forEach((h, i) => {
      assert.equal(h.outcome, "ok", h.note);
      const actions = h.body.data.info.map((e: { action: string }) => e.action);
      assert.deepEqual(actions, ["create"], `history of ${tickets[i]?.ticket_id}`);
    });
  });

  it("leaves no alarm pending in the database", async () => {
    const state = await ruleState(installation, Date.now());
    assert.equal(state.alarms, stored.size);
    assert.equal(state.pending, 0);
  });
});
