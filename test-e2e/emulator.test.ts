import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials.js";
import { ClientRequestException } from "@huaweicloud/huaweicloud-sdk-core/exception/ClientRequestException.js";
import { Logger4jInstance } from "@huaweicloud/huaweicloud-sdk-core/logger/log4jLogger.js";
import type { TestEmulator } from "../src/testing.ts";
import { assertBuilt, INCIDENTD_BIN } from "../testkit/built-program.ts";
import { CocClient } from "./sdk/coc-client.ts";

// The package's own test helper as a user imports it (`import { startEmulator } from "incidentd/testing"`):
// resolved through package.json "exports" to the build in dist/ (resolved at run time, so the type checker
// does not map dist/ back to src/).
const TESTING = import.meta.resolve("incidentd/testing");
const { startEmulator } = (await import(TESTING)) as typeof import("../src/testing.ts");

Logger4jInstance.level = "off";

/** Spawns `incidentd emulator` on a free port; resolves with its banner and the time it took. */
async function spawnEmulator(
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; banner: string; ms: number }> {
  assertBuilt();
  const started = performance.now();
  const child = spawn(process.execPath, [INCIDENTD_BIN, "emulator", "--port", "0"], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const banner = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      if (out.includes("control:")) resolve(out);
    });
    child.stderr?.on("data", (chunk) => (out += chunk));
    child.once("exit", (code) => reject(new Error(`incidentd emulator exited ${code}:\n${out}`)));
  });
  return { child, banner, ms: performance.now() - started };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

describe("incidentd emulator (the command)", () => {
  it("prints the endpoint and the fixed credentials, which work at once", async () => {
    const { child, banner, ms } = await spawnEmulator();
    try {
      const endpoint = /endpoint:\s+(\S+)/.exec(banner)?.[1] ?? assert.fail(banner);
      const token = /token:\s+(\S+)/.exec(banner)?.[1] ?? assert.fail(banner);
      assert.match(banner, /access key:\s+EMULATORACCESSKEY000/);
      assert.equal(token, "incidentd-emulator-admin-token");
      const res = await fetch(`${endpoint}/incidentd/v1/emulator/clock`, {
        headers: { "x-auth-token": token },
      });
      assert.equal(res.status, 200);
      // The goal (under 1 s) holds on a quiet machine; this bound only catches a start gone badly wrong.
      assert.ok(ms < 15_000, `started in ${ms} ms`);
    } finally {
      await stop(child);
    }
  });

  it("takes INCIDENTD_BOOTSTRAP_* over the fixed credentials", async () => {
    const { child, banner } = await spawnEmulator({
      INCIDENTD_BOOTSTRAP_PROJECT_ID: "myproject",
      INCIDENTD_BOOTSTRAP_TOKEN: "my-own-emulator-token-123",
      INCIDENTD_BOOTSTRAP_ACCESS_KEY: "MYACCESSKEY1",
      INCIDENTD_BOOTSTRAP_SECRET_KEY: "my-secret-key-0123456789",
    });
    try {
      assert.match(banner, /project id:\s+myproject/);
      assert.match(banner, /access key:\s+MYACCESSKEY1/);
      const endpoint = /endpoint:\s+(\S+)/.exec(banner)?.[1] ?? assert.fail(banner);
      const res = await fetch(`${endpoint}/incidentd/v1/tokens`, {
        headers: { "x-auth-token": "my-own-emulator-token-123" },
      });
      assert.equal(res.status, 200);
    } finally {
      await stop(child);
    }
  });
});

describe("incidentd/testing with the official SDK core", () => {
  let coc: TestEmulator;
  let client: CocClient;

  before(async () => {
    assertBuilt();
    assert.match(TESTING, /\/dist\/testing\.js$/);
    coc = await startEmulator();
    client = CocClient.newBuilder()
      .withCredential(new BasicCredentials().withAk(coc.ak).withSk(coc.sk).withProjectId(coc.projectId))
      .withEndpoint(coc.endpoint)
      .withOptions({ customUserAgent: "incidentd-emulator-test" })
      .build();
  });
  after(() => coc?.stop());

  const body = {
    incident_level: "level_40",
    is_service_interrupt: "false",
    incident_type: "inc_type_p_security_issues",
    incident_title: "from the SDK",
    incident_source: "incident_source_manual",
    creator: "bot",
    incident_assignee: ["owner"],
  };

  it("creates an incident through the SDK at the emulated time; the journal shows the call, signature redacted", async () => {
    // The SDK signs with the machine's time, and the signature's skew check follows the emulated clock:
    // moved within 15 minutes, signed calls still pass (further, they are refused as a real COC would).
    const at = new Date(Math.floor(Date.now() / 1000) * 1000 + 10 * 60_000);
    await coc.clock.freeze();
    await coc.clock.set(at);
    const created = await client.createCocIncident({ body });
    const num = created.data?.incident_num ?? assert.fail(JSON.stringify(created));
    assert.equal(num.slice(2, 16), at.toISOString().replace(/[-:T]/g, "").slice(0, 14));
    const [entry, ...rest] = await coc.journal({ operation: "CreateCocIncident" });
    assert.equal(rest.length, 0);
    assert.equal(entry?.status, 200);
    assert.deepEqual(entry?.body, body);
    assert.match(entry?.headers.authorization ?? "", /Signature=\[redacted\]$/);
  });

  it("a fault reaches the SDK as its exception with COC's error code; reset empties the emulator", async () => {
    await coc.faults.add({ operation: "CreateCocIncident", count: 1, status: 429, error_code: "APIG.0308" });
    const error = await client.createCocIncident({ body }).then(
      () => assert.fail("the SDK call succeeded"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ClientRequestException, String(error));
    assert.equal(error.httpStatusCode, 429);
    assert.equal(error.errorCode, "APIG.0308");
    await coc.reset();
    assert.deepEqual(await coc.journal(), []);
    assert.equal((await coc.clock.now()).frozen, false);
  });
});
