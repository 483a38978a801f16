import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createIntegrationVia, postCustom } from "./alarm-helpers.ts";

type Item = { id: string; associate_event_id: string; episode: number };

describe("GET /incidentd/v1/alarms?incident_num=", () => {
  const h = useHarness();
  let key: string;
  let incident: string;
  let other: string;
  const transfer = async (alarmIds: string) => {
    const res = await h.request({
      method: "POST",
      url: "/v1/alarm-mgmt/alarms-linked-incident",
      token: h.tokens.writer,
      payload: {
        alarm_ids: alarmIds,
        current_cloud_service_id: "app001",
        description: "",
        is_service_interrupt: false,
        level_id: "level_30",
        mtm_type: "inc_type_p_change_issues",
        title: `from ${alarmIds}`,
        assignee: "9605B67C741D4553887A3462771107D3",
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().data[0] as string;
  };
  const report = async (alarmId: string, overrides: Record<string, unknown> = {}) => {
    const res = await postCustom(h, key, customEvent({ alarmId, time: h.clock.now(), ...overrides }));
    assert.equal(res.statusCode, 200, res.body);
    h.clock.advance(1000);
  };
  const list = (query: string, token = h.tokens.reader) =>
    h.request({ method: "GET", url: `/incidentd/v1/alarms${query}`, token });

  before(async () => {
    key = (await createIntegrationVia(h, "custom")).key;
    for (const id of ["disk1", "cpu1", "net1", "alone1"]) await report(id);
    incident = await transfer("disk1,cpu1");
    other = await transfer("net1");
  });

  it("lists the alarms linked to the incident, and only those", async () => {
    const res = await list(`?incident_num=${incident}`);
    assert.equal(res.statusCode, 200, res.body);
    const data = res.json().data;
    assert.deepEqual(
      data.alarms.map((a: Item) => [a.id, a.associate_event_id]),
      // Linked at the same instant: ties go by alarm id, descending.
      [
        ["disk1", incident],
        ["cpu1", incident],
      ],
    );
    assert.equal(data.total, 2);
    const others = (await list(`?incident_num=${other}`)).json().data;
    assert.deepEqual(
      others.alarms.map((a: Item) => a.id),
      ["net1"],
    );
  });

  it("keeps an alarm listed after it recovers and fires again (a new episode, no longer linked)", async () => {
    await report("cpu1", { alarmStatus: "ok" });
    await report("cpu1");
    const data = (await list(`?incident_num=${incident}`)).json().data;
    const cpu = data.alarms.find((a: Item) => a.id === "cpu1");
    assert.deepEqual([cpu?.episode, cpu?.associate_event_id], [2, ""]);
    assert.equal(data.total, 2);
  });

  it("combines with the other filters", async () => {
    const data = (await list(`?incident_num=${incident}&status=resolved`)).json().data;
    assert.deepEqual([data.total, data.alarms], [0, []]);
  });

  it("finds nothing for an unknown incident or another project's", async () => {
    assert.equal((await list("?incident_num=IM000")).json().data.total, 0);
    assert.equal((await list(`?incident_num=${incident}`, h.otherProjectToken)).json().data.total, 0);
  });

  it("rejects an empty incident_num with a 400 naming the field", async () => {
    const res = await list("?incident_num=");
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.json().error_msg, /^incident_num: /);
  });
});
