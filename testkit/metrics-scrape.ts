import assert from "node:assert/strict";
import parsePrometheusTextFormat, { type PrometheusFamily } from "parse-prometheus-text-format";
import type { Harness } from "./harness.ts";

export type { PrometheusFamily };

/**
 * A scrape parsed by a Prometheus text-format parser: families by name. The parser folds every series of
 * a histogram into one, losing their labels, so histograms are declared untyped before parsing: their
 * `_bucket`, `_sum` and `_count` series then come back as families of those names, labels intact
 * (`sampleSum(name)` of a histogram reads its `_count`).
 */
export function parseScrape(text: string): Map<string, PrometheusFamily> {
  const lines = text
    .split("\n")
    .map((line) =>
      line.startsWith("# TYPE ") && line.endsWith(" histogram") ? `${line.slice(0, -9)}untyped` : line,
    );
  const families = new Map<string, PrometheusFamily>();
  for (const family of parsePrometheusTextFormat(lines.join("\n"))) {
    const seen = families.get(family.name);
    if (seen) seen.metrics.push(...family.metrics);
    else families.set(family.name, family);
  }
  return families;
}

const familyOf = (families: Map<string, PrometheusFamily>, name: string) =>
  families.get(`${name}_count`) ?? families.get(name);

/** GET /metrics with the admin token (or `token`), parsed. */
export async function scrape(
  h: Harness,
  token: string = h.tokens.admin,
): Promise<Map<string, PrometheusFamily>> {
  const res = await h.request({ method: "GET", url: "/metrics", token });
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers["content-type"]), /^text\/plain; version=0\.0\.4/);
  return parseScrape(res.body);
}

/** The sum of a family's samples whose labels include `labels` (a histogram: its observations). */
export function sampleSum(
  families: Map<string, PrometheusFamily>,
  name: string,
  labels: Record<string, string> = {},
): number {
  const family = familyOf(families, name);
  if (!family) return 0;
  let total = 0;
  for (const sample of family.metrics) {
    const own = sample.labels ?? {};
    if (Object.entries(labels).every(([k, v]) => own[k] === v)) total += Number(sample.value ?? 0);
  }
  return total;
}

/** The distinct values of one label across a family's samples. */
export function labelValues(
  families: Map<string, PrometheusFamily>,
  name: string,
  label: string,
): Set<string> {
  return new Set(
    (familyOf(families, name)?.metrics ?? []).flatMap((s) => (s.labels?.[label] ? [s.labels[label]] : [])),
  );
}

/**
 * Problems with the HTTP histogram's labels after any traffic (the fuzz run checks them): a route label
 * that is not a pattern of the route table (a raw path leaked in), or more methods or status classes than
 * there can be. Empty when the label sets are bounded.
 */
export function unboundedHttpLabels(
  families: Map<string, PrometheusFamily>,
  routeTable: ReadonlyArray<{ url: string; method: string }>,
): string[] {
  const name = "incidentd_http_request_duration_seconds";
  const patterns = new Set(routeTable.map((r) => r.url));
  const problems = [...labelValues(families, name, "route")]
    .filter((route) => route !== "(unmatched)" && !patterns.has(route))
    .map((route) => `route label "${route}" is not a route pattern`);
  const methods = labelValues(families, name, "method");
  const allowed = new Set([
    ...routeTable.map((r) => r.method),
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "PATCH",
    "DELETE",
    "OPTIONS",
    "other",
  ]);
  for (const method of methods) if (!allowed.has(method)) problems.push(`method label "${method}"`);
  if (labelValues(families, name, "status_class").size > 5) problems.push("more than 5 status classes");
  return problems;
}
