import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { startTracing } from "../../src/tracing/tracing.ts";

describe("traces configuration", () => {
  it("is off without OTEL_EXPORTER_OTLP_ENDPOINT: startTracing starts nothing", async () => {
    const config = loadConfig({});
    assert.equal(config.tracing.otlpEndpoint, undefined);
    assert.equal(await startTracing(config.tracing), undefined);
  });

  it("reads the endpoint, the protocol (http/protobuf by default) and the service name", () => {
    assert.deepEqual(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }).tracing, {
      otlpEndpoint: "http://collector:4318",
      otlpProtocol: "http/protobuf",
      serviceName: "incidentd",
    });
    const json = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318",
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_SERVICE_NAME: "incidentd-eu",
    });
    assert.equal(json.tracing.otlpProtocol, "http/json");
    assert.equal(json.tracing.serviceName, "incidentd-eu");
  });

  it("refuses a protocol it does not speak (grpc) at start-up, naming the variable", () => {
    assert.throws(
      () => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4317", OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" }),
      (error: unknown) => error instanceof ConfigError && /OTEL_EXPORTER_OTLP_PROTOCOL/.test(error.message),
    );
  });
});
