import type { LightMyRequestResponse } from "fastify";
import { ERROR_CATALOGUE } from "../../src/errors.ts";
import type { FuzzCase } from "./requests.ts";
import type { FuzzRoute } from "./world.ts";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Each documented (code, status) pair: an error must be one of them. */
const KNOWN_ERRORS = new Set(Object.values(ERROR_CATALOGUE).map((e) => `${e.status} ${e.code}`));
/** Text that must never reach a client: stack frames, driver and engine messages. */
const LEAKS =
  /\n\s+at |node_modules|SqliteError|SQLITE_|syntax error at or near|relation "|TypeError|ReferenceError/;
const BAD_CREDENTIALS = new Set([
  "no-credential",
  "lower-role-token",
  "unknown-token",
  "malformed-signature",
  "wrong-signature",
  "replayed-signature",
  "swapped-body",
  "expired-signature",
]);

/** Routes whose successful answers are not the JSON envelope (documents, pages, downloads, streams). */
function isDocumentRoute(route: FuzzRoute): boolean {
  return (
    route.url.startsWith("/docs") || route.url === "/openapi.json" || route.url.includes("/attachments/")
  );
}

function parseJson(body: string): { value?: Record<string, unknown>; error?: string } {
  try {
    const value = JSON.parse(body);
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return { error: "not a JSON object" };
    return { value };
  } catch {
    return { error: "not JSON" };
  }
}

function checkErrorBody(res: LightMyRequestResponse): string | undefined {
  const { value: body, error } = parseJson(res.body);
  if (!body) return `error answer is ${error}: ${res.body.slice(0, 200)}`;
  if (!String(res.headers["content-type"] ?? "").startsWith("application/json"))
    return `error answer has content-type ${res.headers["content-type"]}`;
  if (body.provider_code !== "049")
    return `error envelope has provider_code ${JSON.stringify(body.provider_code)}`;
  if (typeof body.error_code !== "string") return "error envelope has no string error_code";
  if (typeof body.error_msg !== "string") return "error envelope has no string error_msg";
  if (body.data !== undefined && body.data !== null) return "error envelope has non-null data";
  if (!KNOWN_ERRORS.has(`${res.statusCode} ${body.error_code}`))
    return `undocumented error ${res.statusCode} ${body.error_code}`;
  if (LEAKS.test(body.error_msg)) return `error_msg leaks internals: ${body.error_msg.slice(0, 200)}`;
  return undefined;
}

function checkSuccessBody(route: FuzzRoute, res: LightMyRequestResponse): string | undefined {
  const type = String(res.headers["content-type"] ?? "");
  if (route.url.endsWith("/incidents/export")) {
    if (!type.includes("ndjson")) return undefined;
    const bad = res.body.split("\n").find((line) => line !== "" && parseJson(line).error);
    return bad === undefined ? undefined : `export line is not JSON: ${bad.slice(0, 200)}`;
  }
  // Prometheus' text format (GET /metrics) and the analytics' CSV (format=csv) are not JSON by design.
  if (route.url === "/metrics") {
    return type.startsWith("text/plain") && res.body.includes("# TYPE ")
      ? undefined
      : `metrics answer is not the Prometheus text format (${type}): ${res.body.slice(0, 200)}`;
  }
  if (type.startsWith("text/csv")) return undefined;
  const { value: body, error } = parseJson(res.body);
  if (!body) return `success answer is ${error}: ${res.body.slice(0, 200)}`;
  if (route.url === "/healthz" || route.url === "/readyz") return undefined;
  if (body.provider_code !== "049")
    return `success envelope has provider_code ${JSON.stringify(body.provider_code)}`;
  const intake = route.url.startsWith("/v1/event/");
  const code = intake ? "COC.00000000" : "GOM.00000000";
  if (body.error_code !== code) return `success envelope has error_code ${JSON.stringify(body.error_code)}`;
  if (body.error_msg !== (intake ? "success" : null))
    return `success envelope has error_msg ${JSON.stringify(body.error_msg)}`;
  if (!("data" in body)) return "success envelope has no data";
  return undefined;
}

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Every property a response must have; returns what is wrong (empty when nothing is). */
export function violationsOf(
  route: FuzzRoute,
  c: FuzzCase,
  payloadBytes: number,
  bodyLimit: number,
  res: LightMyRequestResponse,
): string[] {
  const problems: string[] = [];
  if (res.statusCode >= 500) problems.push(`5xx: ${res.statusCode} ${res.body.slice(0, 300)}`);
  if (route.method !== "HEAD") {
    const body =
      res.statusCode >= 400
        ? checkErrorBody(res)
        : isDocumentRoute(route) || res.statusCode >= 300
          ? undefined
          : checkSuccessBody(route, res);
    if (body !== undefined) problems.push(body);
  }
  const requestId = res.headers["x-request-id"];
  if (typeof requestId !== "string" || requestId === "") problems.push("no x-request-id header");
  else if (c.requestId !== undefined && REQUEST_ID.test(c.requestId) && requestId !== c.requestId)
    problems.push(`x-request-id ${requestId} does not echo the client's ${c.requestId}`);
  if (route.access !== "public" && BAD_CREDENTIALS.has(c.auth) && res.statusCode < 300)
    problems.push(`accepted a request with bad credentials (${c.auth}): ${res.statusCode}`);
  // A request refused for its URL or credentials never had its body read; only an accepted one is wrong.
  const refusedForPath = res.statusCode === 400 && /"error_msg":"path: /.test(res.body);
  const refusedEarly =
    problems.length > 0 || refusedForPath || [401, 403, 404, 413, 414].includes(res.statusCode);
  if (BODY_METHODS.has(route.method) && payloadBytes > bodyLimit && !refusedEarly)
    problems.push(`a ${payloadBytes}-byte body was answered ${res.statusCode}, not 413`);
  return problems;
}
