import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimPendingAlarms } from "../../src/alarms/alarm-rules.repository.ts";
import { authorizationHeader, formatSdkDate } from "../../src/auth/aksk/signature.ts";
import { RULES_LEASE_MS } from "../../src/transfer-rules/rule-processor.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { ruleBody } from "../transfer-rules/rule-helpers.ts";
import { useEmulator } from "./emulator-helpers.ts";

const AT = "2030-03-04T05:06:07.000Z";

describe("emulator clock", () => {
  const emu = useEmulator();

  it("set, advance and freeze move the emulated now; GET reads it", async () => {
    const set = await emu.control("POST", "clock", { set: AT, freeze: true });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual(set.body.data, { now: AT, now_ms: Date.parse(AT), frozen: true });
    const advanced = await emu.control("POST", "clock", { advance: "P1DT2H" });
    assert.equal(advanced.body.data.now, "2030-03-05T07:06:07.000Z");
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal((await emu.control("GET", "clock")).body.data.now, "2030-03-05T07:06:07.000Z", "frozen");
    const running = await emu.control("POST", "clock", { freeze: false });
    assert.equal(running.body.data.frozen, false);
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.ok((await emu.control("GET", "clock")).body.data.now_ms > Date.parse("2030-03-05T07:06:07.000Z"));
  });

  it("refuses a bad time or duration, naming the field", async () => {
    for (const [body, field] of [
      [{ set: "tomorrow" }, "set"],
      [{ advance: "5 minutes" }, "advance"],
      [{}, "body"],
      [{ freeze: "yes" }, "freeze"],
    ] as const) {
      const res = await emu.control("POST", "clock", body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(res.body.error_msg, new RegExp(`^${field}`));
    }
  });

  it("creation time, incident number and history times follow it", async () => {
    await emu.control("POST", "clock", { set: AT, freeze: true });
    const num = await emu.createIncident();
    assert.match(num, /^IM20300304050607\d{10}$/);
    const detail = await emu.call("GET", `/v1/external/incident/${num}`);
    assert.equal(detail.body.data.create_time, Date.parse(AT));
    await emu.control("POST", "clock", { advance: "PT1H" });
    const accepted = await emu.call("POST", "/v1/external/incident/handle", {
      incident_num: num,
      operator: "9605B67C741D4553887A3462771107D3",
      operate_key: "acceptedIncident1",
      parameter: {},
    });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const history = await emu.call("POST", `/v2/incidents/${num}/histories`, {});
    assert.deepEqual(
      history.body.data.info.map((entry: { stop_time: string }) => Number(entry.stop_time)),
      [Date.parse(AT), Date.parse(AT) + 3_600_000],
    );
  });

  it("the AK/SK signature's clock-skew check compares with the emulated now", async () => {
    await emu.control("POST", "clock", { set: AT, freeze: true });
    const { endpoint, credentials } = emu.running;
    const signedGet = (at: number) => {
      const headers = {
        host: new URL(endpoint).host,
        "x-sdk-date": formatSdkDate(at),
        "x-project-id": credentials.projectId,
      };
      const authorization = authorizationHeader(credentials.accessKey, credentials.secretKey, {
        method: "GET",
        path: "/incidentd/v1/tokens/",
        query: "",
        headers,
        body: "",
      });
      return fetch(`${endpoint}/incidentd/v1/tokens/`, { headers: { ...headers, authorization } });
    };
    assert.equal((await signedGet(Date.parse(AT) + 60_000)).status, 200, "a minute off the emulated now");
    const real = await signedGet(Date.now());
    assert.equal(real.status, 401, "the machine's time is years off the emulated now");
  });

  it("a transfer-rule claim's lease runs out when the clock passes it (the answer waits for the rules)", async () => {
    await emu.control("POST", "clock", { set: AT, freeze: true });
    const integration = await emu.call("POST", "/incidentd/v1/integrations", { name: "cpu", kind: "custom" });
    const key = integration.body.data.integration_key as string;
    assert.equal((await emu.call("POST", "/incidentd/v1/transfer-rules", ruleBody())).status, 200);
    const { deps, workers } = emu.running.emulator;
    // A node that claimed the alarm and died: its claim stands until the lease runs out.
    await workers.stop();
    const fired = await emu.call(
      "POST",
      `/v1/event/huawei/custom/${key}`,
      customEvent({ alarmId: "lease1" }),
    );
    assert.equal(fired.status, 200, JSON.stringify(fired.body));
    const claimed = await claimPendingAlarms(deps.db, {
      owner: "dead-node",
      now: deps.clock.now(),
      leaseMs: RULES_LEASE_MS,
      limit: 10,
    });
    assert.equal(claimed.length, 1);
    // The loops stay stopped (a SQLite node's rule loop frees every claim when it starts): what runs the
    // rules here is the clock's own pass over what came due.
    const incidentOf = async () =>
      (
        await deps.db
          .selectFrom("alarms")
          .select("incident_num")
          .where("alarm_id", "=", "lease1")
          .executeTakeFirstOrThrow()
      ).incident_num;
    await emu.control("POST", "clock", { advance: "PT20S" });
    assert.equal(await incidentOf(), null, "20 s into a 30 s lease");
    await emu.control("POST", "clock", { advance: "PT11S" });
    const num = await incidentOf();
    assert.ok(num, "processed once the lease ran out");
    const detail = await emu.call("GET", `/v1/external/incident/${num}`);
    assert.equal(detail.body.data.create_time, Date.parse(AT) + 31_000);
    workers.start();
  });
});

describe("emulator clock and rate limits", () => {
  // One request per second per credential: the token's bucket serves the control calls, the access key's
  // the calls under test.
  const emu = useEmulator({ INCIDENTD_RATE_LIMIT: "1", INCIDENTD_RATE_BURST: "1" });

  it("a frozen clock keeps a spent bucket empty; advancing it refills", async () => {
    await emu.control("POST", "clock", { set: AT, freeze: true });
    const { endpoint, credentials } = emu.running;
    const signedGet = () => {
      const headers = { host: new URL(endpoint).host, "x-sdk-date": formatSdkDate(Date.parse(AT)) };
      const authorization = authorizationHeader(credentials.accessKey, credentials.secretKey, {
        method: "GET",
        path: "/incidentd/v1/tokens/",
        query: "",
        headers,
        body: "",
      });
      return fetch(`${endpoint}/incidentd/v1/tokens/`, { headers: { ...headers, authorization } });
    };
    assert.equal((await signedGet()).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal((await signedGet()).status, 429, "a second of the machine's time refills nothing");
    await emu.control("POST", "clock", { advance: "PT1S" });
    assert.equal((await signedGet()).status, 200);
  });
});
