import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { putSimpleScene } from "../../testkit/oncall.ts";
import { useHarness } from "../helpers/use-harness.ts";

interface Page {
  total: number;
  tickets: Array<{ ticket_id: string; assignee: string }>;
  next_cursor: string | null;
}

describe("keyset cursors (incidentd extension of ListIncidents)", () => {
  const existing: string[] = [];
  const h = useHarness();
  before(async () => {
    await putSimpleScene(h, "s", { r: "oncall-r" });
    for (let i = 0; i < 30; i++) {
      if (i % 3 === 0) h.clock.advance(1); // three incidents per millisecond: ties broken by the number
      existing.push(
        await createIncidentVia(
          h,
          exampleIncident({
            incident_assignee: i % 4 ? [`owner-${i % 4}`] : undefined,
            assignee_scene: i % 4 ? "" : "s",
            assignee_role: i % 4 ? "" : "r",
          }),
        ),
      );
    }
  });

  async function list(body: object): Promise<Page> {
    const res = await h.request({ method: "POST", url: "/v2/incidents/list", payload: body });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().data;
  }

  /** Walks with next_cursor until it is null, creating `createWhileWalking` incidents between pages. */
  async function walk(body: object, createWhileWalking = 0) {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const page = await list({ ...body, ...(cursor ? { cursor } : {}) });
      seen.push(...page.tickets.map((t) => t.ticket_id));
      for (let i = 0; i < createWhileWalking; i++) {
        h.clock.advance(1);
        await createIncidentVia(h);
      }
      if (!page.next_cursor) return seen;
      cursor = page.next_cursor;
    }
    throw new Error("cursor did not end");
  }

  for (const sort of [
    undefined,
    { field: "create_time", operator: "asc" },
    { field: "assignee", operator: "desc" },
    { field: "assignee", operator: "asc" },
  ]) {
    it(`walks every incident once with sort ${JSON.stringify(sort)} while incidents are being created`, async () => {
      const seen = await walk({ per_page: 4, ...(sort ? { sort_filter: sort } : {}) }, 2);
      assert.equal(new Set(seen).size, seen.length, "no incident twice");
      for (const num of existing) assert.ok(seen.includes(num), `${num} was skipped`);
    });
  }

  it("continues exactly where offset pages would, for the same query", async () => {
    const body = {
      per_page: 5,
      string_filters: [{ field: "assignee", operator: "!=", values: ["owner-2"] }],
      sort_filter: { field: "assignee", operator: "asc" },
    };
    const first = await list(body);
    const second = await list({ ...body, cursor: first.next_cursor });
    const byOffset = await list({ ...body, page: 2 });
    assert.deepEqual(
      second.tickets.map((t) => t.ticket_id),
      byOffset.tickets.map((t) => t.ticket_id),
    );
  });

  it("answers next_cursor null on the last page", async () => {
    const body = { per_page: 5, string_filters: [{ field: "assignee", operator: "=", values: ["owner-1"] }] };
    const first = await list(body);
    assert.equal(first.tickets.length, 5);
    assert.notEqual(first.next_cursor, null);
    const last = await list({ ...body, cursor: first.next_cursor });
    assert.ok(last.tickets.length < 5);
    assert.equal(last.next_cursor, null);
  });

  it("refuses a cursor of another query, a malformed cursor, and a cursor with a page", async () => {
    const first = await list({ per_page: 2 });
    for (const [body, message] of [
      [
        { per_page: 2, cursor: first.next_cursor, sort_filter: { field: "title", operator: "asc" } },
        /^cursor: belongs to another query/,
      ],
      [{ per_page: 2, cursor: "not-a-cursor" }, /^cursor: is malformed/],
      [{ per_page: 2, cursor: Buffer.from('{"k":1}').toString("base64url") }, /^cursor: is malformed/],
      [
        { per_page: 2, cursor: first.next_cursor, page: 2 },
        /^page: must be 1 \(or absent\) when cursor is given$/,
      ],
    ] as const) {
      const res = await h.request({ method: "POST", url: "/v2/incidents/list", payload: body });
      assert.equal(res.statusCode, 400);
      assert.match(res.json().error_msg, message);
    }
  });
});

describe("offset pages while incidents are being created", () => {
  const existing: string[] = [];
  const h = useHarness();
  before(async () => {
    for (let i = 0; i < 20; i++) {
      h.clock.advance(1);
      existing.push(await createIncidentVia(h));
    }
  });

  it("never repeat or skip an incident when sorted by create_time ascending", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 10; page++) {
      const res = await h.request({
        method: "POST",
        url: "/v2/incidents/list",
        payload: { page, per_page: 3, sort_filter: { field: "create_time", operator: "asc" } },
      });
      seen.push(...res.json().data.tickets.map((t: { ticket_id: string }) => t.ticket_id));
      h.clock.advance(1);
      await createIncidentVia(h);
    }
    assert.equal(new Set(seen).size, seen.length);
    for (const num of existing) assert.ok(seen.includes(num));
  });
});
