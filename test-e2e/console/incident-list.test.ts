import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { screenshot } from "./browser.ts";
import { type ConsoleFixture, choose, newPage, signIn, startConsole } from "./console-fixture.ts";

const HOSTILE = `<img src=x onerror="window.__xss = 1"><script>window.__xss = 2</script>`;

/** Picks an option of a Select that already shows a value (the value covers its input). */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: label, exact: true }).click({ force: true });
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

/** Opens the Filters panel (its controls load as a chunk of their own) and waits for its controls. */
async function openFilters(page: Page): Promise<void> {
  await page.getByTestId("filters-button").click();
  await page.getByTestId("list-filters").waitFor();
}

/** Runs in the page: whether the Filters panel's chunk has been fetched. */
const FILTERS_CHUNK_LOADED = `performance.getEntriesByType("resource").some((e) => /\\/list-filters-[^/]*\\.js$/.test(e.name))`;

const day = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

describe("the incidents list in the console", () => {
  let f: ConsoleFixture;
  before(async () => {
    f = await startConsole();
    await f.createIncident({ incident_title: "Payment gateway down", incident_level: "level_10" });
    await f.createIncident({ incident_title: "Slow search", incident_level: "level_40" });
    await f.createIncident({ incident_title: "Payment page typo", incident_level: "level_50" });
  });
  after(() => f?.close());

  it("filters by level and by title, with counts per status on the tabs", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/incidents");
    await signIn(page, f.writer);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.first().waitFor();
    await page.getByTestId("tab-INCIDENT_STATUS_TRIGGERED").filter({ hasText: "3" }).waitFor();
    await screenshot(page, "incidents", "en");

    // The filters but the title search are behind the Filters button; their code loads when it is pressed.
    assert.equal(await page.evaluate(FILTERS_CHUNK_LOADED), false, "the filters' code waits for the button");
    await openFilters(page);
    assert.equal(await page.evaluate(FILTERS_CHUNK_LOADED), true);
    await choose(page, "Level", "P1");
    await rows.filter({ hasText: "Slow search" }).waitFor({ state: "detached" });
    assert.deepEqual(await rows.locator("td:first-child").allTextContents(), ["Payment gateway down"]);
    // The filter in force shows as a tag, the button counts it, and the tag's button removes it.
    await page.getByTestId("active-filters").filter({ hasText: "Level: P1" }).waitFor();
    await page.getByRole("button", { name: "Filters (1)" }).waitFor();
    await page.getByRole("button", { name: "Remove filter Level: P1" }).click();
    await rows.filter({ hasText: "Slow search" }).waitFor();
    await page.getByTestId("active-filters").waitFor({ state: "detached" });

    await choose(page, "Level", "P1");
    await rows.filter({ hasText: "Slow search" }).waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Clear filters" }).click();
    await rows.filter({ hasText: "Slow search" }).waitFor();
    await page.getByLabel("Search titles").fill("Payment");
    await page.getByLabel("Search titles").press("Enter");
    await rows.filter({ hasText: "Slow search" }).waitFor({ state: "detached" });
    assert.deepEqual((await rows.locator("td:first-child").allTextContents()).sort(), [
      "Payment gateway down",
      "Payment page typo",
    ]);
    // The export takes the same filters: a CSV of the two matching incidents.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-csv").click(),
    ]);
    const csv = readFileSync((await download.path()) as string, "utf8");
    assert.match(csv, /Payment gateway down/);
    assert.match(csv, /Payment page typo/);
    assert.doesNotMatch(csv, /Slow search/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("sorts, and filters by source, application and creation day (COC v2 list parameters)", async () => {
    await f.api("POST", "/incidentd/v1/applications", { id: "app002", name: "Checkout" });
    await f.createIncident({
      incident_title: "Checkout from an alarm",
      incident_level: "level_30",
      incident_source: "incident_source_alarm",
      current_cloud_service: ["app002"],
    });
    const { context, page, problems } = await newPage(f);
    await page.goto("/incidents");
    await signIn(page, f.writer);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    const titles = () => rows.locator("td:first-child").allTextContents();
    await rows.filter({ hasText: "Checkout from an alarm" }).waitFor();
    assert.equal((await titles())[0], "Checkout from an alarm", "newest first by default");

    await openFilters(page);
    await pick(page, "Sort", "Oldest first");
    await rows.first().filter({ hasText: "Payment gateway down" }).waitFor();
    await pick(page, "Sort", "Level, descending");
    await rows.first().filter({ hasText: "Payment page typo" }).waitFor();
    const levels = await rows.locator("td:nth-child(2)").allTextContents();
    assert.deepEqual(levels, [...levels].sort().reverse(), levels.join(" "));
    assert.equal(levels.at(-1), "P1");

    await choose(page, "Source", "alarm");
    await rows.filter({ hasText: "Slow search" }).waitFor({ state: "detached" });
    assert.deepEqual(await titles(), ["Checkout from an alarm"]);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await rows.filter({ hasText: "Slow search" }).waitFor();
    await choose(page, "Application", "Checkout");
    await rows.filter({ hasText: "Slow search" }).waitFor({ state: "detached" });
    assert.deepEqual(await titles(), ["Checkout from an alarm"]);
    await page.getByRole("button", { name: "Clear filters" }).click();

    // Created tomorrow: nothing; created today (the viewer's day): everything again.
    const range = async (from: string, to: string) => {
      await page.getByPlaceholder("Created from").click();
      await page.getByPlaceholder("Created from").fill(from);
      await page.getByPlaceholder("Created from").press("Enter");
      await page.getByPlaceholder("Created to").fill(to);
      await page.getByPlaceholder("Created to").press("Enter");
    };
    const tomorrow = day(Date.now() + 86_400_000);
    await range(tomorrow, tomorrow);
    await page.locator(".ant-table-placeholder").waitFor();
    await page.getByTestId("tab-all").filter({ hasText: /\b0\b/ }).waitFor();
    await range(day(Date.now()), day(Date.now()));
    await rows.filter({ hasText: "Checkout from an alarm" }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("shows an incident created through the API without a reload", async () => {
    const { context, page } = await newPage(f);
    await page.goto("/incidents");
    await signIn(page, f.writer);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.first().waitFor();
    await page.evaluate("window.__notReloaded = true");
    await f.createIncident({ incident_title: "Raised by an alarm just now" });
    await rows.filter({ hasText: "Raised by an alarm just now" }).waitFor({ timeout: 15_000 });
    assert.equal(await page.evaluate("window.__notReloaded"), true, "the page was not reloaded");
    await context.close();
  });

  it("renders a title with markup as text and never runs it", async () => {
    const num = await f.createIncident({ incident_title: HOSTILE, incident_description: HOSTILE });
    const { context, page, problems } = await newPage(f);
    await page.goto("/incidents");
    await signIn(page, f.writer);
    await page.getByRole("link", { name: HOSTILE }).waitFor();
    await page.goto(`/incidents/${num}`);
    await page.getByTestId("incident-title").filter({ hasText: HOSTILE }).waitFor();
    await page.getByTestId("field-incident_description").filter({ hasText: HOSTILE }).waitFor();
    assert.equal(await page.evaluate("window.__xss"), undefined);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("is usable on a phone 390 px wide: no sideways scrolling, the list and an incident readable", async () => {
    await f.createIncident({ incident_title: "Seen on a phone" });
    const { context, page, problems } = await newPage(f, { width: 390, height: 844 });
    await page.goto("/incidents");
    await signIn(page, f.writer);
    await page.getByRole("link", { name: "Seen on a phone" }).waitFor();
    const overflow = "document.documentElement.scrollWidth - document.documentElement.clientWidth";
    assert.equal(await page.evaluate(overflow), 0, "the list page does not scroll sideways");
    await screenshot(page, "incidents-phone", "en");
    await page.getByRole("link", { name: "Seen on a phone" }).click();
    await page.getByTestId("action-accepted").waitFor();
    assert.equal(await page.evaluate(overflow), 0, "the incident page does not scroll sideways");
    const box = await page.getByTestId("action-accepted").boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, "the action buttons are on the screen");
    await screenshot(page, "incident-phone", "en");
    assert.deepEqual(problems, []);
    await context.close();

    // The same in Chinese, whose labels are laid out differently.
    const zh = await newPage(f, { locale: "zh-CN", width: 390, height: 844 });
    await zh.page.goto("/incidents");
    await signIn(zh.page, f.writer);
    await zh.page.getByRole("heading", { name: "事件单" }).waitFor();
    await zh.page.getByRole("link", { name: "Seen on a phone" }).waitFor();
    assert.equal(await zh.page.evaluate(overflow), 0, "the Chinese list page does not scroll sideways");
    await screenshot(zh.page, "incidents-phone", "zh-CN");
    await zh.page.getByRole("link", { name: "Seen on a phone" }).click();
    await zh.page.getByTestId("field-status").filter({ hasText: "未受理" }).waitFor();
    await zh.page.getByTestId("action-accepted").filter({ hasText: "受理" }).waitFor();
    assert.equal(await zh.page.evaluate(overflow), 0, "the Chinese incident page does not scroll sideways");
    const zhBox = await zh.page.getByTestId("action-accepted").boundingBox();
    assert.ok(
      zhBox && zhBox.x >= 0 && zhBox.x + zhBox.width <= 390,
      "the Chinese action buttons are on the screen",
    );
    await screenshot(zh.page, "incident-phone", "zh-CN");
    assert.deepEqual(zh.problems, []);
    await zh.context.close();
  });
});
