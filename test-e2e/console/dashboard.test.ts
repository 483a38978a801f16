import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { solution } from "../../testkit/workflow.ts";
import { screenshot, seriousViolations } from "./browser.ts";
import { type ConsoleFixture, newPage, signIn, startConsole } from "./console-fixture.ts";

const ZONE = "Asia/Shanghai";
/** Today's calendar day in ZONE, as the analytics buckets name it. */
const dayIn = (zone: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date());

const text = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).textContent())?.trim() ?? "";

describe("the dashboard in the console", () => {
  let f: ConsoleFixture;
  const act = async (num: string, action: string, params: object = {}) => {
    const tasks = await f.api<Array<{ operations: Array<{ task_id: string }> }>>(
      "GET",
      `/v2/incidents/${num}/tasks`,
    );
    const taskId = tasks[0]?.operations[0]?.task_id;
    assert.ok(taskId, `${num} has no open task`);
    await f.api("POST", `/v2/incidents/${num}/actions`, { task_id: taskId, action, params });
  };
  before(async () => {
    f = await startConsole();
    // Six incidents today: P1 ×3 (one accepted), P2 ×2 (one closed), P3 ×1 (solved, waiting for verification).
    const p1 = [];
    for (let i = 0; i < 3; i++) p1.push(await f.createIncident({ incident_level: "level_10" }));
    const p2 = [await f.createIncident({ incident_level: "level_20" })];
    p2.push(await f.createIncident({ incident_level: "level_20" }));
    const p3 = await f.createIncident({ incident_level: "level_30" });
    await act(p1[0] as string, "accepted");
    for (const num of [p2[0] as string, p3]) {
      await act(num, "accepted");
      await act(num, "commitSolution", solution);
    }
    await act(p2[0] as string, "confirm", { virtual_confirm_result: true, virtual_confirm_comment: "fixed" });
  });
  after(() => f?.close());

  it("shows the open incidents by level and status and the day's created and closed counts, in the viewer's zone", async () => {
    const { context, page, problems } = await newPage(f, { timezoneId: ZONE });
    await page.goto("/incidents");
    await signIn(page, f.reader);
    const daily = page.waitForRequest((r) => {
      const url = new URL(r.url());
      return url.pathname === "/incidentd/v1/analytics/incidents" && url.searchParams.get("tz") === ZONE;
    });
    await page.getByRole("link", { name: "Dashboard", exact: true }).click();
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    const asked = new URL((await daily).url()).searchParams;
    const today = dayIn(ZONE);
    assert.equal(
      asked.get("to"),
      new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
    );
    assert.equal(
      asked.get("from"),
      new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10),
    );

    await page.getByTestId("open-table").waitFor();
    const open: Record<string, string> = {
      "level_10-INCIDENT_STATUS_TRIGGERED": "2",
      "level_10-INCIDENT_STATUS_ACKNOWLEDGED": "1",
      "level_10-all": "3",
      "level_20-INCIDENT_STATUS_TRIGGERED": "1",
      "level_20-INCIDENT_STATUS_ACKNOWLEDGED": "0",
      "level_20-all": "1",
      "level_30-INCIDENT_STATUS_RESOLVED": "1",
      "level_30-all": "1",
      "total-INCIDENT_STATUS_TRIGGERED": "3",
      "total-all": "5",
    };
    for (const [cell, count] of Object.entries(open))
      assert.equal(await text(page, `open-${cell}`), count, cell);
    // The closed P2 is in no open figure, and the levels are named as the catalogue names them.
    const levels = await page.getByTestId("open-table").locator("tbody tr td:first-child").allInnerTexts();
    assert.deepEqual(levels, ["P1", "P2", "P3", "Total"]);
    assert.match(
      (await page.getByTestId("open-chart").getAttribute("aria-label")) ?? "",
      /5 open incidents.*P1 3, P2 1, P3 1/,
    );

    await page.getByTestId("day-table").waitFor();
    assert.equal(await text(page, "total-created"), "6");
    assert.equal(await text(page, "total-closed"), "1");
    assert.equal(await text(page, "total-open"), "5");
    const row = page.getByTestId(`day-${today}`);
    assert.deepEqual((await row.locator("td").allInnerTexts()).slice(1, 4), ["6", "1", "5"]);
    assert.equal(await page.locator("[data-testid=day-table] tbody tr.ant-table-row").count(), 1);
    assert.match(
      (await page.getByTestId("flow-chart").getAttribute("aria-label")) ?? "",
      /last 30 days.*6 created, 1 closed/,
    );
    await page.getByTestId("flow-chart").locator("canvas").first().waitFor();
    await page.getByTestId("duration-chart").locator("canvas").first().waitFor();
    assert.match(await text(page, "time-zone"), /Asia\/Shanghai/);
    assert.deepEqual(await seriousViolations(page), [], "en /dashboard");
    await screenshot(page, "dashboard", "en");

    // 90 days: asked again from 89 days before today; the address keeps the choice.
    const [longer] = await Promise.all([
      page.waitForRequest(
        (r) =>
          new URL(r.url()).searchParams.get("from") !== asked.get("from") &&
          r.url().includes("/analytics/incidents"),
      ),
      page.getByText("Last 90 days", { exact: true }).click(),
    ]);
    const from90 = new URL(longer.url()).searchParams.get("from");
    assert.equal(
      from90,
      new Date(Date.parse(`${today}T00:00:00Z`) - 89 * 86_400_000).toISOString().slice(0, 10),
    );
    await page.waitForURL(/\?days=90$/);
    await page.getByTestId("flow-chart").and(page.locator("[aria-label*='last 90 days']")).waitFor();
    assert.equal(await text(page, "total-created"), "6");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("shows the dashboard in Chinese, clean for axe-core", async () => {
    const { context, page, problems } = await newPage(f, { locale: "zh-CN", timezoneId: ZONE });
    await page.goto("/dashboard");
    await signIn(page, f.writer);
    await page.getByRole("heading", { name: "仪表盘", level: 1 }).waitFor();
    await page.getByRole("columnheader", { name: "未受理" }).waitFor();
    await page.getByTestId("day-table").waitFor();
    assert.equal(await text(page, "open-total-all"), "5");
    assert.equal(await text(page, "total-created"), "6");
    assert.deepEqual(await seriousViolations(page), [], "zh-CN /dashboard");
    await screenshot(page, "dashboard", "zh-CN");
    assert.deepEqual(problems, []);
    await context.close();
  });
});
