import { randomBytes, randomUUID } from "node:crypto";
import SqliteDatabase from "better-sqlite3";
import Fastify from "fastify";
import { findBuiltIn } from "../src/catalogue/catalogue.ts";
import { createNumberSuffixes, formatIncidentNumber } from "../src/incidents/incident-number.ts";
import {
  createHistory,
  HISTORY_COLUMNS,
  historyValues,
  INCIDENT_COLUMNS,
  incidentValues,
  insertSql,
  type SqlValue,
} from "./fixtures.ts";
import { DETAIL_RESPONSE, toReferenceDetail } from "./reference-detail.ts";
import { type Body, envelope, newIncident } from "./reference-incident.ts";

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

const create = sqlite.transaction((body: Body, now: number): string => {
  const incident = newIncident(body, formatIncidentNumber(now, ++sequence, suffixes), now);
  insertIncident.run(incidentValues(incident));
  insertHistory.run(historyValues(createHistory(randomUUID(), incident, "reference")));
  return incident.number;
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
