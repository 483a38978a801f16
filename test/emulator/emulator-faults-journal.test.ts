import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { describe, it } from "node:test";
import { authorizationHeader, formatSdkDate } from "../../src/auth/aksk/signature.ts";
import { JOURNAL_MAX_ENTRIES } from "../../src/emulator/emulator-journal.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { useEmulator } from "./emulator-helpers.ts";

describe("emulator faults", () => {
  const emu = useEmulator();

  it("answer exactly the next N requests matching a path with the status and COC error code", async () => {
    await emu.control("POST", "reset", { to: "empty" });
    const added = await emu.control("POST", "faults", {
      path: "/incidentd/v1/tokens",
      count: 2,
      status: 429,
    });
    assert.equal(added.status, 200, JSON.stringify(added.body));
    assert.equal(added.body.data.remaining, 2);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await emu.call("GET", "/incidentd/v1/tokens");
      statuses.push(res.status);
      if (res.status === 429) {
        assert.equal(res.body.error_code, "APIG.0308");
        assert.equal(res.body.data, null);
        assert.ok(res.body.request_id, "gateway errors carry request_id");
      }
    }
    assert.deepEqual(statuses, [429, 429, 200]);
    assert.deepEqual((await emu.control("GET", "faults")).body.data.faults, []);
  });

  it("match by COC operation name and method, leaving other requests alone", async () => {
    await emu.control("POST", "faults", {
      operation: "CreateCocIncident",
      count: 1,
      error_code: "COC.00040701",
    });
    await emu.control("POST", "faults", {
      method: "DELETE",
      path: "/incidentd/v1/tokens/*",
      count: 1,
      status: 503,
    });
    assert.equal((await emu.call("GET", "/incidentd/v1/tokens")).status, 200, "another operation");
    const failed = await emu.call("POST", "/v1/external/incident/create", {});
    assert.equal(failed.status, 500);
    assert.equal(failed.body.error_code, "COC.00040701");
    assert.match(await emu.createIncident(), /^IM/);
    const listed = (await emu.control("GET", "faults")).body.data.faults;
    assert.equal(listed.length, 1);
    assert.equal(listed[0].method, "DELETE");
    const cleared = await emu.control("DELETE", "faults");
    assert.equal(cleared.body.data.cleared, 1);
  });

  it("delay a request, or reset its connection", async () => {
    await emu.control("POST", "faults", { operation: "ListTokens", count: 1, delay_ms: 250 });
    const started = performance.now();
    assert.equal((await emu.call("GET", "/incidentd/v1/tokens")).status, 200);
    assert.ok(performance.now() - started >= 240, "delayed");
    await emu.control("POST", "faults", { operation: "ListTokens", count: 1, reset_connection: true });
    const url = new URL(`${emu.running.endpoint}/incidentd/v1/tokens`);
    const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      const req = httpRequest(url, { headers: { "x-auth-token": emu.running.credentials.token } }, (res) => {
        res.resume();
        resolve(undefined);
      });
      req.on("error", resolve);
      req.end();
    });
    assert.equal(error?.code, "ECONNRESET");
    assert.equal((await emu.call("GET", "/incidentd/v1/tokens")).status, 200, "only the one");
    // The lost request no longer counts as in flight: a reset does not wait for it.
    assert.equal((await emu.control("POST", "reset", { to: "empty" })).status, 200);
  });

  it("refuses a fault with nothing to do or a bad field, naming it", async () => {
    for (const [body, field] of [
      [{ count: 1 }, "body"],
      [{ count: 0, status: 500 }, "count"],
      [{ count: 1, status: 200 }, "status"],
      [{ count: 1, status: 500, path: "no-slash" }, "path"],
    ] as const) {
      const res = await emu.control("POST", "faults", body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(res.body.error_msg, new RegExp(`^${field}`), res.body.error_msg);
    }
  });
});

describe("emulator journal", () => {
  const emu = useEmulator();

  it("records operation, method, path, query, body and status, with credentials redacted", async () => {
    const num = await emu.createIncident({ incident_title: "journal me" });
    await emu.call("GET", `/v1/external/incident/${num}?lang=en`, undefined, {
      cookie: "incidentd_session=abc",
    });
    const { endpoint, credentials } = emu.running;
    const headers = { host: new URL(endpoint).host, "x-sdk-date": formatSdkDate(Date.now()) };
    const authorization = authorizationHeader(credentials.accessKey, credentials.secretKey, {
      method: "GET",
      path: "/incidentd/v1/tokens/",
      query: "",
      headers,
      body: "",
    });
    assert.equal(
      (await fetch(`${endpoint}/incidentd/v1/tokens/`, { headers: { ...headers, authorization } })).status,
      200,
    );
    const integration = await emu.call("POST", "/incidentd/v1/integrations", { name: "cpu", kind: "custom" });
    const key = integration.body.data.integration_key as string;
    await emu.call("POST", `/v1/event/huawei/custom/${key}`, customEvent({ alarmId: "j1" }));

    const entries = (await emu.control("GET", "journal")).body.data.entries;
    const text = JSON.stringify(entries);
    for (const secret of [credentials.token, key, "abc", authorization.match(/Signature=(\w+)/)?.[1] ?? "?"])
      assert.ok(!text.includes(secret), `the journal shows ${secret}`);
    const [create, detail, signed, , intake] = entries;
    assert.equal(create.operation, "CreateCocIncident");
    assert.equal(create.method, "POST");
    assert.equal(create.body.incident_title, "journal me");
    assert.equal(create.status, 200);
    assert.equal(create.incident_num, null);
    assert.equal(create.headers["x-auth-token"], "[redacted]");
    assert.equal(detail.operation, "ShowCocIncidentDetail");
    assert.deepEqual(detail.query, { lang: "en" });
    assert.equal(detail.incident_num, num);
    assert.equal(detail.headers.cookie, "[redacted]");
    assert.match(
      signed.headers.authorization,
      new RegExp(`Access=${credentials.accessKey}.*Signature=\\[redacted\\]`),
    );
    assert.equal(intake.path, "/v1/event/huawei/custom/[redacted]");
  });

  it("filters by operation, incident number and time, and clears", async () => {
    await emu.control("DELETE", "journal");
    const first = await emu.createIncident();
    await emu.control("POST", "clock", { advance: "PT1H" });
    const since = (await emu.control("GET", "clock")).body.data.now;
    const second = await emu.createIncident();
    await emu.call("GET", `/v1/external/incident/${second}`);
    const list = async (query: string) =>
      (await emu.control("GET", `journal?${query}`)).body.data.entries.map(
        (e: { operation: string; incident_num: string | null }) => `${e.operation}:${e.incident_num ?? ""}`,
      );
    assert.deepEqual(await list("operation=ShowCocIncidentDetail"), [`ShowCocIncidentDetail:${second}`]);
    assert.deepEqual(await list(`incident_num=${second}`), [`ShowCocIncidentDetail:${second}`]);
    assert.deepEqual(await list(`since=${encodeURIComponent(since)}`), [
      "CreateCocIncident:",
      `ShowCocIncidentDetail:${second}`,
    ]);
    assert.equal((await emu.control("GET", "journal?since=soon")).status, 400);
    assert.ok(first);
    const cleared = await emu.control("DELETE", "journal");
    assert.equal(cleared.body.data.cleared, 3);
    assert.deepEqual((await emu.control("GET", "journal")).body.data.entries, []);
  });

  it(`keeps at most ${JOURNAL_MAX_ENTRIES} entries, the newest`, async () => {
    await emu.control("DELETE", "journal");
    const journal = emu.running.emulator.journal;
    for (let i = 0; i < JOURNAL_MAX_ENTRIES + 5; i++)
      journal.record({
        time: new Date().toISOString(),
        operation: `Op${i}`,
        method: "GET",
        path: "/",
        query: {},
        headers: {},
        body: null,
        body_truncated: false,
        status: 200,
        incident_num: null,
      });
    const entries = journal.list();
    assert.equal(entries.length, JOURNAL_MAX_ENTRIES);
    assert.equal(entries[0]?.operation, "Op5");
  });
});
