import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { buildApp } from "../../src/app.ts";
import { createDeps } from "../../src/deps.ts";
import type { App } from "../../src/http/app-types.ts";
import { TEST_MASTER_KEY } from "../../testkit/harness.ts";
import { addPerson, signIn } from "../helpers/sessions.ts";
import { useHarness } from "../helpers/use-harness.ts";

// A second node: its own in-memory state (caches, limiters), the same database. Sessions and their end
// must be seen by both, as behind a load balancer.
describe("sessions across nodes sharing a database", () => {
  const h = useHarness();
  let other: App;
  before(async () => {
    other = await buildApp(createDeps(h.deps.config, h.deps.db, h.clock, TEST_MASTER_KEY));
    await other.ready();
  });
  after(() => other.close());

  it("accepts on one node a session signed in on another, and ends it on both at sign-out", async () => {
    const password = await addPerson(h, "rae", "writer");
    const { cookie, csrf } = await signIn(h, "rae", password);
    const current = () =>
      other.inject({ method: "GET", url: "/incidentd/v1/sessions/current", headers: { cookie } });
    assert.equal((await current()).statusCode, 200);
    const out = await other.inject({
      method: "DELETE",
      url: "/incidentd/v1/sessions/current",
      headers: { cookie, "x-csrf-token": csrf },
    });
    assert.equal(out.statusCode, 200, out.body);
    const first = await h.request({
      method: "GET",
      url: "/incidentd/v1/users",
      token: null,
      headers: { cookie },
    });
    assert.equal(first.statusCode, 401);
    assert.equal((await current()).statusCode, 401);
  });
});
