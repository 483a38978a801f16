import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { findIncidentWithNames } from "../../src/incidents/incident.repository.ts";
import { LIST_ITEM_STRING_FIELDS, ListItemSchema, toListItem } from "../../src/search/list-item.ts";
import { createHarness, createIncidentVia, type Harness } from "../helpers/harness.ts";

/**
 * Lists and exports serialise items through ListItemSchema, which drops any key it does not name: a field
 * added to toListItem but not to the schema would silently vanish from the wire.
 */
describe("the list item schema names every field of a list item", () => {
  let h: Harness;
  let num: string;
  before(async () => {
    h = await createHarness();
    num = await createIncidentVia(h);
  });
  after(() => h.close());

  it("answers every field toListItem produces, through the list and the export alike", async () => {
    const list = await h.request({ method: "POST", url: "/v2/incidents/list", payload: {} });
    const [item] = list.json().data.tickets;
    const named = Object.keys(ListItemSchema.properties).sort();
    const found = await findIncidentWithNames(h.deps.db, h.projectId, num);
    assert.ok(found);
    assert.deepEqual(Object.keys(toListItem(found.incident, found.names)).sort(), named);
    assert.deepEqual(Object.keys(item).sort(), named);
    assert.deepEqual([...LIST_ITEM_STRING_FIELDS, "enum_data_list"].sort(), named);
    const exported = await h.request({ method: "GET", url: "/incidentd/v1/incidents/export" });
    assert.deepEqual(JSON.parse(exported.body.trim()), item);
  });

  it("keeps a projection to the fields asked for", async () => {
    const list = await h.request({
      method: "POST",
      url: "/v2/incidents/list",
      payload: { fields: ["ticket_id", "enum_data_list"] },
    });
    assert.deepEqual(Object.keys(list.json().data.tickets[0]).sort(), ["enum_data_list", "ticket_id"]);
  });
});
