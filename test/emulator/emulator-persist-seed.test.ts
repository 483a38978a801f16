import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { startEmulator } from "../../src/emulator/emulator-server.ts";
import { exampleIncident } from "../../testkit/example-incident.ts";
import { useEmulator } from "./emulator-helpers.ts";
import { fullFixture, SOLVED } from "./seed/seed-fixture.ts";

const NOT_FOUND = "COC.00067003";

describe("emulator --persist", () => {
  it("keeps state across restarts; reset to empty still gives a fresh emulator", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "incidentd-emulator-"));
    try {
      const call = async (endpoint: string, method: string, url: string, body?: unknown) => {
        const res = await fetch(`${endpoint}${url}`, {
          method,
          headers: { "x-auth-token": "incidentd-emulator-admin-token", "content-type": "application/json" },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return (await res.json()) as { error_code: string; data: { incident_num?: string } };
      };
      const first = await startEmulator({ port: 0, host: "127.0.0.1", persistDir: dir, env: {} });
      const num = (await call(first.endpoint, "POST", "/v1/external/incident/create", exampleIncident())).data
        .incident_num;
      await first.close();
      const second = await startEmulator({ port: 0, host: "127.0.0.1", persistDir: dir, env: {} });
      try {
        assert.equal(
          (await call(second.endpoint, "GET", `/v1/external/incident/${num}`)).data.incident_num,
          num,
        );
        await call(second.endpoint, "POST", "/incidentd/v1/emulator/reset", { to: "empty" });
        assert.equal(
          (await call(second.endpoint, "GET", `/v1/external/incident/${num}`)).error_code,
          NOT_FOUND,
        );
        const after = await call(second.endpoint, "GET", "/incidentd/v1/tokens");
        assert.equal(after.error_code, "GOM.00000000", "the credentials survive the reset");
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("emulator seed", () => {
  const emu = useEmulator();

  it("a fixture the loader refuses changes nothing", async () => {
    const num = await emu.createIncident();
    const res = await emu.control("POST", "seed", { incidents: "not a list" });
    assert.ok(res.status >= 400, JSON.stringify(res.body));
    assert.equal((await emu.call("GET", `/v1/external/incident/${num}`)).status, 200);
    assert.equal((await emu.control("POST", "reset", { to: "seed" })).status, 400, "no seed was loaded");
  });

  it("refuses YAML that does not parse, naming the body", async () => {
    const { endpoint, credentials } = emu.running;
    const res = await fetch(`${endpoint}/incidentd/v1/emulator/seed`, {
      method: "POST",
      headers: { "x-auth-token": credentials.token, "content-type": "application/yaml" },
      body: "incidents: [unclosed",
    });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error_msg: string }).error_msg, /^body: not valid YAML/);
  });

  it("needs the admin role", async () => {
    const made = await emu.call("POST", "/incidentd/v1/tokens", {
      name: "w",
      role: "writer",
      principal: "u",
    });
    const writer = made.body.data.token as string;
    for (const [method, name] of [
      ["POST", "reset"],
      ["POST", "seed"],
      ["GET", "clock"],
      ["GET", "journal"],
      ["POST", "faults"],
    ]) {
      const res = await emu.call(
        method as string,
        `/incidentd/v1/emulator/${name}`,
        method === "POST" ? {} : undefined,
        {
          "x-auth-token": writer,
        },
      );
      assert.equal(res.status, 403, `${method} ${name}`);
    }
    assert.equal(
      (await emu.call("GET", "/incidentd/v1/emulator/clock", undefined, { "x-auth-token": "nope-nope-nope" }))
        .status,
      401,
    );
  });
});

describe("emulator seed through its route", () => {
  const emu = useEmulator();

  it("loads a fixture through the route, and reset to seed brings it back after changes", async () => {
    const { credentials } = emu.running;
    const seeded = await emu.control("POST", "seed", fullFixture(credentials.projectId));
    assert.equal(seeded.status, 200, JSON.stringify(seeded.body));
    const detail = await emu.call("GET", `/v1/external/incident/${SOLVED}`);
    assert.equal(detail.status, 200, JSON.stringify(detail.body));
    assert.equal(detail.body.data.incident_num, SOLVED);
    const extra = await emu.createIncident();
    const deleted = await emu.call("GET", `/v1/external/incident/${extra}`);
    assert.equal(deleted.status, 200);
    const reset = await emu.control("POST", "reset", { to: "seed" });
    assert.equal(reset.status, 200, JSON.stringify(reset.body));
    assert.equal((await emu.call("GET", `/v1/external/incident/${SOLVED}`)).status, 200, "the seed is back");
    assert.equal(
      (await emu.call("GET", `/v1/external/incident/${extra}`)).body.error_code,
      NOT_FOUND,
      "what came after the seed is gone",
    );
  });
});
