import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CreateIncidentBody } from "../../src/incidents/incident.schemas.ts";
import { createIncident } from "../../src/incidents/incident.service.ts";
import { toNewIncident } from "../../src/incidents/routes/new-incident.ts";
import { createIntegration } from "../../src/integrations/integration.service.ts";
import { UNMATCHED_ROUTE } from "../../src/metrics/metric-labels.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { labelValues, sampleSum, scrape } from "../../testkit/metrics-scrape.ts";
import { POSTGRES_ONLY } from "../../testkit/test-database.ts";
import { incidentAt, tokenFor } from "../../testkit/workflow.ts";
import { postCustom } from "../alarms/alarm-helpers.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createRule, drain } from "../transfer-rules/rule-helpers.ts";

const CREATED = "incidentd_incidents_created_total";
const CLOSED = "incidentd_incidents_closed_total";
const HTTP = "incidentd_http_request_duration_seconds";

describe("GET /metrics", () => {
  const h = useHarness();

  it("answers an admin token in the Prometheus text format, with the process and event-loop metrics", async () => {
    const families = await scrape(h);
    for (const name of ["process_cpu_user_seconds_total", "nodejs_eventloop_lag_p99_seconds", HTTP, CREATED])
      assert.ok(families.has(name), `${name} is in the scrape`);
  });

  it("counts a created incident by level and source, once it has committed", async () => {
    const labels = { level: "level_20", source: "incident_source_manual" };
    const before = sampleSum(await scrape(h), CREATED, labels);
    await createIncidentVia(h, exampleIncident({ incident_level: "level_20" }));
    assert.equal(sampleSum(await scrape(h), CREATED, labels), before + 1);
  });

  it("counts nothing for a create whose transaction rolls back", async () => {
    const before = sampleSum(await scrape(h), CREATED);
    const caller = { kind: "token" as const, id: "t", projectId: h.projectId, role: "writer" as const };
    await assert.rejects(
      createIncident(
        h.deps,
        { ...caller, principal: "u1", actAsOthers: false },
        toNewIncident(exampleIncident() as CreateIncidentBody),
        {
          alsoInTransaction: async () => {
            throw new Error("the rest of the transaction fails");
          },
        },
      ),
      /the rest of the transaction fails/,
    );
    assert.equal(sampleSum(await scrape(h), CREATED), before);
  });

  it("counts an incident closed through the workflow, and the open-incident gauge follows", async () => {
    const before = await scrape(h);
    const closedBefore = sampleSum(before, CLOSED, { level: "level_30" });
    const openBefore = sampleSum(before, "incidentd_open_incidents", { level: "level_30" });
    await incidentAt(h, "closed");
    const open = await incidentAt(h, "handling");
    const after = await scrape(h);
    assert.equal(sampleSum(after, CLOSED, { level: "level_30" }), closedBefore + 1);
    assert.equal(sampleSum(after, "incidentd_open_incidents", { level: "level_30" }), openBefore + 1);
    assert.ok(open);
    assert.ok(
      sampleSum(after, "incidentd_open_incidents", {
        level: "level_30",
        status: "INCIDENT_STATUS_ACKNOWLEDGED",
      }) >= 1,
    );
  });

  it("counts alarm reports by integration kind and outcome, the rule backlog and the alarm → incident delay", async () => {
    const { key } = await createIntegration(h.deps, h.projectId, { name: "mon", kind: "custom" });
    await createRule(h);
    const before = await scrape(h);
    const report = (overrides: Record<string, unknown>) =>
      postCustom(h, key, customEvent({ alarmId: "metricsa1", ...overrides }));
    const first = await report({});
    assert.equal(first.statusCode, 200, first.body);
    assert.equal((await report({ time: 1709118444541 })).statusCode, 200);
    const pending = await scrape(h);
    assert.equal(sampleSum(pending, "incidentd_transfer_rule_backlog"), 1);
    h.clock.advance(1500);
    await drain(h);
    assert.equal((await report({ alarmStatus: "ok", time: 1709118444540 + 60_000 })).statusCode, 200);
    const after = await scrape(h);
    const delta = (outcome: string) =>
      sampleSum(after, "incidentd_alarm_reports_total", { integration_kind: "custom", outcome }) -
      sampleSum(before, "incidentd_alarm_reports_total", { integration_kind: "custom", outcome });
    assert.equal(delta("created"), 1);
    assert.equal(delta("converged"), 1);
    assert.equal(delta("recovered"), 1);
    const delay = "incidentd_alarm_to_incident_seconds";
    assert.equal(sampleSum(after, delay, { outcome: "created" }), 1);
    assert.equal(
      sampleSum(after, `${delay}_sum`, { outcome: "created" }),
      1.5,
      "alarm stored → incident committed",
    );
  });

  it("labels requests by route pattern: many distinct paths and 404s add no route label", async () => {
    for (let i = 0; i < 40; i++) {
      await h.request({ method: "GET", url: `/v1/external/incident/NO-SUCH-${i}`, token: h.tokens.reader });
      await h.request({ method: "GET", url: `/no/such/path/${i}?q=${i}`, token: h.tokens.reader });
      await h.request({ method: "PROPFIND" as "GET", url: `/weird/${i}`, token: null });
    }
    const families = await scrape(h);
    const routes = labelValues(families, HTTP, "route");
    assert.ok(routes.has("/v1/external/incident/:incident_num"));
    assert.ok(routes.has(UNMATCHED_ROUTE));
    for (const route of routes) assert.doesNotMatch(route, /NO-SUCH|no\/such|weird/);
    const tableRoutes = new Set(h.app.routeTable.map((r) => r.url));
    for (const route of routes) assert.ok(route === UNMATCHED_ROUTE || tableRoutes.has(route), route);
    const methods = labelValues(families, HTTP, "method");
    assert.ok(!methods.has("PROPFIND"), "an unmatched odd method shares the label other");
    assert.ok(
      sampleSum(families, HTTP, { route: "/v1/external/incident/:incident_num", status_class: "4xx" }) >= 40,
    );
    assert.ok(labelValues(families, HTTP, "status_class").size <= 5);
  });

  it("answers a metrics token, which gets 403 elsewhere; no credentials is 401", async () => {
    const metricsToken = await tokenFor(h, "scraper", { role: "metrics" });
    const families = await scrape(h, metricsToken);
    assert.ok(families.has(CREATED));
    const detail = await h.request({ method: "GET", url: "/v1/external/incident/x", token: metricsToken });
    assert.equal(detail.statusCode, 403, detail.body);
    assert.match(detail.json().error_msg, /role "metrics"/);
    assert.equal((await h.request({ method: "GET", url: "/metrics", token: null })).statusCode, 401);
    for (const role of ["writer", "reader"] as const) {
      const res = await h.request({ method: "GET", url: "/metrics", token: h.tokens[role] });
      assert.equal(res.statusCode, 403, res.body);
    }
  });

  it("reports this node's PostgreSQL pool: its size and connections", POSTGRES_ONLY, async () => {
    const families = await scrape(h);
    assert.equal(
      sampleSum(families, "incidentd_db_pool_connections", { state: "max" }),
      5,
      "the test pool's size",
    );
    assert.ok(sampleSum(families, "incidentd_db_pool_connections", { state: "total" }) >= 1);
  });
});
