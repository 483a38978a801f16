import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { createIncidentVia } from "../../testkit/harness.ts";
import { scrape } from "../../testkit/metrics-scrape.ts";
import { useHarness } from "../helpers/use-harness.ts";

const DOCS = new URL("../../docs/", import.meta.url);
/** Metric names in PromQL: incidentd's own and prom-client's process_ and nodejs_ ones. */
const METRIC_NAME = /\b(?:incidentd|process|nodejs)_[a-z0-9_]+\b/g;

function exprsOfDashboard(): string[] {
  const dashboard = JSON.parse(readFileSync(new URL("grafana/incidentd.json", DOCS), "utf8")) as {
    panels: Array<{ targets?: Array<{ expr: string }> }>;
    templating: { list: Array<{ query?: unknown }> };
  };
  const queries = dashboard.templating.list.flatMap((v) => (typeof v.query === "string" ? [v.query] : []));
  return [...dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr)), ...queries];
}

function exprsOfAlerts(): string[] {
  const rules = parse(readFileSync(new URL("prometheus/alerts.yml", DOCS), "utf8")) as {
    groups: Array<{ rules: Array<{ alert: string; expr: string }> }>;
  };
  return rules.groups.flatMap((g) => g.rules.map((r) => r.expr));
}

/** A cheap guard against drift: every metric the dashboard and the alert rules use is in a real scrape. */
describe("the Grafana dashboard and the alert rules", () => {
  const h = useHarness();

  for (const [what, exprs] of [
    ["docs/grafana/incidentd.json", exprsOfDashboard],
    ["docs/prometheus/alerts.yml", exprsOfAlerts],
  ] as const) {
    it(`${what} names only metrics a scrape has`, async () => {
      await createIncidentVia(h);
      await scrape(h); // the first scrape starts the default metrics
      const families = await scrape(h);
      const names = new Set(exprs().flatMap((expr) => expr.match(METRIC_NAME) ?? []));
      assert.ok(names.size >= 8, `${what} uses ${names.size} metrics`);
      // A histogram with no observation yet has its HELP and TYPE only: its base name stands for its series.
      const missing = [...names].filter(
        (name) => !families.has(name) && !families.has(name.replace(/_(bucket|sum|count)$/, "")),
      );
      assert.deepEqual(missing, [], `${what} names metrics no scrape has`);
    });
  }
});
