import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createHarness } from "../../testkit/harness.ts";

describe("readiness", () => {
  it("answers /readyz with 503 when the database is unreachable, while /healthz stays up", async () => {
    const h = await createHarness();
    await h.deps.db.destroy();
    const ready = await h.request({ method: "GET", url: "/readyz", token: null });
    assert.equal(ready.statusCode, 503);
    assert.equal(ready.json().error_code, "IDT.00000503");
    assert.equal((await h.request({ method: "GET", url: "/healthz", token: null })).statusCode, 200);
    // The database is already closed: closing it again may complain, the test schema is dropped anyway.
    await h.close().catch(() => undefined);
  });
});
