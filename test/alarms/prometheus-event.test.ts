import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { labelsFingerprint, severityToLevel } from "../../src/alarms/events/prometheus-event.ts";
import { alert, alertmanagerPayload, customEvent } from "../../testkit/alarm-payloads.ts";
import { useHarness } from "../helpers/use-harness.ts";
import {
  ACCEPTED,
  createIntegrationVia,
  getAlarm,
  KEY_REFUSED,
  postCustom,
  postPrometheus,
} from "./alarm-helpers.ts";

describe("Alertmanager fingerprints and severities", () => {
  // Vectors from prometheus/common model/signature_test.go (decimal there, hex here).
  it("computes Alertmanager's fingerprint of a label set", () => {
    assert.equal(labelsFingerprint({}), 14695981039346656037n.toString(16));
    assert.equal(
      labelsFingerprint({ name: "garland, briggs", fear: "love is not enough" }),
      5799056148416392346n.toString(16).padStart(16, "0"),
    );
    assert.equal(
      labelsFingerprint({ "first-label": "first-label-value" }),
      5146282821936882169n.toString(16).padStart(16, "0"),
    );
    assert.equal(
      labelsFingerprint({ "first-label": "first-label-value", "second-label": "second-label-value" }),
      3195800080984914717n.toString(16).padStart(16, "0"),
    );
  });

  it("maps severities to COC levels, Major when absent or unknown", () => {
    const cases: Array<[string | undefined, string]> = [
      ["critical", "Critical"],
      ["CRITICAL", "Critical"],
      ["error", "Major"],
      ["major", "Major"],
      ["warning", "Minor"],
      ["minor", "Minor"],
      ["info", "Info"],
      ["none", "Info"],
      ["page", "Major"],
      [undefined, "Major"],
    ];
    for (const [severity, level] of cases) assert.equal(severityToLevel(severity), level, String(severity));
  });
});

describe("POST /v1/event/prometheus/{integration_key}", () => {
  let key: string;
  const h = useHarness();
  before(async () => {
    key = (await createIntegrationVia(h, "prometheus")).key;
  });

  it("stores every alert of a webhook payload with the documented mapping", async () => {
    const payload = alertmanagerPayload([
      alert({ fingerprint: "aaaa000000000001" }),
      alert({
        fingerprint: "aaaa000000000002",
        labels: { alertname: "DiskFull", severity: "warning", region: "eu-1", application: "billing" },
        annotations: { summary: "disk almost full" },
      }),
    ]);
    const res = await postPrometheus(h, key, payload);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), ACCEPTED);

    const cpu = (await getAlarm(h, "aaaa000000000001")).json().data;
    assert.equal(cpu.name, "HighCPU");
    assert.equal(cpu.alarm_level, "Critical");
    assert.equal(cpu.importance, "urgent");
    assert.equal(cpu.description, "CPU above 90% for 5m", "description wins over summary");
    assert.equal(cpu.name_space, "prod");
    assert.equal(cpu.app, "checkout", "app label when there is no application label");
    assert.equal(cpu.resource_name, "node-1:9100");
    assert.equal(cpu.come_from, "prometheus");
    assert.equal(cpu.url, "http://prometheus:9090/graph?g0.expr=cpu");
    assert.equal(cpu.first_occur_time, Date.parse("2024-03-18T13:00:00.123Z"));
    assert.equal(cpu.status, "alarming");
    assert.deepEqual(cpu.additional.labels, {
      alertname: "HighCPU",
      severity: "critical",
      instance: "node-1:9100",
      namespace: "prod",
      app: "checkout",
    });
    assert.equal(cpu.additional.receiver, "incidentd");
    assert.equal(cpu.additional.externalURL, "http://alertmanager:9093");

    const disk = (await getAlarm(h, "aaaa000000000002")).json().data;
    assert.equal(disk.name, "DiskFull");
    assert.equal(disk.alarm_level, "Minor");
    assert.equal(disk.description, "disk almost full", "summary when there is no description");
    assert.equal(disk.app, "billing");
    assert.equal(disk.region, "eu-1");
    assert.equal(disk.name_space, "");
  });

  it("converges repeated notifications and resolves on a resolved notification at endsAt", async () => {
    const firing = alertmanagerPayload([alert({ fingerprint: "bbbb000000000001" })]);
    await postPrometheus(h, key, firing);
    h.clock.advance(5 * 60_000);
    await postPrometheus(h, key, firing);
    let alarm = (await getAlarm(h, "bbbb000000000001")).json().data;
    assert.equal(alarm.converge_count, 2);
    assert.equal(alarm.last_occur_time, h.clock.now());

    const resolved = alertmanagerPayload([
      alert({ fingerprint: "bbbb000000000001", status: "resolved", endsAt: "2024-03-18T13:30:00Z" }),
    ]);
    assert.deepEqual((await postPrometheus(h, key, resolved)).json(), ACCEPTED);
    alarm = (await getAlarm(h, "bbbb000000000001")).json().data;
    assert.equal(alarm.status, "resolved");
    assert.equal(alarm.recovery_time, Date.parse("2024-03-18T13:30:00Z"));

    const again = alertmanagerPayload([
      alert({ fingerprint: "bbbb000000000001", startsAt: "2024-03-18T14:00:00Z" }),
    ]);
    await postPrometheus(h, key, again);
    alarm = (await getAlarm(h, "bbbb000000000001")).json().data;
    assert.deepEqual([alarm.status, alarm.episode, alarm.converge_count], ["alarming", 2, 1]);
  });

  it("ignores a stale firing notification that arrives after the resolution", async () => {
    const id = "cccc000000000001";
    await postPrometheus(h, key, alertmanagerPayload([alert({ fingerprint: id })]));
    await postPrometheus(h, key, alertmanagerPayload([alert({ fingerprint: id, status: "resolved" })]));
    await postPrometheus(h, key, alertmanagerPayload([alert({ fingerprint: id })]));
    const alarm = (await getAlarm(h, id)).json().data;
    assert.deepEqual([alarm.status, alarm.episode], ["resolved", 1]);
  });

  it("uses Alertmanager's label fingerprint as the id when fingerprint is absent", async () => {
    const labels = { alertname: "NoFingerprint", severity: "info" };
    await postPrometheus(h, key, alertmanagerPayload([alert({ fingerprint: null, labels })]));
    const alarm = (await getAlarm(h, labelsFingerprint(labels))).json().data;
    assert.equal(alarm.name, "NoFingerprint");
    assert.equal(alarm.alarm_level, "Info");
  });

  it("answers an empty alerts list with success", async () => {
    assert.deepEqual((await postPrometheus(h, key, alertmanagerPayload([]))).json(), ACCEPTED);
  });

  it("stores a whole payload or nothing", async () => {
    const res = await postPrometheus(
      h,
      key,
      alertmanagerPayload([alert({ fingerprint: "dddd000000000001" }), alert({ fingerprint: "bad-id" })]),
    );
    assert.equal(res.statusCode, 400);
    assert.equal((await getAlarm(h, "dddd000000000001")).statusCode, 400, "the valid alert was not stored");
  });

  it("reports every failing field of the payload, joined by ' | '", async () => {
    const broken = alertmanagerPayload([
      alert(),
      { ...alert(), status: "pending", labels: { alertname: 5 }, startsAt: "yesterday" },
      { labels: {} },
    ]);
    const res = await postPrometheus(h, key, broken);
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json(), {
      provider_code: "049",
      error_code: "COC.00000001",
      error_msg: [
        "alerts[1].status must be one of firing, resolved",
        "alerts[1].labels.alertname must be a string",
        "alerts[1].startsAt must be an RFC 3339 date-time",
        "alerts[2].status must not be null",
        "alerts[2].startsAt must not be null",
      ].join(" | "),
      data: null,
    });
  });

  it("rejects a payload without alerts", async () => {
    const res = await postPrometheus(h, key, { version: "4", status: "firing" });
    assert.deepEqual([res.statusCode, res.json().error_msg], [400, "alerts must not be null"]);
  });

  it("refuses an unknown key and a custom integration's key with COC's 401", async () => {
    const custom = await createIntegrationVia(h, "custom");
    for (const bad of ["D".repeat(32), custom.key]) {
      const res = await postPrometheus(h, bad, alertmanagerPayload([alert()]));
      assert.equal(res.statusCode, 401);
      assert.deepEqual(res.json(), KEY_REFUSED);
    }
    assert.equal((await postCustom(h, key, customEvent())).statusCode, 401, "and the other way round");
  });
});
