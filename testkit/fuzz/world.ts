import { Writable } from "node:stream";
import { createAccessKey } from "../../src/auth/aksk/access-key.service.ts";
import { serverLoggerOptions } from "../../src/http/log-options.ts";
import { createIntegration } from "../../src/integrations/integration.service.ts";
import { alert, alertmanagerPayload, customEvent } from "../alarm-payloads.ts";
import { createHarness, exampleIncident, type Harness } from "../harness.ts";
import { incidentAt } from "../workflow.ts";
import { exampleOf, type JsonSchema } from "./bodies.ts";

/** One route of the app's route table with what the OpenAPI document says about its input. */
export interface FuzzRoute {
  method: string;
  url: string;
  access: string;
  pathParams: string[];
  queryParams: string[];
  /** A valid-looking body, the base of mutations (undefined: the route takes none). */
  exampleBody: unknown;
}

/** A harness with data in it: incidents in several workflow states, alarms, integrations, access keys. */
export interface World {
  h: Harness;
  routes: FuzzRoute[];
  incidents: string[];
  alarmIds: string[];
  keys: { custom: string; prometheus: string };
  /** Used with correct signatures, and for swapped bodies from another address (locked only there). */
  goodKey: { accessKey: string; secretKey: string };
  /** Takes the malformed, wrong and replayed signatures (and gets locked by them). */
  victimKey: { accessKey: string; secretKey: string };
  /** The last error the app's error path saw (its cause goes into a 5xx report). */
  lastError: { error: unknown };
  /** What the server's logger wrote since `text` was last emptied (searched for integration keys). */
  log: { text: string };
}

const WORKFLOW_NODES = [
  "unaccepted",
  "handling",
  "paused",
  "level_approval",
  "rejected",
  "verification",
  "closed",
];

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z_]+)/g, "{$1}");
}

function knownExamples(w: Omit<World, "routes">): Record<string, unknown> {
  const num = w.incidents[0];
  const historyFilter = { string_filters: [{ field: "ticket_id", operator: "=", values: [num] }] };
  return {
    "POST /v1/external/incident/create": exampleIncident(),
    "POST /v1/external/incident/handle": {
      incident_num: num,
      operator: "writer-user",
      operate_key: "acceptedIncident1",
      parameter: {},
    },
    "POST /v2/incidents/:incident_id/actions": { task_id: "t", action: "accepted", params: {} },
    "POST /v2/incidents/:incident_id/action": { task_id: "t", action: "accepted", params: {} },
    "POST /v1/external/:ticket_type/list-histories": historyFilter,
    "POST /v1/:ticket_type/list-histories": historyFilter,
    "POST /v1/event/huawei/custom/:integration_key": customEvent(),
    "POST /v1/event/prometheus/:integration_key": alertmanagerPayload([alert()]),
    "POST /v1/event/huawei/custom": customEvent(),
    "POST /v1/event/prometheus": alertmanagerPayload([alert()]),
    "POST /v1/alarm-mgmt/alarms/cancel": { alarm_ids: w.alarmIds.join(",") },
  };
}

async function routesOf(h: Harness, examples: Record<string, unknown>): Promise<FuzzRoute[]> {
  const doc = (await h.request({ method: "GET", url: "/openapi.json", token: null })).json() as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  return h.app.routeTable.map((route) => {
    const op = doc.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
    const pathParams = [...route.url.matchAll(/:([A-Za-z_]+)|\*/g)].map((m) => m[1] ?? "*");
    const queryParams = (op?.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
    const schema = op?.requestBody?.content?.["application/json"]?.schema;
    const key = `${route.method} ${route.url}`;
    const exampleBody = key in examples ? examples[key] : schema ? exampleOf(schema) : undefined;
    return { ...route, pathParams, queryParams, exampleBody };
  });
}

export async function createWorld(): Promise<World> {
  const lastError: World["lastError"] = { error: undefined };
  const log: World["log"] = { text: "" };
  const stream = new Writable({
    write(chunk, _encoding, done) {
      log.text += String(chunk);
      done();
    },
  });
  const h = await createHarness({
    // Logged as the server logs, so a key that a URL encoding smuggles past redaction is caught.
    logger: { ...serverLoggerOptions("info"), stream },
    beforeReady: (app) =>
      app.addHook("onError", (_request, _reply, error, done) => {
        lastError.error = error;
        done();
      }),
  });
  const incidents: string[] = [];
  for (const node of WORKFLOW_NODES) incidents.push(await incidentAt(h, node));
  const custom = await createIntegration(h.deps, h.projectId, { name: "fuzz-custom", kind: "custom" });
  const prometheus = await createIntegration(h.deps, h.projectId, { name: "fuzz-prom", kind: "prometheus" });
  const alarmIds = ["fuzzalarm1", "fuzzalarm2"];
  for (const alarmId of alarmIds) {
    const res = await h.request({
      method: "POST",
      url: `/v1/event/huawei/custom/${custom.key}`,
      payload: customEvent({ alarmId }),
      token: null,
    });
    if (res.statusCode !== 200) throw new Error(`alarm intake failed: ${res.statusCode} ${res.body}`);
  }
  const ak = (name: string) =>
    createAccessKey(h.deps, h.projectId, { name, role: "admin", principal: "fuzz-user" });
  const w = {
    h,
    incidents,
    alarmIds,
    keys: { custom: custom.key, prometheus: prometheus.key },
    goodKey: await ak("fuzz-good"),
    victimKey: await ak("fuzz-victim"),
    lastError,
    log,
  };
  return { ...w, routes: await routesOf(h, knownExamples(w)) };
}

/** The invariant between routes: the server answers its health check and a known-good request. */
export async function assertHealthy(w: World): Promise<string | undefined> {
  const health = await w.h.request({ method: "GET", url: "/healthz", token: null });
  if (health.statusCode !== 200) return `/healthz answered ${health.statusCode}: ${health.body}`;
  const ready = await w.h.request({ method: "GET", url: "/readyz", token: null });
  if (ready.statusCode !== 200) return `/readyz answered ${ready.statusCode}: ${ready.body}`;
  const num = w.incidents[0];
  const detail = await w.h.request({
    method: "GET",
    url: `/v1/external/incident/${num}`,
    token: w.h.tokens.reader,
  });
  if (detail.statusCode !== 200 || detail.json().data?.incident_num !== num)
    return `known-good detail request answered ${detail.statusCode}: ${detail.body.slice(0, 300)}`;
  return undefined;
}
