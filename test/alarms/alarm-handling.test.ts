import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createWebhookDispatcher } from "../../src/webhooks/webhook-dispatcher.ts";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { addWebhook, silent } from "../webhooks/helpers.ts";
import { Receiver } from "../webhooks/receiver.ts";
import { createIntegrationVia, getAlarm, postCustom } from "./alarm-helpers.ts";

/** What the Terraform provider's huaweicloud_coc_alarm_action resource sends (buildAlarmActionCreateOpts). */
const terraformBody = {
  task_type: "SCRIPT",
  associated_task_id: "SC2024031815261201d6a7ac8",
  associated_task_type: "CUSTOMIZATION",
  associated_task_name: "restart-nginx",
  associated_task_enterprise_project_id: "0",
  input_param: { timeout: "300", success_rate: "100" },
  target_instances: [
    {
      target_selection: "MANUAL",
      order_no: 0,
      target_instances: '[{"resource_id":"ecs-1","region_id":"cn-north-4"}]',
      batch_strategy: "AUTO_BATCH",
    },
  ],
  region_id: "cn-north-4",
};

describe("HandlerAlarm and ListAlarmHandleHistories", () => {
  const h = useHarness();
  const receiver = new Receiver();
  let key = "";
  const dispatch = () => createWebhookDispatcher(h.deps, { log: silent }).runOnce();
  before(async () => {
    await receiver.start();
    const hook = await addWebhook(h, { url: receiver.url, events: ["alarm.auto_process_requested"] });
    receiver.secrets = [hook.secret];
    key = (await createIntegrationVia(h, "custom")).key;
    for (const id of ["cpu1", "cpu2", "gone"])
      assert.equal((await postCustom(h, key, customEvent({ alarmId: id }))).statusCode, 200);
    const clear = await h.request({
      method: "POST",
      url: "/v1/alarm-mgmt/alarms/cancel",
      token: h.tokens.writer,
      payload: { alarm_ids: "gone", remarks: "fixed by hand" },
    });
    assert.equal(clear.statusCode, 200, clear.body);
  });
  after(() => receiver.close());

  const handle = (alarmId: string, payload: object, token = h.tokens.writer) =>
    h.request({ method: "POST", url: `/v1/alarm-mgmt/alarm/${alarmId}/auto-process`, token, payload });
  const histories = (alarmId: string, query = "offset=0&limit=100") =>
    h.request({ method: "GET", url: `/v1/alarm-mgmt/alarm/${alarmId}/handle-histories?${query}` });
  const report = (alarmId: string, workOrder: string, payload: object) =>
    h.request({
      method: "POST",
      url: `/incidentd/v1/alarms/${alarmId}/handle-histories/${workOrder}/outcome`,
      token: h.tokens.writer,
      payload,
    });

  let workOrder = "";

  it("records the Terraform provider's request, answers its id as data, and ShowAlarm shows the handling", async () => {
    h.clock.advance(1000);
    const res = await handle("cpu1", terraformBody);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.error_code, "GOM.00000000");
    assert.equal(typeof body.data, "string");
    workOrder = body.data;

    const shown = (await getAlarm(h, "cpu1")).json().data;
    assert.equal(shown.owner, "writer-user");
    assert.equal(shown.owner_name, "writer-user");
    assert.equal(shown.task_type, "SCRIPT");
    assert.equal(shown.associated_task_type, "CUSTOMIZATION");
    assert.equal(shown.associated_task_id, "SC2024031815261201d6a7ac8");
    assert.equal(shown.associated_task_name, "restart-nginx");
    assert.equal(shown.handle_status, "PROCESSING");
    assert.equal(shown.handle_work_order_id, workOrder);
    // Never handled: the fields stay empty.
    const other = (await getAlarm(h, "cpu2")).json().data;
    assert.equal(other.task_type, "");
    assert.equal(other.handle_status, "");
  });

  it("sends alarm.auto_process_requested with everything an executor needs", async () => {
    assert.equal(await dispatch(), 1);
    const [event] = receiver.received;
    assert.equal(event?.payload.type, "alarm.auto_process_requested");
    const data = event?.payload.data as unknown as {
      alarm: { alarm_id: string };
      handling: Record<string, unknown>;
    };
    assert.equal(data.alarm.alarm_id, "cpu1");
    assert.equal(data.handling.work_order_id, workOrder);
    assert.deepEqual(data.handling.input_param, terraformBody.input_param);
    assert.deepEqual(data.handling.target_instances, terraformBody.target_instances);
    assert.equal(data.handling.region_id, "cn-north-4");
    assert.equal(data.handling.requested_by, "writer-user");
  });

  it("lists the work order, then its reported outcome, at the top level of the body", async () => {
    const before = (await histories("cpu1")).json();
    assert.equal(before.count, 1);
    assert.equal(before.resolved_record, null);
    assert.deepEqual(
      { ...before.alarm_handle_histories[0], start_time: 0 },
      {
        work_order_id: workOrder,
        create_name: "writer-user",
        create_alias: "",
        task_type: "SCRIPT",
        start_time: 0,
        end_time: null,
        duration: null,
        status: "PROCESSING",
        associated_task_id: "SC2024031815261201d6a7ac8",
        associated_task_name: "restart-nginx",
        sub_task_info: null,
        associated_task_type: "CUSTOMIZATION",
        message: null,
        reported_by: null,
      },
    );
    const start = before.alarm_handle_histories[0].start_time as number;
    const done = await report("cpu1", workOrder, {
      status: "FINISHED",
      end_time: start + 4000,
      message: "ok",
    });
    assert.equal(done.statusCode, 200, done.body);
    const after = (await histories("cpu1")).json().alarm_handle_histories[0];
    assert.equal(after.status, "FINISHED");
    assert.equal(after.end_time, start + 4000);
    assert.equal(after.duration, 4000);
    assert.equal(after.message, "ok");
    assert.equal((await getAlarm(h, "cpu1")).json().data.handle_status, "FINISHED");
    // Once only.
    const again = await report("cpu1", workOrder, { status: "ABNORMAL" });
    assert.equal(again.statusCode, 409);
    assert.match(again.json().error_msg, /already has its outcome \(FINISHED\)/);
  });

  it("pages newest first with offset and limit", async () => {
    h.clock.advance(1000);
    const second = (await handle("cpu1", { ...terraformBody, task_type: "RUNBOOK" })).json().data;
    const page = (await histories("cpu1", "offset=0&limit=1")).json();
    assert.equal(page.count, 2);
    assert.deepEqual(
      page.alarm_handle_histories.map((x: { work_order_id: string }) => x.work_order_id),
      [second],
    );
    const next = (await histories("cpu1", "offset=1&limit=1")).json();
    assert.equal(next.alarm_handle_histories[0].work_order_id, workOrder);
  });

  it("answers a resolved alarm's clearance as resolved_record and refuses to handle it", async () => {
    const res = (await histories("gone")).json();
    assert.equal(res.count, 0);
    assert.equal(res.resolved_record.create_name, "writer-user");
    assert.equal(res.resolved_record.remarks, "fixed by hand");
    const refused = await handle("gone", terraformBody);
    assert.equal(refused.statusCode, 400);
    assert.match(refused.json().error_msg, /^alarm_id: alarm gone is resolved/);
  });

  it("names the field of an invalid request in COC's envelope", async () => {
    const cases: Array<[object, RegExp]> = [
      [{ ...terraformBody, task_type: "SHELL" }, /^task_type: .*SCRIPT, RUNBOOK/],
      [{ ...terraformBody, associated_task_type: "X" }, /^associated_task_type: .*CUSTOMIZATION, COMMUNAL/],
      [{ ...terraformBody, associated_task_id: undefined }, /associated_task_id/],
      [{ ...terraformBody, associated_task_name: "" }, /^associated_task_name/],
      [{ ...terraformBody, input_param: { timeout: 300 } }, /^input_param/],
      [
        { ...terraformBody, target_instances: [{ target_selection: "SOME", order_no: 0 }] },
        /^target_instances\/0\/target_selection|^target_instances\[0\]\.target_selection/,
      ],
    ];
    for (const [payload, message] of cases) {
      const res = await handle("cpu2", payload);
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
      assert.equal(res.json().error_code, "GOM.00007256");
      assert.match(res.json().error_msg, message);
    }
    assert.equal((await handle("nope", terraformBody)).json().error_code, "IDT.00020001");
    assert.equal((await histories("cpu2", "offset=0")).statusCode, 400);
  });

  it("does not let an outcome be reported for another alarm's work order", async () => {
    const res = await report("cpu2", workOrder, { status: "CANCELED" });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error_code, "IDT.00000404");
  });
});
