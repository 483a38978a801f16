import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createIncidentVia } from "../../testkit/harness.ts";
import { actOk, solution } from "../../testkit/workflow.ts";
import { useHarness } from "../helpers/use-harness.ts";

/**
 * ListIncidentsHistories speaks ListIncidents' filter language (ListTicketParamsV2 in COC's SDK:
 * string_filters, int_filters, condition, sort_filter, count_filters, group_by_filter, fields) through
 * the same compiler. Each body is what a client builds from that model; before, condition, count_filters
 * and group_by_filter were a 400 and only action, operator and status could be filtered.
 */
describe("ListIncidentsHistories filter language", () => {
  const h = useHarness();
  let num: string;
  let created: number;
  before(async () => {
    num = await createIncidentVia(h);
    created = h.clock.now();
    h.clock.advance(5000);
    await actOk(h, num, "accepted");
    h.clock.advance(1000);
    await actOk(h, num, "addRemark", { note: "checking disks" });
    h.clock.advance(1000);
    await actOk(h, num, "addRemark", { note: "disk 3 replaced" });
    h.clock.advance(1000);
    await actOk(h, num, "commitSolution", solution);
  });

  const histories = (payload: object) =>
    h.request({ method: "POST", url: `/v2/incidents/${num}/histories`, payload, token: h.tokens.reader });
  const ok = async (payload: object) => {
    const res = await histories(payload);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().data;
  };
  const actions = (data: { info: Array<{ action: string }> }) => data.info.map((i) => i.action);

  it("combines named filters with condition (a | b), as ListIncidents does", async () => {
    const data = await ok({
      incident_id: num,
      string_filters: [
        { field: "action", operator: "=", values: ["accepted"], name: "acc" },
        { field: "action", operator: "=", values: ["commitSolution"], name: "sol" },
      ],
      condition: "acc | sol",
    });
    assert.equal(data.total, 2);
    assert.deepEqual(actions(data), ["accepted", "commitSolution"]);
  });

  it("filters every entry field: comment with like, times with int_filters (strings of digits)", async () => {
    const data = await ok({
      string_filters: [{ field: "comment", operator: "like", values: ["disk"] }],
      int_filters: [{ field: "stop_time", operator: ">=", values: [String(created + 7000)] }],
    });
    assert.deepEqual(
      data.info.map((i: { comment: string }) => i.comment),
      ["disk 3 replaced"],
    );
    const began = await ok({ int_filters: [{ field: "start_time", operator: "=", values: [created] }] });
    // The creation entry and the acceptance both began at creation: start_time is the previous entry's time.
    assert.deepEqual(actions(began), ["create", "accepted"]);
  });

  it("answers count_filters and group_by_filter (object and array form) under the main filters", async () => {
    const body = {
      string_filters: [{ field: "action", operator: "!=", values: ["create"] }],
      count_filters: [
        { name: "remarks", filters: [{ field: "action", operator: "=", values: ["addRemark"] }] },
        {
          name: "resolved",
          filters: [{ field: "status", operator: "=", values: ["INCIDENT_STATUS_RESOLVED"] }],
        },
      ],
      group_by_filter: { field: "status", operator: "=", values: [] },
    };
    const data = await ok(body);
    assert.equal(data.total, 4);
    assert.deepEqual(data.count_filters, [
      { name: "remarks", count: 2 },
      { name: "resolved", count: 1 },
    ]);
    assert.deepEqual(data.group_by, [
      { value: "INCIDENT_STATUS_ACKNOWLEDGED", count: 3 },
      { value: "INCIDENT_STATUS_RESOLVED", count: 1 },
    ]);
    const asList = await ok({ ...body, group_by_filter: [{ field: "action", operator: "in", values: [] }] });
    assert.deepEqual(asList.group_by, [
      { value: "accepted", count: 1 },
      { value: "addRemark", count: 2 },
      { value: "commitSolution", count: 1 },
    ]);
  });

  it("sorts by any entry field, the sequence breaking ties", async () => {
    const data = await ok({ sort_filter: { field: "stop_time", operator: "desc", values: ["stop_time"] } });
    assert.deepEqual(actions(data), ["commitSolution", "addRemark", "addRemark", "accepted", "create"]);
    const byAction = await ok({ sort_filter: { field: "action", operator: "asc" }, fields: ["action"] });
    assert.deepEqual(actions(byAction), ["accepted", "addRemark", "addRemark", "commitSolution", "create"]);
  });

  for (const [what, body, message] of [
    [
      "an incident field that a history entry does not have",
      { string_filters: [{ field: "title", operator: "=", values: ["x"] }] },
      /^string_filters\[0\]\.field: title is an incident field of ListIncidents, not a field of a history entry; must be one of action, /,
    ],
    [
      "a count filter on an unknown field",
      {
        count_filters: [{ name: "n", filters: [{ field: "level_id", operator: "=", values: ["level_10"] }] }],
      },
      /^count_filters\[0\]\.filters\[0\]\.field: level_id is an incident field/,
    ],
    [
      "a group_by_filter on an unknown field",
      { group_by_filter: [{ field: "nope", operator: "=", values: [] }] },
      /^group_by_filter\.field: unknown field "nope"/,
    ],
    [
      "ListIncidents' paging",
      { page: 2, per_page: 1 },
      /^page: is a ListIncidents field; a history has no pages/,
    ],
    ["contain_all", { contain_all: true }, /^contain_all: is a ListIncidents field/],
    [
      "a fields entry a history item does not have",
      { fields: ["action", "title"] },
      /^fields\[1\]: unknown field "title"; a history item has action, /,
    ],
    [
      "match_type (COC does not document it)",
      { string_filters: [{ field: "action", operator: "=", values: ["x"], match_type: "exact" }] },
      /^string_filters\[0\]\.match_type: is not supported by incidentd/,
    ],
    [
      "a condition naming a missing filter",
      { condition: "a & b" },
      /^condition: unknown filter name 'a' at position 1$/,
    ],
  ] as const) {
    it(`refuses ${what} with a 400 naming the field`, async () => {
      const res = await histories(body);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error_code, "GOM.00007256");
      assert.match(res.json().error_msg, message);
    });
  }

  it("v1 list-histories filters with the same language (like on comment)", async () => {
    const res = await h.request({
      method: "POST",
      url: "/v1/incident/list-histories",
      token: h.tokens.reader,
      payload: {
        string_filters: [
          { operator: "=", field: "ticket_id", name: "ticket_id", values: [num] },
          { operator: "startwith", field: "comment", name: "c", values: ["disk"] },
        ],
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      res.json().data.info.map((i: { comment: string }) => i.comment),
      ["disk 3 replaced"],
    );
    const bad = await h.request({
      method: "POST",
      url: "/v1/incident/list-histories",
      token: h.tokens.reader,
      payload: {
        string_filters: [
          { operator: "=", field: "ticket_id", name: "ticket_id", values: [num] },
          { operator: "=", field: "level_id", name: "l", values: ["level_10"] },
        ],
      },
    });
    assert.match(bad.json().error_msg, /^string_filters\[1\]\.field: level_id is an incident field/);
  });
});
