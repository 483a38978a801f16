import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { closeMetricsListener, listenForMetrics } from "../../src/metrics/metrics-listener.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { parseScrape, sampleSum } from "../../testkit/metrics-scrape.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("INCIDENTD_METRICS_PORT", () => {
  const h = useHarness();

  it("is off unless set; binds 127.0.0.1 unless INCIDENTD_METRICS_HOST says otherwise", () => {
    assert.equal(loadConfig({}).metrics.port, undefined);
    assert.deepEqual(loadConfig({ INCIDENTD_METRICS_PORT: "9464" }).metrics, {
      port: 9464,
      host: "127.0.0.1",
    });
    assert.deepEqual(
      loadConfig({ INCIDENTD_METRICS_PORT: "9464", INCIDENTD_METRICS_HOST: "10.0.0.5" }).metrics,
      {
        port: 9464,
        host: "10.0.0.5",
      },
    );
    assert.throws(() => loadConfig({ INCIDENTD_METRICS_PORT: "http" }), ConfigError);
    assert.throws(() => loadConfig({ INCIDENTD_METRICS_PORT: "70000" }), /INCIDENTD_METRICS_PORT/);
  });

  it("serves the app's metrics without credentials, and nothing but /metrics", async () => {
    const listener = await listenForMetrics(h.deps.metrics, "127.0.0.1", 0);
    try {
      const base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
      await createIncidentVia(h);
      const res = await fetch(`${base}/metrics`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
      const families = parseScrape(await res.text());
      assert.equal(sampleSum(families, "incidentd_incidents_created_total"), 1);
      assert.ok(families.has("process_resident_memory_bytes"));
      for (const path of ["/", "/v1/external/incident/x", "/metrics/x"]) {
        const other = await fetch(`${base}${path}`);
        assert.equal(other.status, 404, path);
        await other.body?.cancel();
      }
      const post = await fetch(`${base}/metrics`, { method: "POST" });
      assert.equal(post.status, 404);
      await post.body?.cancel();
    } finally {
      await closeMetricsListener(listener);
    }
  });
});
