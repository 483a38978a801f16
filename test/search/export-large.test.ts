import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { backfillIncidentTotals } from "../../src/db/migrations/20261130053000_list_counts.ts";
import type { IncidentTable } from "../../src/incidents/incident.table.ts";
import { formatIncidentNumber } from "../../src/incidents/incident-number.ts";
import { useHarness } from "../helpers/use-harness.ts";

const ROWS = 100_000;

describe("export of 100,000 incidents", () => {
  const h = useHarness();
  before(async () => {
    // Seeded straight into the table (the API would take minutes); rows look like created incidents.
    const base = Date.UTC(2025, 0, 1);
    for (let start = 0; start < ROWS; start += 500) {
      const rows: IncidentTable[] = [];
      for (let i = start; i < Math.min(start + 500, ROWS); i++) {
        const time = base + Math.floor(i / 3) * 1000;
        rows.push({
          incident_num: formatIncidentNumber(time, i + 1, h.deps.numberSuffixes),
          project_id: h.projectId,
          version: 1,
          region: null,
          enterprise_project: "0",
          current_cloud_service: null,
          incident_level: `level_${(i % 5) + 1}0`,
          is_service_interrupt: i % 2,
          start_time: null,
          fault_recovery_time: null,
          fault_delineation_time: null,
          incident_ownership: null,
          incident_type: "inc_type_p_config_issues",
          incident_title: i % 7 === 0 ? `needs "quoting", row ${i}` : `row ${i}`,
          incident_description: null,
          incident_source: "incident_source_manual",
          incident_assignee: `owner-${i % 13}`,
          assignee_scene: null,
          assignee_role: null,
          warroom_id: null,
          handle_time: null,
          status: "INCIDENT_STATUS_TRIGGERED",
          creator: `creator-${i % 11}`,
          create_time: time,
          update_time: time,
          node: "unaccepted",
          pending: null,
          last_operator: null,
        });
      }
      await h.deps.db.insertInto("incidents").values(rows).execute();
    }
    await backfillIncidentTotals(h.deps.db);
  });

  it("streams every row, and each row equals the list API's row for the same query", async () => {
    const query = { sort_filter: { field: "create_time", operator: "asc" } };
    const res = await h.request({
      method: "GET",
      url: `/incidentd/v1/incidents/export?query=${encodeURIComponent(JSON.stringify(query))}`,
    });
    assert.equal(res.statusCode, 200);
    const lines = res.body.trimEnd().split("\n");
    assert.equal(lines.length, ROWS);

    let index = 0;
    let cursor: string | undefined;
    do {
      const page = (
        await h.request({
          method: "POST",
          url: "/v2/incidents/list",
          payload: { ...query, per_page: 200, contain_total: false, ...(cursor ? { cursor } : {}) },
        })
      ).json().data;
      for (const ticket of page.tickets) {
        assert.deepEqual(JSON.parse(lines[index] as string), ticket, `row ${index}`);
        index++;
      }
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    assert.equal(index, ROWS);
  });
});
