import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { customEvent } from "../../testkit/alarm-payloads.ts";
import { putSimpleScene } from "../../testkit/oncall.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createIntegrationVia, getAlarm, postCustom } from "./alarm-helpers.ts";

/** The Terraform provider's TransferAlarmToIncident example. */
function transferBody(alarmIds: string, overrides: Record<string, unknown> = {}) {
  return {
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
  };
}

describe("alarm management", () => {
  let key: string;
  let otherKey: string;
  const h = useHarness();
  before(async () => {
    key = (await createIntegrationVia(h, "custom")).key;
    otherKey = (await createIntegrationVia(h, "custom", h.otherProjectToken)).key;
  });

  const post = (url: string, payload: Record<string, unknown>, token = h.tokens.writer) =>
    h.request({ method: "POST", url, token, payload });
  const countIncidents = async () =>
    Number(
      (
        await h.deps.db
          .selectFrom("incidents")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe("GET /v1/alarm-mgmt/alarm/{alarm_id}", () => {
    it("answers AlarmInfoDTO in the standard envelope", async () => {
      await postCustom(h, key, customEvent({ alarmId: "show1", alarmLevel: "Info" }));
      const res = await getAlarm(h, "show1");
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.deepEqual([body.provider_code, body.error_code, body.error_msg], ["049", "GOM.00000000", null]);
      for (const field of [
        "id",
        "name",
        "importance",
        "come_from",
        "come_from_en",
        "transfer_rule",
        "transfer_rule_name",
        "app",
        "status",
        "owner",
        "owner_name",
        "owner_alias",
        "converge_count",
        "associate_event_id",
        "domain_id",
        "creator",
        "creator_name",
        "create_time",
        "update_time",
        "remarks",
        "region",
        "task_type",
        "associated_task_type",
        "associated_task_id",
        "associated_task_name",
      ]) {
        assert.ok(field in body.data, `${field} missing`);
      }
      assert.equal(body.data.importance, "warn");
    });

    it("answers an unknown alarm with 400 IDT.00020001", async () => {
      const res = await getAlarm(h, "nosuchalarm");
      assert.equal(res.statusCode, 400);
      assert.deepEqual(res.json(), {
        provider_code: "049",
        error_code: "IDT.00020001",
        error_msg: "alarm not found: nosuchalarm",
        data: null,
      });
    });
  });

  describe("tenancy", () => {
    it("keeps another project's credentials away from this project's alarms", async () => {
      await postCustom(h, key, customEvent({ alarmId: "mine1" }));
      const res = await getAlarm(h, "mine1", h.otherProjectToken);
      assert.deepEqual([res.statusCode, res.json().error_msg], [400, "alarm not found: mine1"]);
      const cancel = await post("/v1/alarm-mgmt/alarms/cancel", { alarm_ids: "mine1" }, h.otherProjectToken);
      assert.equal(cancel.json().error_code, "IDT.00020001");
      const before = await countIncidents();
      const link = await post(
        "/v1/alarm-mgmt/alarms-linked-incident",
        transferBody("mine1"),
        h.otherProjectToken,
      );
      assert.equal(link.json().error_code, "IDT.00020001");
      assert.equal(await countIncidents(), before);
      assert.equal((await getAlarm(h, "mine1")).json().data.status, "alarming", "untouched");
    });

    it("keeps another project's key away from this project's alarm with the same id", async () => {
      await postCustom(h, key, customEvent({ alarmId: "shared1" }));
      await postCustom(
        h,
        otherKey,
        customEvent({ alarmId: "shared1", alarmStatus: "ok", time: 1709119000000 }),
      );
      await postCustom(h, otherKey, customEvent({ alarmId: "shared1" }));
      await postCustom(h, otherKey, customEvent({ alarmId: "shared1" }));
      const mine = (await getAlarm(h, "shared1")).json().data;
      assert.deepEqual([mine.status, mine.converge_count], ["alarming", 1]);
      const theirs = (await getAlarm(h, "shared1", h.otherProjectToken)).json().data;
      assert.deepEqual([theirs.converge_count, theirs.domain_id], [2, "proj-other"]);
    });
  });

  describe("POST /v1/alarm-mgmt/alarms/cancel", () => {
    it("resolves the named alarms with remarks and the recovery time given, and lists them", async () => {
      await postCustom(h, key, customEvent({ alarmId: "clear1" }));
      await postCustom(h, key, customEvent({ alarmId: "clear2" }));
      const res = await post("/v1/alarm-mgmt/alarms/cancel", {
        alarm_ids: "clear1, clear2,clear1",
        remarks: "maintenance",
        fault_recovery_time: "1709119999000",
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json().data, ["clear1", "clear2"]);
      const alarm = (await getAlarm(h, "clear2")).json().data;
      assert.deepEqual(
        [alarm.status, alarm.remarks, alarm.recovery_time],
        ["resolved", "maintenance", 1709119999000],
      );
    });

    it("uses the current time when no recovery time is given, and leaves resolved alarms alone", async () => {
      await postCustom(h, key, customEvent({ alarmId: "clear3" }));
      await post("/v1/alarm-mgmt/alarms/cancel", { alarm_ids: "clear3" });
      const first = (await getAlarm(h, "clear3")).json().data;
      assert.equal(first.recovery_time, h.clock.now());
      h.clock.advance(1000);
      const again = await post("/v1/alarm-mgmt/alarms/cancel", { alarm_ids: "clear3", remarks: "twice" });
      assert.deepEqual(again.json().data, ["clear3"]);
      const second = (await getAlarm(h, "clear3")).json().data;
      assert.deepEqual([second.recovery_time, second.remarks], [first.recovery_time, ""]);
    });

    it("clears nothing when one of the alarms does not exist", async () => {
      await postCustom(h, key, customEvent({ alarmId: "clear4" }));
      const res = await post("/v1/alarm-mgmt/alarms/cancel", { alarm_ids: "clear4,ghost1,ghost2" });
      assert.deepEqual(
        [res.statusCode, res.json().error_code, res.json().error_msg],
        [400, "IDT.00020001", "alarm not found: ghost1, ghost2"],
      );
      assert.equal((await getAlarm(h, "clear4")).json().data.status, "alarming");
    });

    it("rejects an empty alarm_ids list and a missing one", async () => {
      const blank = await post("/v1/alarm-mgmt/alarms/cancel", { alarm_ids: " , " });
      assert.deepEqual(
        [blank.statusCode, blank.json().error_code, blank.json().error_msg],
        [400, "GOM.00007256", "alarm_ids: must name at least one alarm id"],
      );
      const missing = await post("/v1/alarm-mgmt/alarms/cancel", {});
      assert.equal(missing.json().error_msg, "alarm_ids: is required");
    });

    it("refuses a reader", async () => {
      const res = await post("/v1/alarm-mgmt/alarms/cancel", { alarm_ids: "clear1" }, h.tokens.reader);
      assert.equal(res.statusCode, 403);
    });
  });

  describe("POST /v1/alarm-mgmt/alarms-linked-incident", () => {
    it("turns the alarms into one alarm-sourced incident, links them and answers its number", async () => {
      await postCustom(h, key, customEvent({ alarmId: "link1", time: 1709118000000 }));
      await postCustom(h, key, customEvent({ alarmId: "link2", time: 1709117000000 }));
      const res = await post("/v1/alarm-mgmt/alarms-linked-incident", transferBody("link1,link2"));
      assert.equal(res.statusCode, 200, res.body);
      const data = res.json().data;
      assert.equal(data.length, 1);
      const [num] = data;
      assert.match(num, /^IM\d{24}$/);

      const detail = (await h.request({ method: "GET", url: `/v1/external/incident/${num}` })).json().data;
      assert.equal(detail.incident_source, "incident_source_alarm");
      assert.equal(detail.incident_level, "level_50");
      assert.equal(detail.incident_type, "inc_type_p_change_issues");
      assert.equal(detail.incident_title, "t");
      assert.equal(detail.incident_description, "alarm to incident");
      assert.deepEqual(detail.current_cloud_service, ["app001"]);
      assert.deepEqual(detail.enterprise_project, ["0"]);
      assert.deepEqual(detail.incident_assignee, ["9605B67C741D4553887A3462771107D3"]);
      assert.equal(detail.creator, "writer-user", "the credential's principal");
      assert.equal(detail.start_time, 1709117000000, "the earliest alarm start");
      assert.equal(detail.status, "INCIDENT_STATUS_TRIGGERED");

      const histories = await h.request({
        method: "POST",
        url: `/v2/incidents/${num}/histories`,
        payload: {},
      });
      assert.equal(histories.json().data.info.length, 1, "created like any incident");

      for (const id of ["link1", "link2"]) {
        assert.equal((await getAlarm(h, id)).json().data.associate_event_id, num);
      }
      const links = await h.deps.db
        .selectFrom("alarm_incidents")
        .innerJoin("alarms", "alarms.id", "alarm_incidents.alarm_row_id")
        .select(["alarms.alarm_id", "alarm_incidents.incident_num", "alarm_incidents.linked_by"])
        .where("alarm_incidents.incident_num", "=", num)
        .orderBy("alarms.alarm_id")
        .execute();
      assert.deepEqual(links, [
        { alarm_id: "link1", incident_num: num, linked_by: "writer-user" },
        { alarm_id: "link2", incident_num: num, linked_by: "writer-user" },
      ]);
    });

    it("refuses an alarm already linked, creating no incident", async () => {
      await postCustom(h, key, customEvent({ alarmId: "link3" }));
      const first = await post("/v1/alarm-mgmt/alarms-linked-incident", transferBody("link3"));
      const before = await countIncidents();
      const second = await post("/v1/alarm-mgmt/alarms-linked-incident", transferBody("link3"));
      assert.deepEqual(
        [second.statusCode, second.json().error_code, second.json().error_msg],
        [400, "IDT.00020002", `alarm link3 is already linked to incident ${first.json().data[0]}`],
      );
      assert.equal(await countIncidents(), before);
    });

    it("links concurrent requests for the same alarm exactly once", async () => {
      await postCustom(h, key, customEvent({ alarmId: "race1" }));
      const before = await countIncidents();
      const answers = await Promise.all(
        [1, 2, 3].map(() => post("/v1/alarm-mgmt/alarms-linked-incident", transferBody("race1"))),
      );
      assert.deepEqual(answers.map((a) => a.statusCode).sort(), [200, 400, 400]);
      for (const a of answers.filter((r) => r.statusCode === 400))
        assert.equal(a.json().error_code, "IDT.00020002");
      assert.equal(await countIncidents(), before + 1);
    });

    it("links a fired-again alarm anew: the link belongs to the firing episode", async () => {
      await postCustom(h, key, customEvent({ alarmId: "link4", time: 1000 }));
      await post("/v1/alarm-mgmt/alarms-linked-incident", transferBody("link4"));
      await postCustom(h, key, customEvent({ alarmId: "link4", time: 2000, alarmStatus: "ok" }));
      await postCustom(h, key, customEvent({ alarmId: "link4", time: 3000 }));
      assert.equal((await getAlarm(h, "link4")).json().data.associate_event_id, "");
      const again = await post("/v1/alarm-mgmt/alarms-linked-incident", transferBody("link4"));
      assert.equal(again.statusCode, 200, again.body);
      const episodes = await h.deps.db
        .selectFrom("alarm_incidents")
        .innerJoin("alarms", "alarms.id", "alarm_incidents.alarm_row_id")
        .select("alarm_incidents.episode")
        .where("alarms.alarm_id", "=", "link4")
        .orderBy("alarm_incidents.episode")
        .execute();
      assert.deepEqual(
        episodes.map((e) => Number(e.episode)),
        [1, 2],
      );
    });

    it("names this body's fields in validation errors and creates nothing", async () => {
      await postCustom(h, key, customEvent({ alarmId: "link5" }));
      const before = await countIncidents();
      const cases: Array<[Record<string, unknown>, string]> = [
        [
          { level_id: "level_60" },
          "level_id: must be one of level_10, level_20, level_30, level_40, level_50",
        ],
        [{ mtm_type: "nope" }, "mtm_type: must be one of "],
        [{ title: undefined }, "title: is required"],
        [{ title: "x".repeat(201) }, "title: must be at most 200 characters"],
        [
          { is_service_interrupt: "maybe" },
          'is_service_interrupt: must be a boolean or the string "true" or "false"',
        ],
        [
          { assignee: undefined },
          "assignee: is required unless assignee_scene and assignee_role are both given",
        ],
        [{ assignee_scene: "s" }, "assignee_role: is required when assignee_scene is given"],
        [{ current_cloud_service_id: "" }, "current_cloud_service_id: must not be empty"],
      ];
      for (const [overrides, message] of cases) {
        const res = await post("/v1/alarm-mgmt/alarms-linked-incident", transferBody("link5", overrides));
        assert.equal(res.statusCode, 400, res.body);
        assert.equal(res.json().error_code, "GOM.00007256");
        assert.ok(res.json().error_msg.startsWith(message), `${res.json().error_msg} ≠ ${message}`);
      }
      assert.equal(await countIncidents(), before);
      assert.equal((await getAlarm(h, "link5")).json().data.associate_event_id, "");
    });

    it("accepts an on-call scene and role instead of an assignee: whoever is on call is assigned", async () => {
      await putSimpleScene(h, "scene1", { role1: "oncall-bob" });
      await postCustom(h, key, customEvent({ alarmId: "link6" }));
      const res = await post(
        "/v1/alarm-mgmt/alarms-linked-incident",
        transferBody("link6", { assignee: "", assignee_scene: "scene1", assignee_role: "role1" }),
      );
      assert.equal(res.statusCode, 200, res.body);
      const [num] = res.json().data;
      const detail = await h.request({
        method: "GET",
        url: `/v1/external/incident/${num}`,
        token: h.tokens.reader,
      });
      assert.deepEqual(detail.json().data.incident_assignee, ["oncall-bob"]);
      await postCustom(h, key, customEvent({ alarmId: "link7" }));
      const missing = await post(
        "/v1/alarm-mgmt/alarms-linked-incident",
        transferBody("link7", { assignee: "", assignee_scene: "nope", assignee_role: "role1" }),
      );
      assert.match(missing.json().error_msg, /^assignee_scene: no on-call scene nope/);
    });

    it("refuses a reader", async () => {
      const res = await post("/v1/alarm-mgmt/alarms-linked-incident", transferBody("link1"), h.tokens.reader);
      assert.equal(res.statusCode, 403);
    });
  });
});
