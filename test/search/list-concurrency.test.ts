import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { createHarness, createIncidentVia, type Harness, testConfig } from "../../testkit/harness.ts";

/** Enough incidents that an export (~1.7 kB a row) fills the socket's buffers and waits for its reader. */
const INCIDENTS = 4000;

/**
 * Every listing endpoint shares the per-credential search concurrency limit: while one of a credential's
 * searches runs (here an export whose client stopped reading), its next one is answered 429.
 */
describe("listing endpoints under the per-credential search concurrency limit", () => {
  let h: Harness;
  let port: number;
  before(async () => {
    h = await createHarness({ config: { limits: { ...testConfig().limits, searchConcurrency: 1 } } });
    const num = await createIncidentVia(h);
    const template = await h.deps.db
      .selectFrom("incidents")
      .selectAll()
      .where("incident_num", "=", num)
      .executeTakeFirstOrThrow();
    const rows = Array.from({ length: INCIDENTS }, (_, i) => ({
      ...template,
      incident_num: `${num}-${i}`,
      incident_description: "d".repeat(1000),
      create_time: template.create_time + i,
    }));
    for (let start = 0; start < rows.length; start += 500)
      await h.deps.db
        .insertInto("incidents")
        .values(rows.slice(start, start + 500))
        .execute();
    await h.app.listen({ port: 0, host: "127.0.0.1" });
    port = (h.app.server.address() as AddressInfo).port;
  });
  after(() => h.close());

  /** Starts an export as the reader and stops reading after its first bytes: the request stays open. */
  function stalledExport(): Promise<http.ClientRequest> {
    return new Promise((resolve, reject) => {
      const req = http.get(
        {
          host: "127.0.0.1",
          port,
          path: "/incidentd/v1/incidents/export",
          headers: { "x-auth-token": h.tokens.reader },
        },
        (res) => {
          assert.equal(res.statusCode, 200);
          res.once("data", () => {
            res.pause();
            resolve(req);
          });
        },
      );
      req.on("error", reject);
    });
  }

  const simpleList = (token: string) =>
    h.request({ method: "GET", url: "/v1/incident-tickets?limit=5", token });
  const v2List = (token: string) =>
    h.request({ method: "POST", url: "/v2/incidents/list", payload: {}, token });

  it("answers ListIncidentSimpleTickets and ListIncidents 429 while the credential's export runs", async () => {
    const exporting = await stalledExport();
    try {
      for (const res of [await simpleList(h.tokens.reader), await v2List(h.tokens.reader)]) {
        assert.equal(res.statusCode, 429, res.body);
        assert.equal(res.headers["retry-after"], "1");
      }
      assert.equal((await simpleList(h.tokens.writer)).statusCode, 200, "another credential is not limited");
    } finally {
      exporting.destroy();
    }
    for (let i = 0; i < 100; i++) {
      const res = await simpleList(h.tokens.reader);
      if (res.statusCode === 200) {
        assert.equal(res.json().data.IncidentSimpleTicketInfos.length, 5);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.fail("the export's slot was not given back when its connection closed");
  });

  it("serves the simple list again once nothing else runs", async () => {
    const res = await simpleList(h.tokens.reader);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().data.IncidentSimpleTicketInfos.length, 5);
  });
});
