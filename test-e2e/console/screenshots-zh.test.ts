import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { screenshot } from "./browser.ts";
import { type ConsoleFixture, newPage, signIn, startConsole } from "./console-fixture.ts";

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
    assert.equal(num.startsWith("IM"), true);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
