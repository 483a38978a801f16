import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { seriousViolations } from "./browser.ts";
import { type ConsoleFixture, newPage, signIn, startConsole } from "./console-fixture.ts";

describe("the console with a screen reader and a keyboard", () => {
  let f: ConsoleFixture;
  before(async () => {
    f = await startConsole();
  });
  after(() => f?.close());

  it("has no serious or critical axe-core violation on any page, in either language", async () => {
    const num = await f.createIncident({ incident_title: "Accessible incident" });
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
        ["/alarms", ".ant-table"],
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
