import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createIntegrationVia, getAlarm, KEY_REFUSED, postCustom, postPrometheus } from "./alarm-helpers.ts";

const long = (n: number) => "x".repeat(n);

/** Each invalid body → 400 COC.00000001 with exactly this message. */
const CASES: Array<[string, Record<string, unknown>, string]> = [
  ["rejects a missing alarmId", { alarmId: undefined }, "alarmId must not be null"],
  ["rejects a null alarmName", { alarmName: null }, "alarmName must not be null"],
  ["rejects an empty alarmName", { alarmName: "" }, "alarmName size must be between 1 and 255"],
  [
    "rejects an alarmName of 256 characters",
    { alarmName: long(256) },
    "alarmName size must be between 1 and 255",
  ],
  ["rejects an alarmId with a dash", { alarmId: "abc-123" }, "alarmId must contain only letters and digits"],
  [
    "rejects an unknown alarmLevel",
    { alarmLevel: "High" },
    "alarmLevel must be one of Critical, Major, Minor, Info",
  ],
  [
    "rejects a lower-case alarmLevel",
    { alarmLevel: "critical" },
    "alarmLevel must be one of Critical, Major, Minor, Info",
  ],
  [
    "rejects a time that is not epoch milliseconds",
    { time: "2024-03-18" },
    "time must be epoch milliseconds (an integer, or a string of digits)",
  ],
  [
    "rejects a negative time",
    { time: -1 },
    "time must be epoch milliseconds (an integer, or a string of digits)",
  ],
  ["rejects a missing nameSpace", { nameSpace: undefined }, "nameSpace must not be null"],
  ["rejects a missing alarmDesc", { alarmDesc: undefined }, "alarmDesc must not be null"],
  [
    "rejects an alarmDesc of 256 characters",
    { alarmDesc: long(256) },
    "alarmDesc size must be between 1 and 255",
  ],
  ["rejects a missing alarmSource", { alarmSource: undefined }, "alarmSource must not be null"],
  [
    "rejects a regionId of 256 characters",
    { regionId: long(256) },
    "regionId size must be between 0 and 255",
  ],
  ["rejects a URL of 256 characters", { URL: long(256) }, "URL size must be between 0 and 255"],
  ["rejects a numeric resourceId", { resourceId: 7 }, "resourceId must be a string"],
  ["rejects an unknown alarmStatus", { alarmStatus: "firing" }, "alarmStatus must be one of alarm, ok"],
  ["rejects an additional that is not an object", { additional: [1] }, "additional must be a JSON object"],
];

describe("custom event errors", () => {
  let key: string;
  const h = useHarness();
  before(async () => {
    key = (await createIntegrationVia(h, "custom")).key;
  });

  const expect400 = async (payload: unknown, message: string) => {
    const res = await postCustom(h, key, payload);
    assert.equal(res.statusCode, 400, res.body);
    assert.deepEqual(res.json(), {
      provider_code: "049",
      error_code: "COC.00000001",
      error_msg: message,
      data: null,
    });
  };

  for (const [name, overrides, message] of CASES) {
    it(name, () => expect400(customEvent(overrides), message));
  }

  it("reports every failing field at once, joined by ' | ', in the body's field order", () =>
    expect400(
      customEvent({ alarmName: undefined, alarmId: undefined, alarmLevel: "x", time: true, alarmSource: "" }),
      "alarmId must not be null | alarmName must not be null | alarmLevel must be one of Critical, Major, Minor, Info" +
        " | time must be epoch milliseconds (an integer, or a string of digits) | alarmSource size must be between 1 and 255",
    ));

  it("reports every required field of an empty object", () =>
    expect400(
      {},
      "alarmId must not be null | alarmName must not be null | alarmLevel must not be null | time must not be null" +
        " | nameSpace must not be null | alarmDesc must not be null | alarmSource must not be null",
    ));

  it("rejects a body that is not a JSON object", () =>
    expect400([customEvent()], "body must be a JSON object"));

  it("rejects malformed JSON with COC.00000001", async () => {
    const res = await h.request({
      method: "POST",
      url: `/v1/event/huawei/custom/${key}`,
      token: null,
      headers: { "content-type": "application/json" },
      payload: '{"alarmId": ',
    });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json(), {
      provider_code: "049",
      error_code: "COC.00000001",
      error_msg: "body must be valid JSON",
      data: null,
    });
  });

  it("rejects a non-JSON content type with COC.00000001", async () => {
    const res = await h.request({
      method: "POST",
      url: `/v1/event/huawei/custom/${key}`,
      token: null,
      headers: { "content-type": "text/plain" },
      payload: "alarm",
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_code, "COC.00000001");
    assert.equal(res.json().error_msg, "Content-Type must be application/json");
  });

  it("stores nothing when the body is invalid", async () => {
    await postCustom(h, key, customEvent({ alarmId: "invalid1", alarmLevel: "nope" }));
    assert.equal((await getAlarm(h, "invalid1")).statusCode, 400);
  });
});

describe("custom event integration keys", () => {
  const h = useHarness();

  const expect401 = async (key: string, payload: unknown = customEvent()) => {
    const res = await postCustom(h, key, payload);
    assert.equal(res.statusCode, 401, res.body);
    assert.deepEqual(res.json(), KEY_REFUSED);
  };

  it("declares the intake routes public (the key is their only credential) and the others by role", () => {
    const access = (method: string, url: string) =>
      h.app.routeTable.find((r) => r.method === method && r.url === url)?.access;
    assert.equal(access("POST", "/v1/event/huawei/custom/:integration_key"), "public");
    assert.equal(access("POST", "/v1/event/prometheus/:integration_key"), "public");
    assert.equal(access("GET", "/v1/alarm-mgmt/alarm/:alarm_id"), "reader");
    assert.equal(access("POST", "/v1/alarm-mgmt/alarms/cancel"), "writer");
    assert.equal(access("POST", "/v1/alarm-mgmt/alarms-linked-incident"), "writer");
    assert.equal(access("POST", "/incidentd/v1/integrations"), "admin");
  });

  it("refuses an unknown key", () => expect401("A".repeat(32)));
  it("refuses a key of the wrong shape", () => expect401("short"));
  it("refuses a key with one character changed", async () => {
    const { key } = await createIntegrationVia(h, "custom");
    await expect401(`${key.slice(0, -1)}${key.endsWith("a") ? "b" : "a"}`);
  });
  it("refuses a key before looking at the body", async () => expect401("B".repeat(32), { nonsense: true }));

  it("refuses a disabled key, and accepts it again once enabled", async () => {
    const { id, key } = await createIntegrationVia(h, "custom");
    const admin = (url: string) => h.request({ method: "POST", url, token: h.tokens.admin });
    assert.equal((await admin(`/incidentd/v1/integrations/${id}/disable`)).statusCode, 200);
    await expect401(key);
    assert.equal((await admin(`/incidentd/v1/integrations/${id}/enable`)).statusCode, 200);
    assert.equal((await postCustom(h, key, customEvent())).statusCode, 200);
  });

  it("refuses a deleted key", async () => {
    const { id, key } = await createIntegrationVia(h, "custom");
    const res = await h.request({
      method: "DELETE",
      url: `/incidentd/v1/integrations/${id}`,
      token: h.tokens.admin,
    });
    assert.equal(res.statusCode, 200);
    await expect401(key);
  });

  it("refuses a prometheus key on the custom route and a custom key on the prometheus route", async () => {
    const prometheus = await createIntegrationVia(h, "prometheus");
    const custom = await createIntegrationVia(h, "custom");
    await expect401(prometheus.key);
    const res = await postPrometheus(h, custom.key, { alerts: [] });
    assert.equal(res.statusCode, 401);
    assert.deepEqual(res.json(), KEY_REFUSED);
  });

  it("does not take an X-Auth-Token instead of a key", async () => {
    const res = await h.request({
      method: "POST",
      url: `/v1/event/huawei/custom/${"C".repeat(32)}`,
      token: h.tokens.admin,
      payload: customEvent(),
    });
    assert.equal(res.statusCode, 401);
    assert.deepEqual(res.json(), KEY_REFUSED);
  });

  it("does not let a key call any other route", async () => {
    const { key } = await createIntegrationVia(h, "custom");
    await postCustom(h, key, customEvent());
    for (const headers of [{ "x-auth-token": key }, { authorization: key }]) {
      const res = await h.request({
        method: "GET",
        url: "/v1/alarm-mgmt/alarm/18cfxxxxxxxxxx0f8",
        token: null,
        headers,
      });
      assert.equal(res.statusCode, 401, res.body);
      assert.equal(res.json().error_code, "APIG.0301");
    }
  });
});
