import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

describe("GET /v1/incident-tickets", () => {
  const created: string[] = [];
  const createdAt = new Map<string, number>();
  const h = useHarness();
  before(async () => {
    for (let i = 0; i < 7; i++) {
      // Two incidents per millisecond: the number breaks the tie.
      if (i % 2 === 0) h.clock.advance(1);
      const body = exampleIncident({ incident_title: `t${i}`, incident_assignee: [`owner-${i}`] });
      const num = await createIncidentVia(h, body);
      created.push(num);
      createdAt.set(num, h.clock.now());
    }
    await createIncidentVia(h, exampleIncident(), h.otherProjectToken);
  });

  const list = (query: string, token?: string) =>
    h.request({ method: "GET", url: `/v1/incident-tickets${query}`, token });
  // Newest first; within one millisecond the higher number first (numbers are not in creation order).
  const newestFirst = () =>
    [...created].sort(
      (a, b) => (createdAt.get(b) ?? 0) - (createdAt.get(a) ?? 0) || (a < b ? 1 : a > b ? -1 : 0),
    );

  it("answers total and IncidentSimpleTicketInfos, newest first, 50 per page by default", async () => {
    const res = await list("", h.tokens.reader);
    assert.equal(res.statusCode, 200);
    const data = res.json().data;
    assert.deepEqual(Object.keys(data), ["total", "IncidentSimpleTicketInfos"]);
    assert.equal(data.total, 7, "another project's incident is not counted");
    assert.deepEqual(
      data.IncidentSimpleTicketInfos.map((t: { ticket_id: string }) => t.ticket_id),
      newestFirst(),
    );
    const first = data.IncidentSimpleTicketInfos[0];
    const index = created.indexOf(first.ticket_id);
    assert.deepEqual(first, {
      title: `t${index}`,
      ticket_id: created[index],
      description: "事件描述",
      status: "INCIDENT_STATUS_TRIGGERED",
      level: "level_50",
      enterprise_project: "0",
      source: "incident_source_manual",
      creator: "9605B67C741D4553887A3462771107D3",
      assignee: [`owner-${index}`],
    });
  });

  it("treats offset as a 1-based page number and walks every incident once", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const data = (await list(`?offset=${page}&limit=3`)).json().data;
      assert.equal(data.total, 7);
      seen.push(...data.IncidentSimpleTicketInfos.map((t: { ticket_id: string }) => t.ticket_id));
    }
    assert.deepEqual(seen, newestFirst());
    assert.deepEqual((await list("?offset=4&limit=3")).json().data.IncidentSimpleTicketInfos, []);
  });

  for (const [query, message] of [
    ["?limit=101", /^limit: must be at most 100$/],
    ["?limit=0", /^limit: must be at least 1$/],
    ["?offset=0", /^offset: must be at least 1$/],
    ["?limit=ten", /^limit: must be an integer$/],
    ["?offset=2147483648", /^offset: must be at most 2147483647$/],
  ] as const) {
    it(`rejects ${query} naming the parameter`, async () => {
      const res = await list(query);
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().error_code, "GOM.00007256");
      assert.match(res.json().error_msg, message);
    });
  }
});
