import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { choose, closeOnceDialog, settledViolations } from "./admin-controls.ts";
import { screenshot } from "./browser.ts";
import { type ConsoleFixture, newPage, signIn, startConsole } from "./console-fixture.ts";

const TABS = [
  "users",
  "applications",
  "tokens",
  "access-keys",
  "integrations",
  "transfer-rules",
  "catalogue",
  "settings",
];

describe("administration in the console", () => {
  let f: ConsoleFixture;
  before(async () => {
    f = await startConsole();
  });
  after(() => f?.close());

  it("an admin adds a user with a password and a role, changes the role, and the user signs in", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/incidents");
    await signIn(page, f.admin);
    await page.getByRole("link", { name: "Administration" }).click();
    await page.waitForURL(/\/admin/);
    await page.getByTestId(`user-${f.writer.id}`).waitFor();
    await page.getByTestId("add-user").click();
    await page.getByLabel("User ID").fill("zoe");
    await page.getByLabel("Display name").fill("Zoe Example");
    await page.getByLabel("Password", { exact: true }).fill("pw-zoe-0123456789");
    await choose(page, "Role", "writer");
    await page.getByTestId("add-user-submit").click();
    await page.getByTestId("user-zoe").getByText("Zoe Example").waitFor();
    await screenshot(page, "admin-users", "en");
    assert.deepEqual(await settledViolations(page), [], "users");

    // The role the API now reports, then a change to reader through the row's picker.
    const listed = await f.api<{ users: { id: string; role?: string | null }[] }>(
      "GET",
      "/incidentd/v1/users",
    );
    assert.equal(listed.users.find((u) => u.id === "zoe")?.role, "writer");
    await choose(page, "Role of zoe", "reader");
    await page.getByText("Role changed.").waitFor();

    const zoe = await newPage(f);
    await zoe.page.goto("/incidents");
    await signIn(zoe.page, { id: "zoe", password: "pw-zoe-0123456789" });
    await zoe.page.getByTestId("signed-in-as").filter({ hasText: "Zoe Example (reader)" }).waitFor();
    await zoe.context.close();

    // A reset password: the old one no longer signs in.
    await page.getByTestId("reset-zoe").click();
    await page.getByLabel("New password", { exact: true }).fill("pw-zoe-new-0123456789");
    await page.getByTestId("password-submit").click();
    await page.getByText("Password set.").waitFor();
    const old = await fetch(`${f.baseUrl}/incidentd/v1/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ user_id: "zoe", password: "pw-zoe-0123456789" }),
    });
    assert.equal(old.status, 401);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("shows a new token, an access key's SK and an integration's key once, and revokes the token", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/admin?tab=tokens");
    await signIn(page, f.admin);
    await page.getByTestId("create-token").click();
    await page.getByLabel("Name", { exact: true }).fill("ci-pipeline");
    await choose(page, "Acts as (user)", `Wendy Example (${f.writer.id})`);
    await choose(page, "Role", "writer");
    await page.getByTestId("create-token-submit").click();
    const token = (await page.getByTestId("token-value").textContent()) ?? "";
    assert.ok(token.length >= 20, token);
    const withToken = (t: string) =>
      fetch(`${f.baseUrl}/incidentd/v1/catalogue`, { headers: { "x-auth-token": t } });
    assert.equal((await withToken(token)).status, 200, "the shown value is the working token");
    await closeOnceDialog(page, token);
    const row = page.getByTestId("token-ci-pipeline");
    await row.getByText("writer").waitFor();
    const listed = JSON.stringify(await f.api("GET", "/incidentd/v1/tokens"));
    assert.equal(listed.includes(token), false, "the list never has the value");
    assert.deepEqual(await settledViolations(page), [], "tokens");
    await screenshot(page, "admin-tokens", "en");

    await row.getByRole("button", { name: "Revoke" }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: "Revoke" }).click();
    await row.getByText(/revoked/).waitFor();
    assert.equal((await withToken(token)).status, 401, "a revoked token is refused");

    await page.getByRole("tab", { name: "Access keys" }).click();
    await page.getByTestId("create-key").click();
    await page.getByLabel("Name", { exact: true }).fill("sdk");
    await choose(page, "Acts as (user)", `Wendy Example (${f.writer.id})`);
    await page.getByTestId("create-key-submit").click();
    const sk = (await page.getByTestId("key-sk").textContent()) ?? "";
    const ak = (await page.getByTestId("key-ak").textContent()) ?? "";
    assert.ok(sk.length >= 20 && ak.length >= 10, `${ak} ${sk}`);
    await closeOnceDialog(page, sk);
    await page.getByText(ak).waitFor();
    assert.deepEqual(await settledViolations(page), [], "access keys");
    await screenshot(page, "admin-access-keys", "en");

    await page.getByRole("tab", { name: "Integrations" }).click();
    await page.getByTestId("create-integration").click();
    await page.getByLabel("Name", { exact: true }).fill("alertmanager");
    await choose(page, "Format", "Prometheus Alertmanager");
    await page.getByTestId("create-integration-submit").click();
    const key = (await page.getByTestId("intake-key").textContent()) ?? "";
    const url = (await page.getByTestId("intake-url").textContent()) ?? "";
    assert.ok(url.startsWith(`${f.baseUrl}/`) && url.endsWith(key), url);
    await closeOnceDialog(page, key);
    await page.getByText("alertmanager").waitFor();
    await screenshot(page, "admin-integrations", "en");

    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByTestId("settings-submit").waitFor();
    assert.deepEqual(await settledViolations(page), [], "settings");
    await page.getByLabel("Strict roles").click();
    await page.getByTestId("settings-submit").click();
    // The server's validation message is shown on the field it names.
    await page.getByText("must list at least one user when strict_roles is true").waitFor();
    await choose(page, "Approvers", `Wendy Example (${f.writer.id})`, true);
    await page.getByTestId("settings-submit").click();
    await page.getByText("Settings saved.").waitFor();
    // The refusal of the first save is gone with the save that answered it.
    await page
      .getByText("must list at least one user when strict_roles is true")
      .waitFor({ state: "detached", timeout: 5000 });
    assert.equal(
      (await f.api<{ strict_roles: boolean }>("GET", "/incidentd/v1/settings")).strict_roles,
      true,
    );
    // Opened again, the tab shows what was saved.
    await page.reload();
    await page.getByLabel("Strict roles").and(page.locator(".ant-switch-checked")).waitFor();
    await page.locator(".ant-select-selection-item").filter({ hasText: "Wendy Example (wendy)" }).waitFor();
    await screenshot(page, "admin-settings", "en");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("hides Administration from a reader, whose forced call the server refuses", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/incidents");
    await signIn(page, f.reader);
    await page.getByRole("link", { name: "Alarms" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Administration" }).count(), 0);
    await page.goto("/admin");
    await page.getByText("Your role may not do this.").waitFor();
    const forced = (await page.evaluate(`(async () => {
      const session = await (await fetch("/incidentd/v1/sessions/current")).json();
      const list = await fetch("/incidentd/v1/tokens");
      const create = await fetch("/incidentd/v1/tokens", {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": session.data.csrf_token },
        body: JSON.stringify({ name: "mine", principal: "${f.reader.id}", role: "admin" }),
      });
      return { list: list.status, create: create.status };
    })()`)) as { list: number; create: number };
    assert.deepEqual(forced, { list: 403, create: 403 });
    assert.ok(
      problems.every((p) => /403/.test(p)),
      problems.join("\n"),
    );
    await context.close();
  });

  it("is in Chinese, and every tab is clean for axe-core", async () => {
    const { context, page, problems } = await newPage(f, { locale: "zh-CN" });
    await page.goto("/admin");
    await signIn(page, f.admin);
    await page.getByRole("heading", { name: "系统管理" }).waitFor();
    await page.getByRole("link", { name: "告警" }).waitFor();
    await page.getByRole("link", { name: "作战室" }).waitFor();
    for (const tab of TABS) {
      await page.goto(`/admin?tab=${tab}`);
      await page
        .locator(tab === "settings" ? "form" : ".ant-table-row, .ant-table-placeholder")
        .first()
        .waitFor();
      assert.deepEqual(await settledViolations(page), [], `zh-CN ${tab}`);
    }
    await page.goto("/admin?tab=users");
    await page.getByRole("button", { name: "添加用户" }).waitFor();
    await screenshot(page, "admin-users", "zh-CN");
    await page.goto("/admin?tab=tokens");
    await page.getByTestId("create-token").click();
    await page.getByRole("dialog").getByText("代表用户").waitFor();
    await screenshot(page, "admin-token-form", "zh-CN");
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    // No focus ring or hover colour on the screenshot's button.
    await page.evaluate("document.activeElement?.blur()");
    await page.mouse.move(0, 0);
    // The other tabs in Chinese, with what the English test made: a revoked token, a key, an integration.
    await page
      .getByTestId("token-ci-pipeline")
      .getByText(/^已于 .+ 吊销$/)
      .waitFor();
    await screenshot(page, "admin-tokens", "zh-CN");
    await page.goto("/admin?tab=access-keys");
    await page.getByRole("button", { name: "新建访问密钥" }).waitFor();
    await page.locator(".ant-table-row").filter({ hasText: "sdk" }).waitFor();
    await screenshot(page, "admin-access-keys", "zh-CN");
    await page.goto("/admin?tab=integrations");
    await page.getByRole("button", { name: "新建告警接入" }).waitFor();
    await page.locator(".ant-table-row").filter({ hasText: "alertmanager" }).waitFor();
    await screenshot(page, "admin-integrations", "zh-CN");
    await page.goto("/admin?tab=settings");
    await page.getByRole("button", { name: "保存设置" }).waitFor();
    await page.getByRole("switch", { name: "严格角色" }).and(page.locator(".ant-switch-checked")).waitFor();
    await screenshot(page, "admin-settings", "zh-CN");
    assert.deepEqual(problems, []);
    await context.close();
  });
});
