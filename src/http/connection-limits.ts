import { randomUUID } from "node:crypto";
import { type Server, STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyHttpOptions } from "fastify";
import type { Config } from "../config.ts";
import type { ErrorKind } from "../errors.ts";
import { renderKind } from "./error-handler.ts";

function kindOf(error: NodeJS.ErrnoException): ErrorKind | undefined {
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return "REQUEST_TIMEOUT";
  if (error.code === "HPE_HEADER_OVERFLOW") return "HEADERS_TOO_LARGE";
  if (error.code?.startsWith("HPE_")) return "INVALID_PARAMETER";
  return undefined;
}

/**
 * Errors Node's HTTP parser raises before a request exists (too slow, headers too large, not HTTP) are
 * answered with the same envelope as everything else, then the connection is closed.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const kind = kindOf(error);
  if (kind && socket.writable) {
    const message = kind === "INVALID_PARAMETER" ? "request: malformed HTTP request" : undefined;
    const requestId = randomUUID();
    const { status, body } = renderKind(kind, requestId, message);
    const json = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(json)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy();
}

/**
 * Slow or oversized clients cannot hold the server: the whole request must arrive within the request
 * timeout (headers within at most 10 s of it), headers are bounded, and Node checks the deadlines often
 * enough for them to bite (docs/security.md).
 */
export function connectionLimits(limits: Config["limits"]): Partial<FastifyHttpOptions<Server>> {
  const timeout = limits.requestTimeoutMs;
  return {
    requestTimeout: timeout,
    http: {
      maxHeaderSize: limits.maxHeaderBytes,
      headersTimeout: Math.min(timeout, 10_000),
      requestTimeout: timeout,
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(timeout / 4))),
    },
    clientErrorHandler: answerClientError,
  };
}
