import assert from "node:assert/strict";
import { createServer } from "node:net";
import { after, before, describe, it } from "node:test";
import { exampleIncident } from "../testkit/example-incident.ts";
import { parseScrape, sampleSum } from "../testkit/metrics-scrape.ts";
import { callApi, type Installation, startServer, tempInstallation } from "./process.ts";

const TOKEN = "e2e-metrics-token-000000000000000";

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("the server's metrics", () => {
  let data: Installation;
  before(async () => {
    data = await tempInstallation();
  });
  after(() => data.remove());

  it("serves /metrics with a token on the API port and without one on INCIDENTD_METRICS_PORT", async () => {
    const port = await freePort();
    const server = await startServer({
      ...data.env,
      INCIDENTD_BOOTSTRAP_PROJECT_ID: "metrics",
      INCIDENTD_BOOTSTRAP_TOKEN: TOKEN,
      INCIDENTD_METRICS_PORT: String(port),
    });
    try {
      const created = await callApi(
        server.baseUrl,
        "POST",
        "/v1/external/incident/create",
        TOKEN,
        exampleIncident(),
      );
      assert.equal(created.status, 200);
      const open = await fetch(`http://127.0.0.1:${port}/metrics`);
      assert.equal(open.status, 200);
      const families = parseScrape(await open.text());
      assert.equal(sampleSum(families, "incidentd_incidents_created_total"), 1);
      // The server's database is timed through Kysely's log hook.
      assert.ok(sampleSum(families, "incidentd_db_query_duration_seconds", { kind: "insert" }) >= 1);
      const api = await fetch(`${server.baseUrl}/metrics`, { headers: { "x-auth-token": TOKEN } });
      assert.equal(api.status, 200);
      assert.ok(parseScrape(await api.text()).has("incidentd_open_incidents"));
      const anonymous = await fetch(`${server.baseUrl}/metrics`);
      assert.equal(anonymous.status, 401);
      await anonymous.body?.cancel();
    } finally {
      assert.equal(await server.stop("SIGTERM"), 0, "the metrics listener closes with the server");
    }
    await assert.rejects(fetch(`http://127.0.0.1:${port}/metrics`));
  });
});
