import { randomBytes } from "node:crypto";
import Fastify from "fastify";
import pg from "pg";
import { findBuiltIn } from "../src/catalogue/catalogue.ts";
import { createNumberSuffixes, formatIncidentNumber } from "../src/incidents/incident-number.ts";
import { INCIDENT_COLUMNS, incidentValues, type SqlValue } from "./fixtures.ts";
import { DETAIL_RESPONSE, toReferenceDetail } from "./reference-detail.ts";
import { type Body, envelope, newIncident } from "./reference-incident.ts";

/**
 * The PostgreSQL reference (issue 23): bare Fastify + `pg` with a pool of incidentd's size, on incidentd's
 * own database. Detail is the same primary-key lookup of the incidents table, answered with the same COC
 * envelope and fields as the SQLite reference; create is one durable single-row INSERT (autocommit,
 * synchronous_commit as the server has it) into REF_TABLE, a copy of the incidents table with its indexes
 * (LIKE ... INCLUDING ALL), so the reference's rows do not change what later scenarios list or export.
 * Both statements are named, so PostgreSQL plans them once per connection, as incidentd's hot queries are.
 * Run as a child process:
 *   REF_PG_URL=<url> REF_POOL_SIZE=<n> PORT=<port> node --import tsx bench/reference-pg-server.ts
 */
const url = process.env.REF_PG_URL;
if (!url) throw new Error("REF_PG_URL is not set");
const REF_TABLE = "bench_reference_incidents";
const INT8_OID = 20;
// int8 columns (times) as numbers, as incidentd reads them.
pg.types.setTypeParser(INT8_OID, (value: string) => Number(value));
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.REF_POOL_SIZE ?? 10) });

await pool.query(`CREATE TABLE IF NOT EXISTS ${REF_TABLE} (LIKE incidents INCLUDING ALL)`);
const placeholders = INCIDENT_COLUMNS.map((_, i) => `$${i + 1}`).join(", ");
const selectIncident = { name: "ref_detail", text: "SELECT * FROM incidents WHERE incident_num = $1" };
const insertText = `INSERT INTO ${REF_TABLE} (${INCIDENT_COLUMNS.join(", ")}) VALUES (${placeholders})`;
// A process-local sequence: numbered like incidentd's (a keyed permutation, same cost), with a key of its own.
let sequence = 0;
const suffixes = createNumberSuffixes(randomBytes(32));

const app = Fastify({ logger: false });

app.get("/ref/healthz", async () => ({ status: "ok" }));
app.get<{ Params: { num: string } }>(
  "/ref/incident/:num",
  { schema: { response: { 200: DETAIL_RESPONSE } } },
  async (request, reply) => {
    const { rows } = await pool.query({ ...selectIncident, values: [request.params.num] });
    const row = rows[0] as Record<string, SqlValue> | undefined;
    if (!row) return reply.status(400).send({ error_code: "COC.00067003", data: null });
    return envelope(toReferenceDetail(row, findBuiltIn));
  },
);
app.post<{ Body: Body }>("/ref/create", async (request) => {
  const now = Date.now();
  const incident = newIncident(request.body, formatIncidentNumber(now, ++sequence, suffixes), now);
  await pool.query({ name: "ref_create", text: insertText, values: incidentValues(incident) });
  return envelope({ incident_num: incident.number });
});

const close = () => {
  app.close().then(async () => {
    await pool.end();
    process.exit(0);
  });
};
process.once("SIGTERM", close);
process.once("SIGINT", close);
await app.listen({ host: "127.0.0.1", port: Number(process.env.PORT ?? 0) });
