import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sql } from "kysely";
import type { Deps } from "../../src/deps.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("useHarness()", () => {
  let deps: Deps | undefined;

  describe("in the suite that called it", () => {
    const h = useHarness({ config: { pathPrefix: "/p" } });
    let readWhileCollecting: unknown;
    try {
      readWhileCollecting = h.projectId;
    } catch (error) {
      readWhileCollecting = error;
    }

    it("throws when read while node:test collects the tests, instead of answering undefined", () => {
      assert.ok(readWhileCollecting instanceof Error, `read ${String(readWhileCollecting)}`);
      assert.match(readWhileCollecting.message, /exists only in the tests and later hooks of its suite/);
    });

    it("reads through to the harness built with the options given", async () => {
      assert.equal(h.projectId, "proj-main");
      assert.equal(h.clock.now(), Date.UTC(2024, 2, 18, 13, 22, 3, 172));
      const res = await h.request({ method: "GET", url: "/p/v1/incident-tickets" });
      assert.equal(res.statusCode, 200, res.body);
      deps = h.deps;
    });
  });

  it("closes the harness, its database included, once that suite has run", async () => {
    assert.ok(deps, "the suite above ran");
    await assert.rejects(sql`select 1`.execute(deps.db), /destroyed/);
  });
});
