import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { screenshot } from "./browser.ts";
import { type ConsoleFixture, choose, newPage, signIn, startConsole } from "./console-fixture.ts";

const EVIDENCE = "disk full on db-3 at 02:14\n";

describe("working an incident in the console", () => {
  let f: ConsoleFixture;
  before(async () => {
    f = await startConsole();
  });
  after(() => f?.close());

  it("creates an incident through the form, showing the server's validation error on its field", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/incidents/new");
    await signIn(page, f.writer);
    await page.getByLabel("Title").fill("Checkout returns 502");
    await page.getByTestId("create-submit").click();
    // No level chosen: the server's message names incident_level, and the form shows it under Level.
    const levelItem = page.locator(".ant-form-item").filter({ has: page.getByLabel("Level") });
    await levelItem
      .locator(".ant-form-item-explain-error")
      .filter({ hasText: "incident_level: is required" })
      .waitFor();
    await screenshot(page, "create-incident", "en");

    await choose(page, "Level", "P2");
    await choose(page, "Type", "Reliability issues");
    await page.getByLabel("Description").fill("Half of the checkout requests fail.");
    await page.getByLabel("Assignee", { exact: true }).fill(f.writer.id);
    await page.getByLabel("Applications").fill("shop");
    await page.getByLabel("Regions").fill("cn-north-4");
    await page.getByTestId("create-submit").click();
    await page.waitForURL(/\/incidents\/IM\d+$/);
    await page.getByTestId("incident-title").filter({ hasText: "Checkout returns 502" }).waitFor();
    const num = page.url().split("/").at(-1) as string;
    const detail = await f.api<{
      incident_level: string;
      incident_type: string;
      creator: string;
      region: string[];
    }>("GET", `/v1/external/incident/${num}`);
    assert.equal(detail.incident_level, "level_20");
    assert.equal(detail.incident_type, "inc_type_p_reliability_issues");
    assert.equal(detail.creator, f.writer.id, "the creator defaults to the signed-in user");
    assert.deepEqual(detail.region, ["cn-north-4"]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("takes an incident through accept, solve (with an attachment, downloaded again) and confirm", async () => {
    const num = await f.createIncident({ incident_title: "Disk full on db-3" });
    const { context, page, problems } = await newPage(f);
    await page.goto(`/incidents/${num}`);
    await signIn(page, f.writer);
    const status = page.getByTestId("field-status");
    await status.filter({ hasText: "TRIGGERED" }).waitFor();
    await screenshot(page, "incident", "en");

    await page.getByTestId("action-accepted").click();
    await page.getByTestId("action-submit").click();
    await status.filter({ hasText: "ACKNOWLEDGED" }).waitFor();

    await page.getByTestId("action-commitSolution").click();
    await choose(page, "Type", "Configuration issues");
    await page.getByLabel("Root cause").fill("Log rotation was off.");
    await page.getByLabel("Solution", { exact: true }).fill("Rotated logs, added an alert.");
    await page.locator(".ant-modal input[type=file]").setInputFiles({
      name: "evidence.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(EVIDENCE),
    });
    const link = page.getByTestId("attachment-link");
    await link.filter({ hasText: "Download evidence.txt" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    assert.equal(download.suggestedFilename(), "evidence.txt");
    assert.equal(readFileSync((await download.path()) as string, "utf8"), EVIDENCE);
    await screenshot(page, "solve-form", "en");
    await page.getByTestId("action-submit").click();
    await status.filter({ hasText: "RESOLVED" }).waitFor();

    await page.getByTestId("action-confirm").click();
    await page.getByLabel("Comment").fill("Verified: disk at 40 %.");
    await page.getByTestId("action-submit").click();
    await status.filter({ hasText: "COMPLETED" }).waitFor();

    const timeline = page.getByTestId("timeline");
    for (const step of ["Create incident", "Accept", "Submit solution", "Verify"]) {
      await timeline.getByText(step, { exact: true }).first().waitFor();
    }
    await timeline.getByText("Verified: disk at 40 %.").waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
