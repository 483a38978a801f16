import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { screenshot } from "./browser.ts";
import { type ConsoleFixture, newPage, signIn, startConsole } from "./console-fixture.ts";

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
});
