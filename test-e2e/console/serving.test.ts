import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { type Installation, type RunningServer, startServer, tempInstallation } from "../process.ts";
import { assertConsoleBuilt } from "./browser.ts";

const ASSETS = path.resolve(import.meta.dirname, "../../dist/www/assets");
const HTML = { accept: "text/html,application/xhtml+xml,*/*;q=0.8" };

describe("the console served by incidentd", () => {
  let data: Installation;
  let server: RunningServer;
  before(async () => {
    assertConsoleBuilt();
    data = await tempInstallation();
    server = await startServer({ ...data.env, INCIDENTD_BOOTSTRAP_PROJECT_ID: "console" });
  });
  after(async () => {
    await server?.stop();
    await data?.remove();
  });
  const get = (url: string, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}${url}`, { headers });

  it("answers / with index.html, not cached, under a policy that allows no inline script and no framing", async () => {
    const res = await get("/", HTML);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/html/);
    assert.equal(res.headers.get("cache-control"), "no-cache");
    const csp = res.headers.get("content-security-policy") ?? "";
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    assert.equal(res.headers.get("referrer-policy"), "same-origin");
    const html = await res.text();
    assert.match(html, /<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
    assert.doesNotMatch(html, /<script>|<script type="module">/, "no inline script in index.html");
  });

  it("serves hashed assets as immutable for a year, compressed when the browser accepts it", async () => {
    const script = readdirSync(ASSETS).find((f) => f.endsWith(".js")) as string;
    const res = await get(`/assets/${script}`, { "accept-encoding": "gzip" });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("cache-control"), "public, max-age=31536000, immutable");
    assert.match(res.headers.get("content-type") ?? "", /javascript/);
    assert.equal(res.headers.get("content-encoding"), "gzip");
    assert.ok((await res.text()).length > 0);
    const brotli = await get(`/assets/${script}`, { "accept-encoding": "br, gzip" });
    assert.equal(brotli.headers.get("content-encoding"), "br");
  });

  it("answers a page address of the console (a reload of /incidents/…) with index.html", async () => {
    for (const url of ["/incidents", "/incidents/IM123", "/sign-in?next=%2Fincidents"]) {
      const res = await get(url, HTML);
      assert.equal(res.status, 200, url);
      assert.match(await res.text(), /<div id="root"><\/div>/, url);
    }
  });

  it("keeps the API's 404 envelope for API paths and for clients that do not ask for HTML", async () => {
    const cases: [string, Record<string, string>][] = [
      ["/v1/external/nothing-here", HTML],
      ["/v2/nothing", HTML],
      ["/incidentd/v1/nothing", HTML],
      ["/openapi.json/x", HTML],
      ["/incidents/IM123", { accept: "application/json" }],
      ["/assets/missing-file.js", {}],
    ];
    for (const [url, headers] of cases) {
      const res = await get(url, headers);
      assert.equal(res.status, 404, url);
      const body = (await res.json()) as { error_code: string; error_msg: string; request_id: string };
      assert.equal(body.error_code, "APIG.0101", url);
      assert.equal(body.error_msg, "The API does not exist or has not been published in the environment.");
      assert.equal(body.request_id, res.headers.get("x-request-id"));
    }
  });

  it("adds no route: the API's route table (security matrices, fuzzer) is unchanged", async () => {
    const res = await get("/openapi.json");
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    assert.ok(!("/" in doc.paths) && !Object.keys(doc.paths).some((p) => p.startsWith("/assets")));
  });

  it("answers the API exactly as before: no compression, no console headers", async () => {
    const res = await get("/healthz", { "accept-encoding": "gzip", ...HTML });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-encoding"), null);
    assert.equal(res.headers.get("content-security-policy"), null);
  });
});
