import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { screenshot } from "./browser.ts";
import { type ConsoleFixture, choose, newPage, signIn, startConsole } from "./console-fixture.ts";

const RECEIVER_ANSWER = "received-by-the-test-receiver";

/** A real local webhook receiver: answers 200 with a known body and keeps what it was sent. */
async function startReceiver(): Promise<{ url: string; seen: IncomingHttpHeaders[]; server: Server }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      seen.push(req.headers);
      res.writeHead(200, { "content-type": "text/plain" }).end(RECEIVER_ANSWER);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/incidentd`, seen, server };
}

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The status a browser session gets for the webhooks API (what the server says, not what the page hides). */
const webhooksStatus = (page: Page) =>
  page.evaluate(async () => (await fetch("/incidentd/v1/webhooks", { credentials: "same-origin" })).status);

describe("notifications in the console", () => {
  let f: ConsoleFixture;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  before(async () => {
    // An SMTP server is needed to set an e-mail method; nothing is sent to it in these tests' checks.
    f = await startConsole({ INCIDENTD_SMTP_URL: "smtp://127.0.0.1:2525" });
    receiver = await startReceiver();
  });
  after(async () => {
    receiver?.server.close();
    await f?.close();
  });

  it("lets a user set an e-mail method and an assignee rule, the server's refusal on the field", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/incidents");
    await signIn(page, f.writer);
    await page.getByRole("link", { name: "My notifications", exact: true }).click();
    await page.waitForURL(/\/notifications$/);
    await page.getByRole("switch", { name: "E-mail", exact: true }).click();
    // The directory holds no e-mail for this user: the server's message appears on the address field.
    await page.getByTestId("save-methods").click();
    await page
      .locator("#email_address_help")
      .filter({ hasText: /no e-mail address in the directory/ })
      .waitFor();
    await page.getByLabel("E-mail address", { exact: true }).fill("wendy@example.com");
    await page.getByTestId("save-methods").click();
    await page.getByText("Contact methods saved").waitFor();

    await choose(page, "When I am the assignee", "incident.assigned");
    await page.keyboard.press("Escape");
    await page.getByTestId("save-rules").click();
    await page.getByText("Rules saved").waitFor();

    await page.reload();
    const address = page.getByLabel("E-mail address", { exact: true });
    await address.waitFor();
    assert.equal(await address.inputValue(), "wendy@example.com");
    await page
      .getByTestId("rules")
      .locator('.ant-select-selection-item[title="incident.assigned"]')
      .waitFor();
    const saved = await f.api<{ rules: { audience: string; events: string[] }[] }>(
      "GET",
      `/incidentd/v1/users/${f.writer.id}/notification-rules`,
    );
    assert.deepEqual(
      saved.rules.map((r) => [r.audience, r.events]),
      [["assignee", ["incident.assigned"]]],
    );
    const methods = await f.api<{ methods: { kind: string; target: string }[] }>(
      "GET",
      `/incidentd/v1/users/${f.writer.id}/notification-methods`,
    );
    assert.deepEqual(
      methods.methods.map((m) => [m.kind, m.target]),
      [["email", "wendy@example.com"]],
    );
    await screenshot(page, "my-notifications", "en");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("lets an admin create a webhook, see its secret once, follow a delivery and redeliver it", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/incidents");
    await signIn(page, f.admin);
    await page.getByRole("link", { name: "Webhooks", exact: true }).click();
    await page.waitForURL(/\/webhooks$/);
    await page.getByTestId("create-webhook").click();
    await page.getByLabel("URL", { exact: true }).fill(receiver.url);
    await page.getByLabel("Description", { exact: true }).fill("<b>not markup</b>");
    await page.getByTestId("create-webhook-submit").click();
    const secretText = (await page.getByTestId("webhook-secret").textContent()) ?? "";
    assert.match(secretText, /^whsec_[A-Za-z0-9+/=]{20,}$/);
    await page.getByRole("button", { name: "I have copied it" }).click();
    await page.getByTestId("webhook-secret").waitFor({ state: "hidden" });
    // Shown once: neither the page nor the API shows it again.
    const listed = await f.api<{ webhooks: { id: string; url: string }[] }>("GET", "/incidentd/v1/webhooks");
    assert.equal(listed.webhooks.length, 1);
    assert.doesNotMatch(JSON.stringify(listed), /whsec_/);
    const id = listed.webhooks[0]?.id ?? "";
    const row = page.getByTestId(`webhook-${id}`);
    await row.getByText(receiver.url).waitFor();
    // A description is text, not markup.
    await row.getByText("<b>not markup</b>").waitFor();
    const gone = Date.now() + 5_000;
    while ((await page.content()).includes(secretText)) {
      assert.ok(Date.now() < gone, "the secret is still in the page after its dialog closed");
      await page.waitForTimeout(200);
    }

    const num = await f.createIncident();
    await page.getByTestId(`ledger-toggle-${id}`).click();
    const delivered = page
      .getByTestId(`ledger-${id}`)
      .locator('[data-testid=delivery][data-status="delivered"]')
      .filter({ hasText: num });
    await delivered.filter({ hasText: RECEIVER_ANSWER }).waitFor({ timeout: 30_000 });
    await screenshot(page, "webhooks", "en");
    assert.equal(receiver.seen.length, 1);
    const deliveryId = receiver.seen[0]?.["webhook-id"] as string;
    assert.match(deliveryId, /^msg_/);

    await page.getByTestId(`redeliver-${deliveryId}`).click();
    await page.getByText("Queued to be delivered again").waitFor();
    await until(() => receiver.seen.length === 2, "the redelivery");
    assert.equal(receiver.seen[1]?.["webhook-id"], deliveryId);

    // Disable, then delete.
    await page.getByTestId(`enabled-${id}`).click();
    await page.getByText("Webhook disabled").waitFor();
    const shown = await f.api<{ enabled: boolean }>("GET", `/incidentd/v1/webhooks/${id}`);
    assert.equal(shown.enabled, false);
    await page.getByTestId(`delete-${id}`).click();
    await page.getByRole("button", { name: "Delete", exact: true }).last().click();
    await row.waitFor({ state: "detached" });
    const left = await f.api<{ webhooks: unknown[] }>("GET", "/incidentd/v1/webhooks");
    assert.deepEqual(left.webhooks, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const who of ["writer", "reader"] as const) {
    it(`shows a ${who} no Webhooks entry and refuses the page`, async () => {
      const { context, page, problems } = await newPage(f);
      await page.goto("/incidents");
      await signIn(page, f[who]);
      await page.getByRole("link", { name: "My notifications", exact: true }).waitFor();
      assert.equal(await page.getByRole("link", { name: "Webhooks", exact: true }).count(), 0);
      await page.goto("/webhooks");
      await page.getByText("Your role may not do this.", { exact: true }).waitFor();
      assert.equal(await page.getByTestId("create-webhook").count(), 0);
      assert.equal(await webhooksStatus(page), 403);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it("shows My notifications and Webhooks in Chinese", async () => {
    await f.api("PUT", `/incidentd/v1/users/${f.writer.id}/notification-methods`, {
      email: { address: "wendy@example.com", language: "zh" },
    });
    await f.api("PUT", `/incidentd/v1/users/${f.writer.id}/notification-rules`, {
      rules: [
        { audience: "assignee", events: ["incident.assigned", "incident.level_changed"] },
        { audience: "warroom_member", events: ["warroom.started", "incident.resolved"] },
      ],
    });
    const mine = await newPage(f, { locale: "zh-CN" });
    await mine.page.goto("/notifications");
    await signIn(mine.page, f.writer);
    await mine.page.getByRole("heading", { name: "我的通知", exact: true }).waitFor();
    const address = mine.page.getByLabel("邮件地址", { exact: true });
    await address.waitFor();
    assert.equal(await address.inputValue(), "wendy@example.com");
    await mine.page.getByRole("button", { name: "保存联系方式" }).waitFor();
    await mine.page.getByTestId("rules").getByText("我在作战室中时").waitFor();
    await mine.page
      .getByTestId("rules")
      .locator('.ant-select-selection-item[title="warroom.started"]')
      .waitFor();
    await screenshot(mine.page, "my-notifications", "zh-CN");
    assert.deepEqual(mine.problems, []);
    await mine.context.close();

    const { id } = await f.api<{ id: string }>("POST", "/incidentd/v1/webhooks", {
      url: receiver.url,
      description: "值班系统",
      events: ["incident.created", "incident.resolved"],
    });
    const num = await f.createIncident({ incident_title: "支付网关超时" });
    const { context, page, problems } = await newPage(f, { locale: "zh-CN" });
    await page.goto("/webhooks");
    await signIn(page, f.admin);
    await page.getByRole("button", { name: "新建 Webhook" }).waitFor();
    await page.getByTestId(`webhook-${id}`).getByText("值班系统").waitFor();
    await page.getByTestId(`ledger-toggle-${id}`).filter({ hasText: "投递记录" }).click();
    await page
      .getByTestId(`ledger-${id}`)
      .locator('[data-testid=delivery][data-status="delivered"]')
      .filter({ hasText: num })
      .filter({ hasText: "已送达" })
      .waitFor({ timeout: 30_000 });
    await page.getByTestId(`ledger-toggle-${id}`).filter({ hasText: "收起投递记录" }).waitFor();
    await screenshot(page, "webhooks", "zh-CN");
    assert.deepEqual(problems, []);
    await context.close();
  });
});
