import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { serverLoggerOptions } from "../../src/http/log-options.ts";
import { alert, alertmanagerPayload, customEvent } from "../../testkit/alarm-payloads.ts";
import { lineSink } from "../helpers/log-sink.ts";
import { useHarness } from "../helpers/use-harness.ts";
import {
  ACCEPTED,
  createIntegrationVia,
  getAlarm,
  KEY_REFUSED,
  postCustom,
  postPrometheus,
} from "./alarm-helpers.ts";

describe("the intake key as Authorization: Bearer (POST /v1/event/prometheus, /v1/event/huawei/custom)", () => {
  const sink = lineSink();
  let prometheus: string;
  let custom: string;
  // Trace: every line anything writes, so the key cannot hide below the level.
  const h = useHarness({ logger: { ...serverLoggerOptions("trace"), stream: sink.stream } });
  before(async () => {
    prometheus = (await createIntegrationVia(h, "prometheus")).key;
    custom = (await createIntegrationVia(h, "custom")).key;
  });

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    h.request({ method: "POST", url, token: null, headers, payload: payload as Record<string, unknown> });

  it("accepts an Alertmanager payload with the key as a bearer credential", async () => {
    const res = await post("/v1/event/prometheus", alertmanagerPayload([alert({ fingerprint: "bearer1" })]), {
      authorization: `Bearer ${prometheus}`,
    });
    assert.deepEqual(res.json(), ACCEPTED);
    assert.equal((await getAlarm(h, "bearer1")).json().data.status, "alarming");
  });

  it("accepts a custom event with the key as a bearer credential, the scheme in any case", async () => {
    const res = await post("/v1/event/huawei/custom", customEvent({ alarmId: "bearer2" }), {
      authorization: `bearer ${custom}`,
    });
    assert.deepEqual(res.json(), ACCEPTED);
    assert.equal((await getAlarm(h, "bearer2")).json().data.name, customEvent().alarmName);
  });

  it("keeps the key-in-the-URL form working for both kinds", async () => {
    assert.deepEqual((await postPrometheus(h, prometheus, alertmanagerPayload([alert()]))).json(), ACCEPTED);
    assert.deepEqual((await postCustom(h, custom, customEvent({ alarmId: "urlform" }))).json(), ACCEPTED);
  });

  const refused: Array<[string, string, Record<string, string>]> = [
    ["no Authorization header", "/v1/event/prometheus", {}],
    ["a wrong key", "/v1/event/prometheus", { authorization: `Bearer ${"A".repeat(32)}` }],
    ["an empty bearer credential", "/v1/event/prometheus", { authorization: "Bearer " }],
    ["another scheme", "/v1/event/prometheus", { authorization: "Basic YWxlcnRtYW5hZ2VyOnNlY3JldA==" }],
    ["the key without a scheme", "/v1/event/prometheus", { authorization: "KEY" }],
    ["the other kind's key", "/v1/event/huawei/custom", { authorization: "Bearer PROMETHEUS" }],
    ["the key as X-Auth-Token", "/v1/event/prometheus", { "x-auth-token": "PROMETHEUS" }],
  ];
  for (const [name, url, headers] of refused) {
    it(`answers ${name} with COC's 401, before reading the body`, async () => {
      const filled = Object.fromEntries(
        Object.entries(headers).map(([k, v]) => [
          k,
          v.replace("PROMETHEUS", prometheus).replace("KEY", prometheus),
        ]),
      );
      const res = await post(url, { not: "a valid body" }, filled);
      assert.equal(res.statusCode, 401, res.body);
      assert.deepEqual(res.json(), KEY_REFUSED);
    });
  }

  it("does not take a key in the Authorization header on the key-in-the-URL route", async () => {
    const res = await post(`/v1/event/prometheus/${"B".repeat(32)}`, alertmanagerPayload([alert()]), {
      authorization: `Bearer ${prometheus}`,
    });
    assert.deepEqual(res.json(), KEY_REFUSED);
  });

  it("never writes the header's key to the log, whatever the answer", async () => {
    sink.clear();
    const headers = { authorization: `Bearer ${prometheus}` };
    assert.equal(
      (await post("/v1/event/prometheus", alertmanagerPayload([alert()]), headers)).statusCode,
      200,
    );
    assert.equal((await post("/v1/event/prometheus", { alerts: "x" }, headers)).statusCode, 400);
    assert.equal((await post("/v1/event/huawei/custom", customEvent(), headers)).statusCode, 401);
    assert.equal((await post("/v1/event/prometheus/", alertmanagerPayload([]), headers)).statusCode, 200);
    const text = sink.text();
    assert.ok(
      sink.lines.some((line) => line.msg === "incoming request"),
      text,
    );
    assert.ok(!text.includes(prometheus.slice(0, -1)) && !text.includes(prometheus.slice(1)), text);
  });
});
