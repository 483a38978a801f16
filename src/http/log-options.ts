import type { FastifyRequest } from "fastify";
import { redactIntegrationKey } from "../integrations/integration.ts";

/** Fastify's own request fields, with any alarm-intake key masked in the URL (however it was encoded). */
export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactIntegrationKey({ url: request.url, route: request.routeOptions?.url }),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** The server's logger: the level, and what a log line may never show. */
export function serverLoggerOptions(level: string) {
  return {
    level,
    // Credentials never reach the logs, whatever a serializer is later changed to include.
    // Request bodies are never logged; the password paths stand guard should a serializer add them.
    redact: [
      "req.headers.authorization",
      'req.headers["x-auth-token"]',
      "req.headers.cookie",
      'req.headers["x-csrf-token"]',
      'res.headers["set-cookie"]',
      "req.body.password",
      "body.password",
    ],
    serializers: { req: serializeRequest },
  };
}
