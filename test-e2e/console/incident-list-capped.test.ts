import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type ConsoleFixture, newPage, signIn, startConsole } from "./console-fixture.ts";

/** The tabs' counts stop at the server's cap (INCIDENTD_STATUS_COUNT_CAP, docs/search.md): "N+" beyond it. */
describe("the incidents list's capped counts", () => {
  let f: ConsoleFixture;
  before(async () => {
    f = await startConsole({ INCIDENTD_STATUS_COUNT_CAP: "2" });
    for (const title of ["First", "Second", "Third"]) await f.createIncident({ incident_title: title });
  });
  after(() => f?.close());

  for (const [locale, more] of [
    ["en-US", "More than 2 incidents"],
    ["zh-CN", "超过 2 条事件单"],
  ] as const) {
    it(`shows a count past the cap as 2+ and the unfiltered total exactly (${locale})`, async () => {
      const { context, page, problems } = await newPage(f, { locale });
      await page.goto("/incidents");
      await signIn(page, f.writer);
      const triggered = page.getByTestId("tab-INCIDENT_STATUS_TRIGGERED");
      await triggered.filter({ hasText: "2+" }).waitFor();
      // The unfiltered total is the maintained counter: exact at any size.
      await page.getByTestId("tab-all").filter({ hasText: /\b3\b/ }).waitFor();
      assert.match((await triggered.locator(".ant-tag").getAttribute("title")) ?? "", /2/);
      await triggered.click();
      await page.locator(".ant-pagination-total-text").filter({ hasText: more }).waitFor();
      assert.equal(await page.locator(".ant-table-tbody tr.ant-table-row").count(), 3);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
