import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { addCatalogueEntry } from "../../src/catalogue/catalogue.service.ts";
import { addApplication, addUser } from "../../src/directory/directory.service.ts";
import { createIncidentVia, exampleIncident } from "../../testkit/harness.ts";
import { putSimpleScene } from "../../testkit/oncall.ts";
import { useHarness } from "../helpers/use-harness.ts";

/**
 * The export writes its lines straight from array rows (src/incident-list/export-rows.ts) instead of through the
 * list item; these cases hold the two together byte for byte wherever they could part: names found and
 * not found, a project's own incident type, absent values, and every kind of character JSON escapes.
 */
describe("export lines equal the list API's items", () => {
  const texts = [
    'quote " and backslash \\',
    'only "quotes"',
    "control \u0001 \u001f tab\t cr\r lf\n",
    "line separator \u2028 and paragraph \u2029, DEL \u007f",
    "emoji 🚨 and 中文",
    "plain",
  ];
  const h = useHarness();
  before(async () => {
    await putSimpleScene(h, "scene-a", { "role-a": "oncall-a" });
    await addUser(h.deps, h.projectId, { id: "u-known", displayName: '值班 "A"\\' });
    await addApplication(h.deps, h.projectId, { id: "app-known", name: "支付\u2028应用" });
    await addCatalogueEntry(h.deps, h.projectId, "incident_type", {
      key: "own_type",
      name_zh: "自定义\t类型",
      name_en: "Own type",
    });
    for (const [i, text] of texts.entries()) {
      h.clock.advance(1);
      await createIncidentVia(
        h,
        exampleIncident({
          incident_title: text,
          incident_description: i % 2 ? text : undefined,
          creator: i % 2 ? "u-known" : "u-unknown",
          incident_assignee: i === 3 ? undefined : [i % 2 ? "u-unknown" : "u-known"],
          assignee_scene: i === 3 ? "scene-a" : undefined,
          assignee_role: i === 3 ? "role-a" : undefined,
          current_cloud_service: i === 4 ? undefined : [i % 2 ? "app-known" : "app-unknown"],
          incident_type: i % 2 ? "own_type" : "inc_type_p_security_issues",
          is_service_interrupt: i % 2 === 0,
          region: i === 2 ? undefined : ["cn-north-4"],
          incident_ownership: i === 1 ? "ownership-x" : undefined,
        }),
      );
    }
  });

  async function listItems() {
    const res = await h.request({ method: "POST", url: "/v2/incidents/list", payload: { per_page: 200 } });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().data.tickets as Array<Record<string, unknown>>;
  }

  const exportLines = async (format: string, fields?: string[]) => {
    const query = fields ? `&query=${encodeURIComponent(JSON.stringify({ fields }))}` : "";
    const res = await h.request({
      method: "GET",
      url: `/incidentd/v1/incidents/export?format=${format}${query}`,
      token: h.tokens.reader,
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.body;
  };

  it("writes each NDJSON line exactly as JSON.stringify writes the list item", async () => {
    const columns = [
      ...["ticket_id", "title", "description", "level_id", "mtm_type", "mtm_region", "source_id"],
      ...["current_cloud_service_id", "enterprise_project_id", "is_service_interrupt", "work_flow_status"],
      ...["phase", "assignee", "assignee_scene", "assignee_role", "creator", "operator"],
      ...["incident_ownership", "create_time", "update_time", "start_time", "handle_time"],
      ...["forward_rule_id", "enum_data_list"],
    ];
    const items = await listItems();
    assert.equal(items.length, texts.length);
    const lines = (await exportLines("ndjson")).split("\n");
    assert.equal(lines.pop(), "");
    assert.equal(lines.length, items.length);
    for (const [i, item] of items.entries()) {
      assert.deepEqual(Object.keys(item).sort(), [...columns].sort());
      const expected = JSON.stringify(Object.fromEntries(columns.map((c) => [c, item[c]])));
      assert.equal(lines[i], expected, `row ${i}`);
    }
    const own = items.find((item) => item.mtm_type === "own_type");
    assert.match(JSON.stringify(own?.enum_data_list), /"name_zh":"自定义\\t类型"/);
  });

  it("projects fields in the order asked, enum_data_list included", async () => {
    const fields = ["enum_data_list", "title", "is_service_interrupt", "handle_time", "forward_rule_id"];
    const items = await listItems();
    const lines = (await exportLines("ndjson", fields)).trimEnd().split("\n");
    for (const [i, item] of items.entries()) {
      assert.equal(lines[i], JSON.stringify(Object.fromEntries(fields.map((f) => [f, item[f]]))));
    }
  });

  it("writes CSV values equal to the list item's strings", async () => {
    const fields = ["ticket_id", "description", "assignee", "operator", "start_time", "is_service_interrupt"];
    const items = await listItems();
    const body = await exportLines("csv", fields);
    const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const expected = [
      fields.join(","),
      ...items.map((item) => fields.map((f) => quote(String(item[f]))).join(",")),
    ];
    assert.equal(body, `${expected.join("\r\n")}\r\n`);
  });
});
