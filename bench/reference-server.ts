import { randomBytes, randomUUID } from "node:crypto";
import SqliteDatabase from "better-sqlite3";
import Fastify from "fastify";
import { findBuiltIn } from "../src/catalogue/catalogue.ts";
import type { Incident } from "../src/incidents/incident.ts";
import { createNumberSuffixes, formatIncidentNumber } from "../src/incidents/incident-number.ts";
import {
  createHistory,
  HISTORY_COLUMNS,
  historyValues,
  INCIDENT_COLUMNS,
  incidentValues,
  insertSql,
  PROJECT_ID,
  type SqlValue,
} from "./fixtures.ts";
import { DETAIL_RESPONSE, toReferenceDetail } from "./reference-detail.ts";

/**
 * The reference: what bare Fastify + better-sqlite3 does for the same two operations on the same data,
 * with incidentd's pragmas but without Kysely, authentication, validation or joins.
 * Run as a child process: REF_DB=<sqlite file> PORT=<port> node --import tsx bench/reference-server.ts
 */
const sqlitePath = process.env.REF_DB;
if (!sqlitePath) throw new Error("REF_DB is not set");
const sqlite = new SqliteDatabase(sqlitePath);
sqlite.pragma("journal_mode = WAL");
sqlite.pragma("synchronous = FULL");
sqlite.pragma("busy_timeout = 5000");
sqlite.pragma("foreign_keys = ON");

const selectIncident = sqlite.prepare("SELECT * FROM incidents WHERE incident_num = ?");
const insertIncident = sqlite.prepare(insertSql("incidents", INCIDENT_COLUMNS));
const insertHistory = sqlite.prepare(insertSql("incident_histories", HISTORY_COLUMNS));
// A process-local sequence (incidentd takes it from the counters row in the same transaction).
const counter = sqlite.prepare("SELECT value FROM counters WHERE name = 'incident_number'").get();
let sequence = Number((counter as { value: number }).value);
// Numbered like incidentd numbers (a keyed permutation, same cost per create), with a key of its own.
const suffixes = createNumberSuffixes(randomBytes(32));

type Body = Record<string, unknown>;
const first = (value: unknown) => (Array.isArray(value) && typeof value[0] === "string" ? value[0] : null);
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

/** The body taken as it comes (no validation), stored like incidentd stores a new incident. */
function newIncident(body: Body, num: string, now: number): Incident {
  return {
    number: num,
    projectId: PROJECT_ID,
    version: 1,
    region: first(body.region),
    enterpriseProject: first(body.enterprise_project),
    currentCloudService: first(body.current_cloud_service),
    level: String(body.incident_level),
    isServiceInterrupt: body.is_service_interrupt === true || body.is_service_interrupt === "true",
    startTime: null,
    faultRecoveryTime: null,
    faultDelineationTime: null,
    ownership: text(body.incident_ownership),
    type: String(body.incident_type),
    title: String(body.incident_title),
    description: text(body.incident_description),
    source: String(body.incident_source),
    assignee: first(body.incident_assignee),
    assigneeScene: text(body.assignee_scene),
    assigneeRole: text(body.assignee_role),
    warroomId: null,
    handleTime: null,
    status: "INCIDENT_STATUS_TRIGGERED",
    creator: String(body.creator),
    createTime: now,
    updateTime: now,
    node: "unaccepted",
    pending: null,
    lastOperator: String(body.creator),
  };
}

const create = sqlite.transaction((body: Body, now: number): string => {
  const incident = newIncident(body, formatIncidentNumber(now, ++sequence, suffixes), now);
  insertIncident.run(incidentValues(incident));
  insertHistory.run(historyValues(createHistory(randomUUID(), incident, "reference")));
  return incident.number;
});

const envelope = (data: unknown) => ({
  provider_code: "049",
  error_code: "GOM.00000000",
  error_msg: null,
  data,
});
const app = Fastify({ logger: false });

app.get("/ref/healthz", async () => ({ status: "ok" }));
app.get<{ Params: { num: string } }>(
  "/ref/incident/:num",
  { schema: { response: { 200: DETAIL_RESPONSE } } },
  async (request, reply) => {
    const row = selectIncident.get(request.params.num) as Record<string, SqlValue> | undefined;
    if (!row) return reply.status(400).send({ error_code: "COC.00067003", data: null });
    return envelope(toReferenceDetail(row, findBuiltIn));
  },
);
app.post<{ Body: Body }>("/ref/create", async (request) =>
  envelope({ incident_num: create(request.body, Date.now()) }),
);

const close = () => {
  app.close().then(() => {
    sqlite.close();
    process.exit(0);
  });
};
process.once("SIGTERM", close);
process.once("SIGINT", close);
await app.listen({ host: "127.0.0.1", port: Number(process.env.PORT ?? 0) });
