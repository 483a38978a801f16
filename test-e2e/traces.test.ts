import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { ENGINE } from "../testkit/test-database.ts";
import { type Installation, type RunningServer, startServer, tempInstallation } from "./process.ts";

const TOKEN = "e2e-traces-token-0000000000000000";
const RECORDER = path.join(import.meta.dirname, "fixtures", "record-otel-modules.cjs");

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string };
}
interface OtlpSpan {
  name: string;
  attributes?: OtlpAttribute[];
  /** Added here: the instrumentation scope that made the span. */
  scope?: string;
}

/** A local OTLP/HTTP receiver: keeps every span posted (JSON) to /v1/traces, answers 200 to anything. */
async function otlpReceiver(): Promise<{ url: string; spans: OtlpSpan[]; close: () => Promise<void> }> {
  const spans: OtlpSpan[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      if (request.url === "/v1/traces") {
        const sent = JSON.parse(body) as {
          resourceSpans: Array<{ scopeSpans: Array<{ scope?: { name: string }; spans: OtlpSpan[] }> }>;
        };
        for (const r of sent.resourceSpans)
          for (const s of r.scopeSpans)
            spans.push(...s.spans.map((span) => ({ ...span, scope: s.scope?.name })));
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("traces (OpenTelemetry, off by default)", () => {
  let data: Installation;
  let logDir: string;
  before(async () => {
    data = await tempInstallation();
    logDir = mkdtempSync(path.join(tmpdir(), "incidentd-otel-"));
  });
  after(async () => {
    await data.remove();
    rmSync(logDir, { recursive: true, force: true });
  });

  const start = (log: string, env: Record<string, string> = {}): Promise<RunningServer> =>
    startServer({
      ...data.env,
      INCIDENTD_BOOTSTRAP_PROJECT_ID: "traces",
      INCIDENTD_BOOTSTRAP_TOKEN: TOKEN,
      NODE_OPTIONS: `--require ${RECORDER}`,
      INCIDENTD_TEST_MODULE_LOG: log,
      ...env,
    });

  it("without OTEL_EXPORTER_OTLP_ENDPOINT, loads no OpenTelemetry SDK, exporter or instrumentation", async () => {
    const log = path.join(logDir, "off.log");
    const server = await start(log, { OTEL_EXPORTER_OTLP_ENDPOINT: "" });
    try {
      const res = await fetch(`${server.baseUrl}/v1/external/incident/x`, {
        headers: { "x-auth-token": TOKEN },
      });
      assert.equal(res.status, 400, "answered (an invalid incident number)");
      await res.body?.cancel();
    } finally {
      assert.equal(await server.stop("SIGTERM"), 0);
    }
    // prom-client requires the OpenTelemetry API (a no-op facade until an SDK registers; it reads exemplars
    // through it): that is the one OpenTelemetry module allowed. No SDK, exporter or instrumentation loads.
    const loaded = (existsSync(log) ? readFileSync(log, "utf8") : "")
      .split("\n")
      .filter((line) => line !== "");
    assert.deepEqual(
      loaded.filter((line) => line !== "require @opentelemetry/api"),
      [],
    );
  });

  it("with it set, exports the request's spans over OTLP/HTTP with the request id as an attribute", async () => {
    const receiver = await otlpReceiver();
    const log = path.join(logDir, "on.log");
    const server = await start(log, {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_BSP_SCHEDULE_DELAY: "100",
      OTEL_METRICS_EXPORTER: "none",
      OTEL_LOGS_EXPORTER: "none",
    });
    try {
      const res = await fetch(`${server.baseUrl}/incidentd/v1/tokens`, {
        headers: { "x-auth-token": TOKEN, "x-request-id": "trace-me-0001" },
      });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("x-request-id"), "trace-me-0001");
      await res.body?.cancel();
      const deadline = Date.now() + 10_000;
      const tagged = () =>
        receiver.spans.filter((s) =>
          (s.attributes ?? []).some(
            (a) => a.key === "incidentd.request_id" && a.value.stringValue === "trace-me-0001",
          ),
        );
      const expected = [
        "@opentelemetry/instrumentation-http",
        ...(ENGINE === "postgres" ? ["@opentelemetry/instrumentation-pg"] : []),
      ];
      const complete = () =>
        tagged().length > 0 && expected.every((scope) => receiver.spans.some((s) => s.scope === scope));
      while (!complete() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.ok(
        tagged().length > 0,
        `no span with the request id among ${receiver.spans.map((s) => s.name)}`,
      );
      assert.ok(
        readFileSync(log, "utf8").includes("@opentelemetry/sdk-node"),
        "the recorder sees the SDK load",
      );
    } finally {
      await server.stop("SIGTERM");
      await receiver.close();
    }
  });
});
