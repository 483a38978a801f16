import type { FastifyReply, FastifyRequest } from "fastify";
import { ERROR_CATALOGUE } from "../../errors.ts";
import type { App } from "../../http/app-types.ts";
import { PROVIDER_CODE } from "../../http/envelope.ts";
import type { Emulator } from "../emulator.ts";
import type { Fault } from "../emulator-faults.ts";
import { boundedBody, incidentNumOf, redactHeaders } from "../emulator-journal.ts";

export const EMULATOR_PATH = "/incidentd/v1/emulator/";

const SPECS = Object.values(ERROR_CATALOGUE);

/** When each request arrived, on the emulated clock (the journal's time). */
const ARRIVED = new WeakMap<FastifyRequest, number>();

/** The status of a known COC code, else 500; the code of a known status, else COC's internal error. */
export function faultAnswer(fault: Pick<Fault, "status" | "error_code">): {
  status: number;
  code: string;
  message: string;
} {
  const byCode = SPECS.find((spec) => spec.code === fault.error_code);
  const status = fault.status ?? byCode?.status ?? 500;
  const byStatus = SPECS.find((spec) => spec.status === status);
  const code = fault.error_code ?? byStatus?.code ?? (status >= 500 ? "COC.00040701" : "GOM.00007256");
  const known = SPECS.find((spec) => spec.code === code);
  return { status, code, message: `injected fault${known ? `: ${known.message}` : ""}` };
}

/** The path as the route table names it: without the service's prefix and the query string. */
function pathOf(request: FastifyRequest, prefix: string): string {
  const path = request.url.split("?")[0] ?? "/";
  return prefix && path.startsWith(prefix) ? path.slice(prefix.length) || "/" : path;
}

function operationOf(request: FastifyRequest): string | null {
  const schema = request.routeOptions.schema as { operationId?: string } | undefined;
  return schema?.operationId ?? null;
}

/** The journal's view of a path: an integration key in it (the alarm intake's credential) redacted. */
function journalPath(request: FastifyRequest, prefix: string): string {
  const key = (request.params as { integration_key?: unknown } | undefined)?.integration_key;
  const path = pathOf(request, prefix);
  return typeof key === "string" && key ? path.split(encodeURIComponent(key)).join("[redacted]") : path;
}

function record(emulator: Emulator, request: FastifyRequest, prefix: string, status: number | null): void {
  const path = journalPath(request, prefix);
  const query = (request.query ?? {}) as Record<string, unknown>;
  const { body, truncated } = boundedBody(request.body);
  emulator.journal.record({
    time: new Date(ARRIVED.get(request) ?? emulator.clock.now()).toISOString(),
    operation: operationOf(request),
    method: request.method,
    path,
    query,
    headers: redactHeaders(request.headers),
    body,
    body_truncated: truncated,
    status,
    incident_num: incidentNumOf(path, query, body),
  });
}

/**
 * The request hooks of emulator mode, before every other hook: the reset gate (requests wait while a
 * reset runs), fault injection and the request journal. The emulator's own routes pass through untouched.
 */
export function emulatorHooks(emulator: Emulator, prefix: string): (app: App) => void {
  const own = `${prefix}${EMULATOR_PATH}`;
  return (app) => {
    app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.url.startsWith(own)) return;
      const leave = await emulator.gate.enter();
      reply.raw.once("close", leave);
      // A client that gave up while a reset held it has closed already: it is not in flight.
      if (reply.raw.closed || request.raw.destroyed) leave();
      ARRIVED.set(request, emulator.clock.now());
      const fault = emulator.faults.take({
        method: request.method,
        path: pathOf(request, prefix),
        operation: operationOf(request) ?? undefined,
      });
      if (!fault) return;
      if (fault.delay_ms) await new Promise((resolve) => setTimeout(resolve, fault.delay_ms));
      if (fault.reset_connection) {
        record(emulator, request, prefix, null);
        reply.hijack();
        request.raw.socket.destroy();
        return reply;
      }
      if (fault.status === undefined && fault.error_code === undefined) return;
      const answer = faultAnswer(fault);
      const body: Record<string, unknown> = {
        provider_code: PROVIDER_CODE,
        error_code: answer.code,
        error_msg: answer.message,
        ...(answer.code.startsWith("APIG.") ? { request_id: request.id } : {}),
        data: null,
      };
      return reply.header("x-request-id", request.id).code(answer.status).send(body);
    });
    app.addHook("onResponse", async (request, reply) => {
      if (request.url.startsWith(own)) return;
      record(emulator, request, prefix, reply.statusCode);
    });
  };
}
