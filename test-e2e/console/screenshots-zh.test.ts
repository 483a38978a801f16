import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { screenshot } from "./browser.ts";
import { type ConsoleFixture, newPage, reportAlarm, signIn, startConsole } from "./console-fixture.ts";

/** The pages in Chinese, for a browser whose language is Chinese (docs/console.md shows them). */
describe("the console in Chinese", () => {
  let f: ConsoleFixture;
  before(async () => {
    f = await startConsole();
  });
  after(() => f?.close());

  it("shows every page in Chinese, with COC's names in Chinese, and no missing translation", async () => {
    const num = await f.createIncident({ incident_title: "数据库磁盘已满", incident_level: "level_20" });
    await f.createIncident({ incident_title: "支付网关超时", incident_level: "level_10" });
    const { context, page, problems } = await newPage(f, { locale: "zh-CN" });
    await page.goto("/incidents");
    await signIn(page, f.writer);
    await page.getByRole("heading", { name: "事件单" }).waitFor();
    await page.getByRole("link", { name: "支付网关超时" }).waitFor();
    await page.getByTestId("tab-INCIDENT_STATUS_TRIGGERED").filter({ hasText: "未受理" }).waitFor();
    await screenshot(page, "incidents", "zh-CN");

    await page.getByRole("link", { name: "数据库磁盘已满" }).click();
    await page.getByTestId("field-status").filter({ hasText: "未受理" }).waitFor();
    await page.getByTestId("field-incident_type").filter({ hasText: "安全问题" }).waitFor();
    await page.getByRole("button", { name: "受理", exact: true }).waitFor();
    await screenshot(page, "incident", "zh-CN");

    await page.getByTestId("action-unAcceptedForward").click();
    await page.getByLabel("新责任人", { exact: true }).fill("wendy");
    await page.locator(".ant-select-dropdown:visible").getByText("Wendy Example (wendy)").waitFor();
    await screenshot(page, "forward-form", "zh-CN");
    await page
      .getByRole("button", { name: "取 消" })
      .or(page.getByRole("button", { name: "取消" }))
      .click();

    await page.goto("/incidents/new");
    await page.getByLabel("标题").fill("");
    await page.getByTestId("create-submit").click();
    await page.locator(".ant-form-item-explain-error").first().waitFor();
    await screenshot(page, "create-incident", "zh-CN");

    // An alarm turned into an incident, whose WarRoom is running; another alarm still alarming.
    await reportAlarm(f, {
      alarmId: "cpu09",
      alarmName: "CPU 使用率过高",
      alarmDesc: "web-1 的 CPU 超过 95%",
    });
    await reportAlarm(f, {
      alarmId: "disk09",
      alarmName: "磁盘空间不足",
      alarmDesc: "db-1 的 /var 已用 98%",
    });
    const [fromAlarm] = await f.api<string[]>("POST", "/v1/alarm-mgmt/alarms-linked-incident", {
      alarm_ids: "cpu09",
      title: "CPU 使用率过高",
      description: "web-1 的 CPU 超过 95%",
      level_id: "level_20",
      mtm_type: "inc_type_p_security_issues",
      is_service_interrupt: false,
      current_cloud_service_id: "shop",
      assignee: f.writer.id,
    });
    await f.api("POST", "/v1/external/warrooms", {
      war_room_name: "CPU 使用率过高",
      application_id_list: ["shop"],
      incident_number: fromAlarm,
      schedule_group: [],
      participant: [f.reader.id],
      war_room_admin: f.writer.id,
      enterprise_project_id: "0",
    });
    await page.goto(`/incidents/${fromAlarm}`);
    await page.getByTestId("warroom-status").filter({ hasText: "WarRoom已启动" }).waitFor();
    await page.getByTestId("linked-alarms").getByRole("link", { name: "CPU 使用率过高" }).waitFor();
    await screenshot(page, "incident-warroom", "zh-CN");

    await page.goto("/alarms");
    await page.getByRole("heading", { name: "告警" }).waitFor();
    await page
      .locator(".ant-table-row")
      .filter({ hasText: "磁盘空间不足" })
      .filter({ hasText: "告警中" })
      .waitFor();
    await screenshot(page, "alarms", "zh-CN");
    await page.getByTestId("alarm-disk09").click();
    await page.getByTestId("alarm-detail").getByText("db-1 的 /var 已用 98%").waitFor();
    await screenshot(page, "alarm-detail", "zh-CN");
    await page.getByTestId("detail-transfer").click();
    await page.locator("form[id=transfer-alarm]").getByLabel("标题").waitFor();
    await screenshot(page, "transfer-form", "zh-CN");

    await page.goto("/warrooms");
    await page.locator(".ant-table-row").filter({ hasText: "WarRoom已启动" }).waitFor();
    await screenshot(page, "warrooms", "zh-CN");
    assert.equal(num.startsWith("IM"), true);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
