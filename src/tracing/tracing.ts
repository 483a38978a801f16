import type { Config } from "../config.ts";

/** A started tracer: `shutdown` flushes the spans still batched. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/** The span attribute carrying incidentd's request id (the X-Request-Id of the answer). */
export const REQUEST_ID_ATTRIBUTE = "incidentd.request_id";

/**
 * OpenTelemetry traces (docs/observability.md#traces), only when OTEL_EXPORTER_OTLP_ENDPOINT is set: then,
 * and only then, the SDK and its instrumentations are imported — before the server's modules, so `pg` and
 * `http` are patched when they load. Without it this returns at once and nothing of OpenTelemetry loads.
 */
export async function startTracing(config: Config["tracing"]): Promise<Tracing | undefined> {
  if (config.otlpEndpoint === undefined) return undefined;
  const [
    { NodeSDK },
    exporter,
    { HttpInstrumentation },
    { PgInstrumentation },
    { FastifyOtelInstrumentation },
  ] = await Promise.all([
    import("@opentelemetry/sdk-node"),
    config.otlpProtocol === "http/json"
      ? import("@opentelemetry/exporter-trace-otlp-http")
      : import("@opentelemetry/exporter-trace-otlp-proto"),
    import("@opentelemetry/instrumentation-http"),
    import("@opentelemetry/instrumentation-pg"),
    import("@fastify/otel"),
  ]);
  const sdk = new NodeSDK({
    serviceName: config.serviceName,
    // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (…/v1/traces), _HEADERS and _TIMEOUT itself.
    traceExporter: new exporter.OTLPTraceExporter(),
    instrumentations: [
      new HttpInstrumentation(),
      new PgInstrumentation(),
      new FastifyOtelInstrumentation({
        registerOnInitialization: true,
        requestHook: (span, request) => span.setAttribute(REQUEST_ID_ATTRIBUTE, request.id),
      }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
