import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { choose, settledViolations, untilNone } from "./admin-controls.ts";
import { screenshot } from "./browser.ts";
import { type ConsoleFixture, newPage, signIn, startConsole } from "./console-fixture.ts";

interface Rule {
  id: string;
  name: string;
  enabled: boolean;
  match: Record<string, unknown>;
  incident: Record<string, unknown>;
}

/** Submits the open dialog's form and waits for the dialog to be gone. */
async function submitAndClose(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  await untilNone(page.locator(".ant-modal-wrap:visible"));
}

/** The validation message under the form field labelled `label`. */
const errorUnder = (page: Page, label: string) =>
  page
    .locator(".ant-form-item")
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .locator(".ant-form-item-explain-error");

describe("applications, transfer rules and the catalogue in the console", () => {
  let f: ConsoleFixture;
  before(async () => {
    f = await startConsole();
  });
  after(() => f?.close());

  it("an admin adds an application and renames it", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/admin?tab=applications");
    await signIn(page, f.admin);
    await page.getByTestId("create-application").click();
    await page.getByLabel("Application ID", { exact: true }).fill("billing");
    await page.getByLabel("Name", { exact: true }).fill("Billing");
    await submitAndClose(page, "application-submit");
    await page.getByTestId("application-billing").getByText("Billing", { exact: true }).waitFor();
    const listed = () =>
      f.api<{ applications: { id: string; name: string }[] }>("GET", "/incidentd/v1/applications");
    assert.deepEqual((await listed()).applications, [{ id: "billing", name: "Billing" }]);

    await page.getByTestId("rename-billing").click();
    assert.equal(await page.getByLabel("Application ID", { exact: true }).isDisabled(), true);
    await page.getByLabel("Name", { exact: true }).fill("Billing service");
    await submitAndClose(page, "application-submit");
    await page.getByTestId("application-billing").getByText("Billing service").waitFor();
    assert.deepEqual((await listed()).applications, [{ id: "billing", name: "Billing service" }]);
    await screenshot(page, "admin-applications", "en");
    assert.deepEqual(await settledViolations(page), [], "applications");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("an admin adds an incident type, first refused on the key field", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/admin?tab=catalogue");
    await signIn(page, f.admin);
    await page.getByTestId("entry-inc_type_p_security_issues").getByText("Security issues").waitFor();
    await page.getByTestId("create-catalogue-entry").click();
    await page.getByLabel("Key", { exact: true }).fill("billing issues");
    await page.getByLabel("Name in Chinese", { exact: true }).fill("账单问题");
    await page.getByLabel("Name in English", { exact: true }).fill("Billing issues");
    await page.getByTestId("catalogue-entry-submit").click();
    // The server's message, under the field it names.
    await errorUnder(page, "Key").getByText("must be 1-255 letters, digits").waitFor();
    await page.getByLabel("Key", { exact: true }).fill("inc_type_billing");
    await submitAndClose(page, "catalogue-entry-submit");
    await page.getByTestId("entry-inc_type_billing").getByText("Billing issues").waitFor();
    const catalogue = await f.api<{ incident_type: Record<string, unknown>[] }>(
      "GET",
      "/incidentd/v1/catalogue",
    );
    assert.deepEqual(
      catalogue.incident_type.find((e) => e.key === "inc_type_billing"),
      { key: "inc_type_billing", name_zh: "账单问题", name_en: "Billing issues", custom: true },
    );

    // A project's entry is renamed; its key stays.
    await page.getByTestId("rename-inc_type_billing").click();
    assert.equal(await page.getByLabel("Key", { exact: true }).isDisabled(), true);
    await page.getByLabel("Name in English", { exact: true }).fill("Billing problems");
    await submitAndClose(page, "catalogue-entry-submit");
    await page.getByTestId("entry-inc_type_billing").getByText("Billing problems").waitFor();
    const renamed = await f.api<{ incident_type: Record<string, unknown>[] }>(
      "GET",
      "/incidentd/v1/catalogue",
    );
    assert.deepEqual(
      renamed.incident_type.find((e) => e.key === "inc_type_billing"),
      { key: "inc_type_billing", name_zh: "账单问题", name_en: "Billing problems", custom: true },
    );
    assert.equal(await page.getByTestId("rename-inc_type_p_security_issues").count(), 0, "built-ins stay");
    await screenshot(page, "admin-catalogue", "en");
    assert.deepEqual(await settledViolations(page), [], "catalogue");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("an admin creates a transfer rule (refused on the assignee first), edits, disables and deletes it", async () => {
    await f.api("POST", "/incidentd/v1/integrations", { name: "prom", kind: "prometheus" });
    await f.api("POST", "/incidentd/v1/applications", { id: "payments", name: "Payments" });
    const { context, page, problems } = await newPage(f);
    await page.goto("/admin?tab=transfer-rules");
    await signIn(page, f.admin);
    await page.locator(".ant-table-placeholder").waitFor();
    await page.getByTestId("create-rule").click();
    await page.getByLabel("Name", { exact: true }).fill("prom-critical");
    await choose(page, "From integrations", "prom", true);
    await choose(page, "Alarm levels", "Critical", true);
    await choose(page, "Alarm's application", "Payments (payments)");
    await page.getByLabel("Namespace", { exact: true }).fill("prod");
    await page.getByRole("button", { name: "Add label" }).click();
    await page.getByLabel("Label name", { exact: true }).fill("team");
    await page.getByLabel("Label value", { exact: true }).fill("sre");
    await page.getByLabel("Title template", { exact: true }).fill("[{{level}}] {{alarm_name}}");
    await choose(page, "Level for Critical alarms", "P2");
    await choose(page, "Type", "Reliability issues");
    await screenshot(page, "admin-transfer-rule-form", "en");
    assert.deepEqual(await settledViolations(page), [], "the transfer rule form");
    await page.getByTestId("rule-submit").click();
    await errorUnder(page, "Assignee")
      .getByText("is required unless assignee_scene and assignee_role are both given")
      .waitFor();
    await choose(page, "Assignee", `Wendy Example (${f.writer.id})`);
    await submitAndClose(page, "rule-submit");
    const row = page.getByTestId("rule-prom-critical");
    await row.getByText("team=sre").waitFor();

    const rules = async () => (await f.api<{ rules: Rule[] }>("GET", "/incidentd/v1/transfer-rules")).rules;
    const [created] = await rules();
    const integrations = await f.api<{ integrations: { id: string }[] }>("GET", "/incidentd/v1/integrations");
    assert.deepEqual(created?.match, {
      integration_ids: [integrations.integrations[0]?.id],
      levels: ["Critical"],
      application_id: "payments",
      namespace: "prod",
      name_contains: null,
      labels: { team: "sre" },
    });
    assert.equal(created?.incident.title_template, "[{{level}}] {{alarm_name}}");
    assert.deepEqual(created?.incident.level_mapping, {
      Critical: "level_20",
      Major: "level_20",
      Minor: "level_30",
      Info: "level_40",
    });
    assert.equal(created?.incident.incident_type, "inc_type_p_reliability_issues");
    assert.equal(created?.incident.assignee, f.writer.id);
    assert.equal(created?.enabled, true);
    await screenshot(page, "admin-transfer-rules", "en");
    assert.deepEqual(await settledViolations(page), [], "transfer rules");

    // An edit keeps what it does not touch.
    await page.getByTestId("edit-prom-critical").click();
    await page.getByLabel("Alarm name contains", { exact: true }).fill("disk");
    await submitAndClose(page, "rule-submit");
    await row.getByText("Alarm name contains: disk").waitFor();
    const [edited] = await rules();
    assert.deepEqual(edited, {
      ...created,
      match: { ...created?.match, name_contains: "disk" },
      update_time: (edited as unknown as { update_time: number }).update_time,
    });

    await row.getByRole("switch", { name: "Enabled: prom-critical" }).click();
    await page.getByText("Disabled.").waitFor();
    assert.equal((await rules())[0]?.enabled, false);

    await row.getByRole("button", { name: "Delete" }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: "Delete" }).click();
    await page.locator(".ant-table-placeholder").waitFor();
    assert.deepEqual(await rules(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("hides them from a writer, whose forced calls the server refuses", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/incidents");
    await signIn(page, f.writer);
    await page.getByRole("link", { name: "Alarms" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Administration" }).count(), 0);
    await page.goto("/admin?tab=transfer-rules");
    await page.getByText("Your role may not do this.").waitFor();
    assert.equal(await page.getByRole("tab").count(), 0, "no tab is shown");
    const forced = (await page.evaluate(`(async () => {
      const session = await (await fetch("/incidentd/v1/sessions/current")).json();
      const post = (path, body) => fetch(path, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": session.data.csrf_token },
        body: JSON.stringify(body),
      }).then((r) => r.status);
      return {
        rules: (await fetch("/incidentd/v1/transfer-rules")).status,
        application: await post("/incidentd/v1/applications", { id: "mine", name: "Mine" }),
        entry: await post("/incidentd/v1/catalogue/incident_type", { key: "mine", name_zh: "我的", name_en: "Mine" }),
      };
    })()`)) as Record<string, number>;
    assert.deepEqual(forced, { rules: 403, application: 403, entry: 403 });
    assert.ok(
      problems.every((p) => /403/.test(p)),
      problems.join("\n"),
    );
    await context.close();
  });

  it("shows the tabs in Chinese, with the catalogue's Chinese names", async () => {
    await f.api("POST", "/incidentd/v1/transfer-rules", {
      name: "全部告警",
      incident: {
        title_template: "{{alarm_name}}",
        incident_type: "inc_type_billing",
        assignee: f.writer.id,
      },
    });
    const { context, page, problems } = await newPage(f, { locale: "zh-CN" });
    await page.goto("/admin?tab=catalogue");
    await signIn(page, f.admin);
    await page.getByTestId("entry-inc_type_billing").getByText("账单问题").waitFor();
    await screenshot(page, "admin-catalogue", "zh-CN");
    await page.goto("/admin?tab=transfer-rules");
    await page.getByTestId("rule-全部告警").getByText("账单问题").waitFor();
    await page.getByTestId("rule-全部告警").getByText("所有告警").waitFor();
    await screenshot(page, "admin-transfer-rules", "zh-CN");
    await page.getByTestId("edit-全部告警").click();
    await page.getByRole("dialog").getByText("匹配条件").waitFor();
    await screenshot(page, "admin-transfer-rule-form", "zh-CN");
    assert.deepEqual(await settledViolations(page), [], "zh-CN transfer rule form");
    await page.goto("/admin?tab=applications");
    await page.getByTestId("application-billing").waitFor();
    await screenshot(page, "admin-applications", "zh-CN");
    assert.deepEqual(problems, []);
    await context.close();
  });
});
