import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { utf8Text } from "../attachments/attachment-files.ts";
import { uploadFile } from "../attachments/attachment-helpers.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createIntegrationVia, postCustom } from "./alarm-helpers.ts";

/** The Terraform provider's TransferAlarmToIncident body (resource huaweicloud_coc_alarm_linked_incident). */
const transferBody = (alarmIds: string, overrides: Record<string, unknown> = {}) => ({
  alarm_ids: alarmIds,
  current_cloud_service_id: "app001",
  description: "alarm to incident",
  is_service_interrupt: false,
  level_id: "level_50",
  mtm_type: "inc_type_p_change_issues",
  title: "t",
  enterprise_project_id: "0",
  assignee: "9605B67C741D4553887A3462771107D3",
  is_change_event: false,
  source_id: "incident_source_alarm",
  ...overrides,
});

describe("TransferAlarmToIncident's source_id, attachment and is_change_event", () => {
  const h = useHarness();
  let key = "";
  let alarmNo = 0;
  before(async () => {
    key = (await createIntegrationVia(h, "custom")).key;
  });

  async function newAlarm(): Promise<string> {
    const id = `a${++alarmNo}`;
    assert.equal((await postCustom(h, key, customEvent({ alarmId: id }))).statusCode, 200);
    return id;
  }
  const transfer = (body: object) =>
    h.request({ method: "POST", url: "/v1/alarm-mgmt/alarms-linked-incident", payload: body });
  const detail = async (num: string) =>
    (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
  const createdDetails = async (num: string) => {
    const row = await h.deps.db
      .selectFrom("incident_histories")
      .select("details")
      .where("incident_num", "=", num)
      .orderBy("seq")
      .executeTakeFirstOrThrow();
    return JSON.parse(row.details ?? "{}") as Record<string, unknown>;
  };

  it("takes the incident's source from source_id (default incident_source_alarm)", async () => {
    const forwarded = await transfer(
      transferBody(await newAlarm(), { source_id: "incident_source_forwarding" }),
    );
    assert.equal(forwarded.statusCode, 200, forwarded.body);
    assert.equal((await detail(forwarded.json().data[0])).incident_source, "incident_source_forwarding");
    const absent = await transfer(transferBody(await newAlarm(), { source_id: undefined }));
    assert.equal((await detail(absent.json().data[0])).incident_source, "incident_source_alarm");
  });

  it("refuses an unknown source_id with a 400 naming it", async () => {
    const res = await transfer(transferBody(await newAlarm(), { source_id: "resource-123" }));
    assert.equal(res.statusCode, 400);
    assert.match(res.json().error_msg, /^source_id: must be one of/);
  });

  it("records the attachment and is_change_event in the incident's creation history", async () => {
    const docId = await uploadFile(h, "evidence.txt", utf8Text());
    const res = await transfer(
      transferBody(await newAlarm(), { attachment: docId, is_change_event: "true" }),
    );
    assert.equal(res.statusCode, 200, res.body);
    const details = await createdDetails(res.json().data[0]);
    assert.deepEqual(details.attachment_ids, [docId]);
    assert.equal(details.is_change_event, true);
    const plain = await transfer(transferBody(await newAlarm()));
    assert.equal((await createdDetails(plain.json().data[0])).is_change_event, false);
  });

  it("refuses an attachment that is not the project's, naming the field, and creates nothing", async () => {
    const alarmId = await newAlarm();
    const res = await transfer(transferBody(alarmId, { attachment: "00000000-0000-4000-8000-000000000000" }));
    assert.equal(res.statusCode, 400);
    assert.match(res.json().error_msg, /^attachment: no attachment 00000000-0000-4000-8000-000000000000/);
    // The alarm stays unlinked: a corrected request goes through.
    assert.equal((await transfer(transferBody(alarmId))).statusCode, 200);
  });
});
