import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import { screenshot } from "./browser.ts";
import { type ConsoleFixture, choose, newPage, signIn, startConsole } from "./console-fixture.ts";

// The browser's zone differs from the rotation's (UTC): the pages must show times in the browser's.
const ZONE = "Asia/Shanghai";
const HOUR = 3_600_000;

/** As the override form's date pickers take it, in the browser's zone. */
const pickerText = (ms: number) => DateTime.fromMillis(ms, { zone: ZONE }).toFormat("yyyy-MM-dd HH:mm");

async function pick(page: Page, label: string, ms: number): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(pickerText(ms));
  await input.press("Enter");
}

describe("on-call in the console", () => {
  let f: ConsoleFixture;
  const now = Date.now();
  before(async () => {
    f = await startConsole();
    for (const [id, name] of [
      ["ann", "Ann Example"],
      ["bob", "Bob Example"],
      ["cho", "Cho Example"],
      ["dan", "Dan Example"],
    ])
      await f.api("POST", "/incidentd/v1/users", { id, display_name: name });
    // Daily hand-offs at 00:00 UTC, ann then bob, from 8 days ago: ann is on call today (UTC) and the
    // whole week alternates. Secondary: cho all week, but dan covers it from an hour ago for three hours.
    const start = DateTime.fromMillis(now, { zone: "UTC" }).minus({ days: 8 }).toISODate();
    await f.api("PUT", "/incidentd/v1/oncall/scenes/shop", {
      name: "Shop operations",
      roles: [
        {
          role_id: "primary",
          name: "Primary",
          rotations: [
            { participants: ["ann", "bob"], shift: "P1D", handoff: "00:00", time_zone: "UTC", start },
          ],
        },
        {
          role_id: "secondary",
          name: "Secondary",
          rotations: [{ participants: ["cho"], shift: "P1W", handoff: "00:00", time_zone: "UTC", start }],
        },
      ],
      overrides: [
        {
          role_id: "secondary",
          user_id: "dan",
          start: new Date(now - HOUR).toISOString(),
          end: new Date(now + 2 * HOUR).toISOString(),
        },
      ],
    });
  });
  after(() => f?.close());

  it("lists the scene with who is on call now per role, rotation or override", async () => {
    const { context, page, problems } = await newPage(f, { timezoneId: ZONE });
    await page.goto("/incidents");
    await signIn(page, f.reader);
    await page.getByRole("link", { name: "On-call", exact: true }).click();
    const scene = page.getByTestId("scene-shop");
    await scene.getByRole("link", { name: "Shop operations" }).waitFor();
    const primary = scene.getByTestId("now-primary");
    await primary.filter({ hasText: "Ann Example" }).filter({ hasText: "Rotation" }).waitFor();
    const secondary = scene.getByTestId("now-secondary");
    await secondary.filter({ hasText: "Dan Example" }).filter({ hasText: "Override" }).waitFor();
    // "until" the override's end, in the browser's zone (Shanghai), not the server's or UTC.
    const until = new Intl.DateTimeFormat("en", {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: ZONE,
    }).format(now + 2 * HOUR);
    assert.match((await secondary.textContent()) ?? "", new RegExp(`until .*${until}`));
    assert.match((await page.getByTestId("time-zone").textContent()) ?? "", /Asia\/Shanghai/);
    await screenshot(page, "oncall", "en");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("shows each role's shifts this week with the override distinct, and no form to a reader", async () => {
    const { context, page, problems } = await newPage(f, { timezoneId: ZONE });
    await page.goto("/oncall/scenes/shop");
    await signIn(page, f.reader);
    const primary = page.getByTestId("lane-primary");
    await primary.locator('[data-testid=shift][data-user="ann"]').first().waitFor();
    await primary.locator('[data-testid=shift][data-user="bob"]').first().waitFor();
    assert.equal(await primary.locator("[data-source=override]").count(), 0);
    const secondary = page.getByTestId("lane-secondary");
    const override = secondary.locator('[data-testid=shift][data-source="override"]');
    await override.filter({ hasText: "Dan Example" }).waitFor();
    assert.match((await override.getAttribute("class")) ?? "", /oncall-shift-override/);
    assert.match((await override.getAttribute("aria-label")) ?? "", /Override$/);
    await secondary.locator('[data-testid=shift][data-user="cho"]').first().waitFor();
    // The month view and paging move the range; the lanes follow.
    await page.getByText("Month", { exact: true }).click();
    await page.waitForURL(/view=month/);
    await primary.locator('[data-testid=shift][data-user="ann"]').first().waitFor();
    const monthOf = (plus: number) =>
      new Intl.DateTimeFormat("en", { year: "numeric", month: "long", timeZone: ZONE }).format(
        DateTime.now().setZone(ZONE).startOf("month").plus({ months: plus }).toMillis(),
      );
    await page
      .getByTestId("range")
      .filter({ hasText: monthOf(0) })
      .waitFor();
    await page.getByRole("button", { name: "Next month" }).click();
    await page
      .getByTestId("range")
      .filter({ hasText: monthOf(1) })
      .waitFor();
    await page.waitForURL(/offset=1/);
    assert.equal(
      await secondary.locator("[data-source=override]").count(),
      0,
      "the override is not next month",
    );
    await page.getByRole("button", { name: "Today" }).click();
    await override.waitFor();

    assert.equal(await page.getByTestId("add-override").count(), 0, "a reader has no override form");
    assert.equal(await page.getByTestId("show-json").count(), 0, "only admins see the document");
    const forced = (await page.evaluate(`(async () => {
      const session = await (await fetch("/incidentd/v1/sessions/current")).json();
      const res = await fetch("/incidentd/v1/oncall/scenes/shop/overrides", {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": session.data.csrf_token },
        body: JSON.stringify({ role_id: "primary", user_id: "rita", start: "${new Date(now).toISOString()}",
          end: "${new Date(now + HOUR).toISOString()}" }),
      });
      return res.status;
    })()`)) as number;
    assert.equal(forced, 403);
    assert.ok(
      problems.every((p) => /403/.test(p)),
      problems.join("\n"),
    );
    await context.close();
  });

  it("fits a phone 390 px wide: the calendar scrolls inside its frame, not the page", async () => {
    const { context, page, problems } = await newPage(f, { width: 390, height: 844, timezoneId: ZONE });
    await page.goto("/oncall/scenes/shop");
    await signIn(page, f.reader);
    await page.getByTestId("lane-secondary").locator("[data-source=override]").waitFor();
    const overflow = "document.documentElement.scrollWidth - document.documentElement.clientWidth";
    assert.equal(await page.evaluate(overflow), 0, "the page does not scroll sideways");
    const frame = page.getByTestId("oncall-calendar");
    assert.ok(
      await frame.evaluate((el) => el.scrollWidth > el.clientWidth),
      "the calendar scrolls in its frame",
    );
    await screenshot(page, "oncall-phone", "en");
    assert.deepEqual(problems, []);
    await context.close();

    // The same in Chinese.
    const zh = await newPage(f, { locale: "zh-CN", width: 390, height: 844, timezoneId: ZONE });
    await zh.page.goto("/oncall/scenes/shop");
    await signIn(zh.page, f.reader);
    await zh.page.getByRole("heading", { name: "当前值班" }).waitFor();
    await zh.page.getByTestId("lane-secondary").locator("[data-source=override]").first().waitFor();
    assert.equal(await zh.page.evaluate(overflow), 0, "the Chinese page does not scroll sideways");
    assert.ok(
      await zh.page.getByTestId("oncall-calendar").evaluate((el) => el.scrollWidth > el.clientWidth),
      "the calendar scrolls in its frame in Chinese",
    );
    await screenshot(zh.page, "oncall-phone", "zh-CN");
    assert.deepEqual(zh.problems, []);
    await zh.context.close();
  });

  it("lets a writer add an override through the form, with its errors on their fields", async () => {
    const { context, page, problems } = await newPage(f, { timezoneId: ZONE });
    await page.goto("/oncall/scenes/shop");
    await signIn(page, f.writer);
    await page.getByTestId("lane-primary").locator("[data-testid=shift]").first().waitFor();
    await page.getByTestId("add-override").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Add an override").waitFor();
    const from = Math.floor(now / HOUR) * HOUR;
    // Nothing filled in: every required field says so.
    await page.getByTestId("override-submit").click();
    await dialog.locator(".ant-form-item-explain-error").filter({ hasText: "Required" }).first().waitFor();
    await choose(page, "Role", "Primary");
    await page.getByLabel("Person on call", { exact: true }).fill("nobody");
    await pick(page, "Start", from);
    await pick(page, "End", from - HOUR);
    await page.getByTestId("override-submit").click();
    await dialog.getByText("The end must be after the start.").waitFor();
    await pick(page, "End", from + 2 * HOUR);
    await page.getByTestId("override-submit").click();
    // The server names the field (overrides[n].user_id): the message shows under the person.
    await dialog
      .locator(".ant-form-item")
      .filter({ hasText: "Person on call" })
      .locator(".ant-form-item-explain-error")
      .filter({ hasText: "nobody is not a user of the project's directory" })
      .waitFor();
    await page.getByLabel("Person on call", { exact: true }).fill("wen");
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option[title="Wendy Example (wendy)"]')
      .click();
    await screenshot(page, "oncall-override-form", "en");
    await page.getByTestId("override-submit").click();
    await dialog.waitFor({ state: "hidden" });

    // Primary hands off daily at 00:00 UTC: an override across that hand-off shows as two shifts, one each side.
    const pieces = new Date(from).getUTCDate() === new Date(from + 2 * HOUR - 1).getUTCDate() ? 1 : 2;
    const added = page.getByTestId("lane-primary").locator('[data-testid=shift][data-user="wendy"]');
    await added.filter({ hasText: "Wendy Example" }).first().waitFor();
    assert.equal(await added.count(), pieces);
    for (const shift of await added.all()) assert.equal(await shift.getAttribute("data-source"), "override");
    await page.getByTestId("now-primary").filter({ hasText: "Wendy Example" }).waitFor();
    const scene = await f.api<{ overrides: { user_id: string; start: string }[] }>(
      "GET",
      "/incidentd/v1/oncall/scenes/shop",
    );
    assert.deepEqual(
      scene.overrides.map((o) => [o.user_id, Date.parse(o.start)]),
      [
        ["dan", now - HOUR],
        ["wendy", from],
      ],
    );
    await screenshot(page, "oncall-scene", "en");

    // Her shifts: the override, on now.
    await page.goto("/oncall/my-shifts");
    const row = page.locator(".ant-table-row").filter({ hasText: "Shop operations" });
    await row.filter({ hasText: "Primary" }).filter({ hasText: "Override" }).first().waitFor();
    await page.getByTestId("on-call-now").filter({ hasText: "Shop operations / Primary" }).waitFor();
    assert.equal(await row.count(), pieces);
    await screenshot(page, "my-shifts", "en");
    assert.ok(
      problems.every((p) => /400/.test(p)),
      problems.join("\n"),
    );
    await context.close();
  });

  it("shows the scene document to an admin, and the pages in Chinese after the switch", async () => {
    const { context, page, problems } = await newPage(f, { timezoneId: ZONE });
    await page.goto("/oncall/scenes/shop");
    await signIn(page, f.admin);
    await page.getByTestId("show-json").click();
    await page.getByTestId("scene-json").filter({ hasText: '"scene_id": "shop"' }).waitFor();
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "中文" }).click();
    await page
      .getByRole("navigation", { name: "主导航" })
      .getByRole("link", { name: "值班", exact: true })
      .waitFor();
    await page.getByRole("heading", { name: "当前值班" }).waitFor();
    await page.getByTestId("now-secondary").filter({ hasText: "替班" }).waitFor();
    await page.getByText("月", { exact: true }).waitFor();
    await page.getByRole("button", { name: "下一周" }).waitFor();
    await page.getByTestId("add-override").filter({ hasText: "添加替班" }).waitFor();
    assert.match((await page.getByTestId("time-zone").textContent()) ?? "", /时区 Asia\/Shanghai/);
    await screenshot(page, "oncall-scene", "zh-CN");

    // The override form in Chinese, its messages too: the admin covers Secondary tomorrow.
    await page.getByTestId("add-override").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("添加替班").first().waitFor();
    await page.getByTestId("override-submit").click();
    await dialog.locator(".ant-form-item-explain-error").filter({ hasText: "必填" }).first().waitFor();
    const tomorrow = DateTime.fromMillis(now, { zone: ZONE }).plus({ days: 1 }).set({ hour: 9, minute: 0 });
    await choose(page, "角色", "Secondary");
    await page.getByLabel("值班人", { exact: true }).fill(f.admin.id);
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title$="(${f.admin.id})"]`)
      .click();
    await pick(page, "开始时间", tomorrow.toMillis());
    await pick(page, "结束时间", tomorrow.minus({ hours: 1 }).toMillis());
    await page.getByTestId("override-submit").click();
    await dialog.getByText("结束时间必须晚于开始时间。").waitFor();
    await pick(page, "结束时间", tomorrow.plus({ hours: 8 }).toMillis());
    await dialog.getByText("结束时间必须晚于开始时间。").waitFor({ state: "hidden" });
    await screenshot(page, "oncall-override-form", "zh-CN");
    await page.getByTestId("override-submit").click();
    await page.getByText("替班已添加").waitFor();
    await dialog.waitFor({ state: "hidden" });

    await page.goto("/oncall");
    await page.getByRole("heading", { name: "值班", exact: true }).waitFor();
    await page.getByTestId("now-primary").filter({ hasText: "替班" }).filter({ hasText: "至" }).waitFor();
    await page.getByRole("link", { name: /我的班次/ }).waitFor();
    await screenshot(page, "oncall", "zh-CN");

    // Her shifts: tomorrow's override, not on now.
    await page.getByRole("link", { name: /我的班次/ }).click();
    await page.getByRole("heading", { name: "我的班次", exact: true }).waitFor();
    await page
      .locator(".ant-table-row")
      .filter({ hasText: "Shop operations" })
      .filter({ hasText: "Secondary" })
      .filter({ hasText: "替班" })
      .waitFor();
    await page.getByTestId("on-call-now").filter({ hasText: "您当前不在值班。" }).waitFor();
    assert.match((await page.getByTestId("time-zone").textContent()) ?? "", /未来 28 天/);
    await screenshot(page, "my-shifts", "zh-CN");
    assert.deepEqual(problems, []);
    await context.close();
  });
});
