import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import Fastify from "fastify";
import { registerConsole } from "../../src/console/console-routes.ts";
import type { App } from "../../src/http/app-types.ts";

describe("the console before it is built", () => {
  const empty = mkdtempSync(path.join(tmpdir(), "incidentd-console-"));
  after(() => rmSync(empty, { recursive: true, force: true }));

  it("answers / with a line saying to run npm run build, and page addresses the same", async () => {
    const app = Fastify() as unknown as App;
    app.decorate("routeTable", []);
    await registerConsole(app, "", empty);
    for (const url of ["/", "/incidents/IM1"]) {
      const res = await app.inject({ method: "GET", url, headers: { accept: "text/html" } });
      assert.equal(res.statusCode, 503, url);
      assert.match(res.headers["content-type"] as string, /^text\/plain/);
      assert.match(res.body, /not built\. Run `npm run build`/);
      assert.match(res.headers["content-security-policy"] as string, /frame-ancestors 'none'/);
    }
    await app.close();
  });
});
