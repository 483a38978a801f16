import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { seriousViolations } from "./browser.ts";
import {
  type ConsoleFixture,
  choose,
  newPage,
  reportAlarm,
  signIn,
  startConsole,
} from "./console-fixture.ts";

describe("the console with a screen reader and a keyboard", () => {
  let f: ConsoleFixture;
  before(async () => {
    f = await startConsole();
  });
  after(() => f?.close());

  it("has no serious or critical axe-core violation on any page, in either language", async () => {
    const num = await f.createIncident({ incident_title: "Accessible incident" });
    // An incident with a WarRoom and a linked alarm, and an alarm still to transfer.
    await reportAlarm(f, { alarmId: "linked1", alarmName: "Linked alarm", alarmDesc: "already an incident" });
    await reportAlarm(f, { alarmId: "open1", alarmName: "Open alarm", alarmDesc: "not yet an incident" });
    const [linked] = await f.api<string[]>("POST", "/v1/alarm-mgmt/alarms-linked-incident", {
      alarm_ids: "linked1",
      title: "Incident from an alarm",
      description: "",
      level_id: "level_30",
      mtm_type: "inc_type_p_security_issues",
      is_service_interrupt: false,
      current_cloud_service_id: "shop",
      assignee: f.writer.id,
    });
    await f.api("POST", "/v1/external/warrooms", {
      war_room_name: "Accessible bridge",
      application_id_list: ["shop"],
      incident_number: linked,
      schedule_group: [],
      participant: [f.reader.id],
      war_room_admin: f.writer.id,
      enterprise_project_id: "0",
    });
    const now = Date.now();
    await f.api("PUT", "/incidentd/v1/oncall/scenes/shop", {
      name: "Shop operations",
      roles: [
        {
          role_id: "primary",
          name: "Primary",
          rotations: [
            {
              participants: [f.writer.id, f.reader.id],
              shift: "P1D",
              handoff: "09:00",
              time_zone: "Europe/Berlin",
              start: new Date(now - 10 * 86_400_000).toISOString().slice(0, 10),
            },
          ],
        },
      ],
      overrides: [
        {
          role_id: "primary",
          user_id: f.reader.id,
          start: new Date(now).toISOString(),
          end: new Date(now + 3_600_000).toISOString(),
        },
      ],
    });
    for (const locale of ["en-US", "zh-CN"]) {
      const { context, page } = await newPage(f, { locale });
      await page.goto("/sign-in");
      await page.locator("form").waitFor();
      assert.deepEqual(await seriousViolations(page), [], `${locale} sign-in`);
      await signIn(page, f.writer);
      const pages: [string, string][] = [
        ["/incidents", ".ant-table-row"],
        [`/incidents/${num}`, "[data-testid=timeline]"],
        ["/incidents/new", "form"],
        ["/dashboard", "[data-testid=day-table]"],
        [`/incidents/${linked}`, "[data-testid=warroom-status]"],
        ["/alarms", ".ant-table"],
        ["/alarms?alarm=open1", "[data-testid=alarm-detail] .ant-descriptions"],
        ["/warrooms", ".ant-table"],
        ["/oncall", "[data-testid=now-primary]"],
        ["/oncall/scenes/shop", "[data-testid=shift]"],
        ["/oncall/my-shifts", ".ant-table-row"],
        ["/notifications", "[data-testid=rules]"],
      ];
      for (const [url, ready] of pages) {
        await page.goto(url);
        await page.locator(ready).first().waitFor();
        assert.deepEqual(await seriousViolations(page), [], `${locale} ${url}`);
      }
      // The list's Filters panel (a chunk of its own) open, with a filter in force shown as a tag.
      await page.goto("/incidents");
      await page.getByTestId("filters-button").click();
      await page.getByTestId("list-filters").waitFor();
      await choose(page, locale === "zh-CN" ? "级别" : "Level", "P1");
      await page.getByTestId("active-filters").waitFor();
      assert.deepEqual(await seriousViolations(page), [], `${locale} list filters`);
      // The forms that transfer an alarm and start a WarRoom.
      await page.goto("/alarms?alarm=open1");
      await page.getByTestId("detail-transfer").click();
      await page.locator("form[id=transfer-alarm]").waitFor();
      assert.deepEqual(await seriousViolations(page), [], `${locale} transfer form`);
      await page.goto(`/incidents/${num}`);
      await page.getByTestId("start-warroom").click();
      await page.locator("form[id=start-warroom]").waitFor();
      assert.deepEqual(await seriousViolations(page), [], `${locale} WarRoom form`);
      await context.close();
      // The Webhooks page is an admin's.
      const admin = await newPage(f, { locale });
      await admin.page.goto("/webhooks");
      await signIn(admin.page, f.admin);
      await admin.page.locator(".ant-table").first().waitFor();
      assert.deepEqual(await seriousViolations(admin.page), [], `${locale} /webhooks`);
      await admin.context.close();
    }
  });
});
