import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { screenshot } from "./browser.ts";
import {
  type ConsoleFixture,
  choose,
  newPage,
  reportAlarm,
  signIn,
  startConsole,
} from "./console-fixture.ts";

interface AlarmInfo {
  associate_event_id: string;
}
interface WarRoomList {
  total: number;
  list: { war_room_num: string; admin: string; recover_member: string[] }[];
}

describe("alarms and WarRooms in the console", () => {
  let f: ConsoleFixture;
  let incident: string;
  before(async () => {
    f = await startConsole();
    const integration = await f.api<{ integration_key: string }>("POST", "/incidentd/v1/integrations", {
      name: "monitoring",
      kind: "custom",
    });
    const res = await fetch(`${f.baseUrl}/v1/event/huawei/custom/${integration.integration_key}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        alarmId: "cpu01",
        alarmName: "HighCPU",
        alarmLevel: "Critical",
        time: Date.now(),
        nameSpace: "ecs",
        alarmDesc: "CPU above 95 % on web-1",
        alarmSource: "monitoring",
      }),
    });
    assert.equal(res.status, 200, await res.text());
    incident = await f.createIncident({ incident_title: "Site down" });
    await f.api("POST", "/v1/external/warrooms", {
      war_room_name: "Site down bridge",
      application_id_list: ["shop"],
      incident_number: incident,
      schedule_group: [],
      war_room_admin: f.writer.id,
      enterprise_project_id: "0",
    });
  });
  after(() => f?.close());

  it("lists an alarm and clears it", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/alarms");
    await signIn(page, f.writer);
    const row = page.locator(".ant-table-row").filter({ hasText: "HighCPU" });
    await row.filter({ hasText: "Alarming" }).waitFor();
    await screenshot(page, "alarms", "en");
    await page.getByTestId("clear-cpu01").click();
    await row.waitFor({ state: "detached" });
    await page.getByRole("tab", { name: "Resolved" }).click();
    await row.filter({ hasText: "Resolved" }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("lists a WarRoom with its incident and closes it", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/warrooms");
    await signIn(page, f.writer);
    const row = page.locator(".ant-table-row").filter({ hasText: "Site down bridge" });
    await row.getByRole("link", { name: incident }).waitFor();
    await screenshot(page, "warrooms", "en");
    await row.getByRole("button", { name: "Close" }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: "Close" }).click();
    await row.waitFor({ state: "detached" });
    await page.getByRole("tab", { name: /Closed/ }).click();
    await row.filter({ hasText: "WarRoom closed" }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("shows an alarm's detail and transfers it to a new incident, which lists the alarm", async () => {
    await reportAlarm(f, { alarmId: "disk02", alarmName: "DiskFull", alarmDesc: "/var at 98 % on db-1" });
    const { context, page, problems } = await newPage(f);
    await page.goto("/alarms");
    await signIn(page, f.writer);
    await page.getByTestId("alarm-disk02").click();
    const drawer = page.getByTestId("alarm-detail");
    await drawer.getByText("/var at 98 % on db-1").waitFor();
    await screenshot(page, "alarm-detail", "en");
    await drawer.getByTestId("detail-transfer").click();
    const form = page.locator("form[id=transfer-alarm]");
    assert.equal(await form.getByLabel("Title").inputValue(), "DiskFull", "prefilled from the alarm");
    await form.getByLabel("Title").fill("Database disk full");
    await choose(page, "Level", "P2");
    await choose(page, "Type", "Reliability issues");
    await form.getByLabel("Application", { exact: true }).fill("shop");
    await page.getByTestId("transfer-submit").click();
    // The server's rule is shown on its field: an assignee or an on-call scene and role.
    const assignee = form.getByLabel("Assignee", { exact: true });
    await form.locator(".ant-form-item").filter({ hasText: "is required unless" }).waitFor();
    await assignee.scrollIntoViewIfNeeded();
    await screenshot(page, "transfer-form", "en");
    await assignee.fill(f.writer.id);
    await page.getByTestId("transfer-submit").click();
    await page.waitForURL(/\/incidents\/IM\d+$/);
    const num = page.url().split("/").pop() ?? "";
    await page.getByTestId("incident-title").filter({ hasText: "Database disk full" }).waitFor();
    await page.getByTestId("linked-alarms").getByRole("link", { name: "DiskFull" }).waitFor();

    const alarm = await f.api<AlarmInfo>("GET", "/v1/alarm-mgmt/alarm/disk02");
    assert.equal(alarm.associate_event_id, num);
    const incident = await f.api<Record<string, unknown>>("GET", `/v1/external/incident/${num}`);
    assert.deepEqual(
      [
        incident.incident_title,
        incident.incident_level,
        incident.incident_source,
        incident.incident_assignee,
      ],
      ["Database disk full", "level_20", "incident_source_alarm", [f.writer.id]],
    );
    assert.deepEqual(
      problems.filter((p) => !/400/.test(p)),
      [],
    );
    await context.close();
  });

  it("starts a WarRoom from the incident page and shows its status and members", async () => {
    const num = await f.createIncident({
      incident_title: "Payments failing",
      current_cloud_service: ["pay"],
    });
    const { context, page, problems } = await newPage(f);
    await page.goto(`/incidents/${num}`);
    await signIn(page, f.writer);
    await page.getByTestId("start-warroom").click();
    const form = page.locator("form[id=start-warroom]");
    assert.equal(await form.getByLabel("Title").inputValue(), "Payments failing", "prefilled");
    await form.getByLabel("Members").fill(f.reader.id);
    await page.keyboard.press("Enter");
    await page.getByTestId("warroom-submit").click();
    const card = page.getByTestId("incident-warroom");
    await card.getByTestId("warroom-status").filter({ hasText: "WarRoom started" }).waitFor();
    await card.getByText(f.reader.id).waitFor();
    assert.equal(await page.getByTestId("start-warroom").count(), 0, "one WarRoom per incident");
    await screenshot(page, "incident-warroom", "en");
    await card.getByTestId("open-warroom").click();
    await page.getByText(/^Showing WarRoom WR\d+ only\.$/).waitFor();
    await page.locator(".ant-table-row").filter({ hasText: "Payments failing" }).waitFor();
    assert.equal(await page.locator(".ant-table-row").count(), 1, "that WarRoom alone");

    const rooms = await f.api<WarRoomList>("POST", "/v1/external/warrooms/list", { incident_num: num });
    assert.equal(rooms.total, 1);
    const [room] = rooms.list;
    assert.deepEqual([room?.admin, room?.recover_member], [f.writer.id, [f.reader.id]]);
    const incident = await f.api<{ warroom_id: string }>("GET", `/v1/external/incident/${num}`);
    assert.equal(incident.warroom_id, room?.war_room_num);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("shows a reader the alarm's detail and the incident's WarRoom without transfer, clear or start", async () => {
    await reportAlarm(f, { alarmId: "mem03", alarmName: "MemoryLow", alarmDesc: "free memory under 5 %" });
    const num = await f.createIncident({ incident_title: "Reader's incident" });
    const { context, page, problems } = await newPage(f);
    await page.goto("/alarms?alarm=mem03");
    await signIn(page, f.reader);
    await page.getByTestId("alarm-detail").getByText("free memory under 5 %").waitFor();
    assert.equal(await page.getByTestId("detail-transfer").count(), 0, "no transfer button");
    assert.equal(await page.getByTestId("detail-clear").count(), 0, "no clear button");
    assert.equal(await page.getByTestId("clear-mem03").count(), 0, "no clear in the list");
    await page.goto(`/incidents/${num}`);
    await page.getByTestId("incident-warroom").getByText("No WarRoom yet.").waitFor();
    await page.getByTestId("linked-alarms").getByText("No alarm is linked to this incident.").waitFor();
    assert.equal(await page.getByTestId("start-warroom").count(), 0, "no start button");
    assert.deepEqual(problems, []);
    await context.close();
  });
});
