import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createIncidentVia, exampleIncident, testConfig } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";

/**
 * What the Terraform provider's huaweicloud_coc_incidents data source sends (buildIncidentsQueryOpts):
 * contain_all and contain_total always true, no page or per_page, filters with the ObjectFilterV2 fields
 * it has, and group_by_filter as a list of at most one filter.
 */
const terraformBody = (extra: object = {}) => ({
  contain_all: true,
  contain_total: true,
  contain_sub_ticket: true,
  string_filters: [
    { field: "create_time", operator: ">=", values: ["0"], name: "create_time_start" },
    { field: "create_time", operator: "<=", values: ["99999999999999"], name: "create_time_end" },
  ],
  sort_filter: { field: "create_time", operator: "desc", values: ["create_time"], name: "create_time" },
  ...extra,
});

describe("ListIncidents as the Terraform provider calls it", () => {
  const h = useHarness({ config: { limits: { ...testConfig().limits, listAllMax: 20 } } });
  before(async () => {
    for (let i = 0; i < 14; i++) {
      h.clock.advance(1000);
      await createIncidentVia(h, exampleIncident({ incident_level: i % 2 ? "level_10" : "level_50" }));
    }
  });

  const list = (body: object) =>
    h.request({ method: "POST", url: "/v2/incidents/list", payload: body, token: h.tokens.reader });

  it("answers every matching incident with contain_all, not the first 10", async () => {
    const res = await list(terraformBody());
    assert.equal(res.statusCode, 200, res.body);
    const data = res.json().data;
    assert.equal(data.total, 14);
    assert.equal(data.tickets.length, 14);
    assert.equal(data.next_cursor, null);
    const times = data.tickets.map((t: { create_time: string }) => Number(t.create_time));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
  });

  it("still answers one page of 10 without contain_all", async () => {
    const res = await list(terraformBody({ contain_all: false }));
    assert.equal(res.json().data.tickets.length, 10);
  });

  it("gives the same answer for contain_sub_ticket false (incidentd has no sub-tickets)", async () => {
    const res = await list(terraformBody({ contain_sub_ticket: false }));
    assert.equal(res.json().data.tickets.length, 14);
  });

  it("refuses contain_all with a 400 naming it when more incidents match than the bound", async () => {
    for (let i = 0; i < 7; i++) await createIncidentVia(h, exampleIncident());
    const res = await list(terraformBody());
    assert.equal(res.statusCode, 400);
    assert.match(res.json().error_msg, /^contain_all: more than 20 incidents match.*INCIDENTD_LIST_ALL_MAX/);
    // Narrower filters fit again.
    const narrow = await list(
      terraformBody({
        int_filters: [],
        string_filters: [{ field: "level_id", operator: "=", values: ["level_10"] }],
      }),
    );
    assert.equal(narrow.statusCode, 200, narrow.body);
    assert.equal(narrow.json().data.tickets.length, 7);
  });

  it("refuses contain_all with a later page or a cursor", async () => {
    const page = await list(terraformBody({ page: 2 }));
    assert.equal(page.statusCode, 400);
    assert.match(page.json().error_msg, /^page: must be 1 \(or absent\) when contain_all is true/);
    const cursor = await list(terraformBody({ cursor: "abc" }));
    assert.equal(cursor.statusCode, 400);
    assert.match(cursor.json().error_msg, /^cursor: must be absent when contain_all is true/);
  });

  it("accepts group_by_filter as the provider's one-element array", async () => {
    const res = await list(
      terraformBody({
        // 21 incidents by now, past this harness's contain_all bound of 20.
        contain_all: false,
        per_page: 200,
        group_by_filter: [{ field: "level_id", operator: "=", values: ["level_id"] }],
      }),
    );
    assert.equal(res.statusCode, 200, res.body);
    const levels = res.json().data.tickets.map((t: { level_id: string }) => t.level_id);
    assert.ok(levels.length >= 14);
    const count = (level: string) => levels.filter((l: string) => l === level).length;
    assert.deepEqual(res.json().data.group_by, [
      { value: "level_10", count: count("level_10") },
      { value: "level_50", count: count("level_50") },
    ]);
    const two = await list({ group_by_filter: [{ field: "level_id" }, { field: "creator" }] });
    assert.equal(two.statusCode, 400);
    assert.match(two.json().error_msg, /group_by_filter/);
  });

  for (const key of ["group", "match_type", "priority_type"]) {
    it(`refuses ${key} on a filter with a 400 naming it, instead of ignoring it`, async () => {
      const filter = { field: "level_id", operator: "=", values: ["level_10"], [key]: "x" };
      const cases: Array<[object, string]> = [
        [{ string_filters: [filter] }, `string_filters[0].${key}`],
        [{ int_filters: [filter] }, `int_filters[0].${key}`],
        [{ sort_filter: { field: "create_time", operator: "asc", [key]: "x" } }, `sort_filter.${key}`],
        [{ group_by_filter: [{ field: "level_id", [key]: "x" }] }, `group_by_filter.${key}`],
        [{ count_filters: [{ name: "c", filters: [filter] }] }, `count_filters[0].filters[0].${key}`],
      ];
      for (const [body, at] of cases) {
        const res = await list(body);
        assert.equal(res.statusCode, 400, JSON.stringify(body));
        assert.equal(res.json().error_code, "GOM.00007256");
        assert.ok(res.json().error_msg.startsWith(`${at}: is not supported`), res.json().error_msg);
      }
      // An empty value is what the provider leaves out: the same as absent.
      const empty = await list({ string_filters: [{ ...filter, [key]: "" }] });
      assert.equal(empty.statusCode, 200, empty.body);
    });
  }
});
