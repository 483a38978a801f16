import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { screenshot } from "./browser.ts";
import { type ConsoleFixture, newPage, signIn, startConsole } from "./console-fixture.ts";

describe("signing in to the console", () => {
  let f: ConsoleFixture;
  before(async () => {
    f = await startConsole();
  });
  after(() => f?.close());

  it("sends a visitor to sign-in, signs in, and signs out", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/");
    await page.waitForURL(/\/sign-in\?next=%2F$/);
    await page.getByRole("heading", { name: "Sign in to incidentd" }).waitFor();
    await screenshot(page, "sign-in", "en");
    await signIn(page, f.writer);
    await page.waitForURL(/\/incidents$/);
    await page.getByRole("heading", { name: "Incidents" }).waitFor();
    assert.match((await page.getByTestId("signed-in-as").textContent()) ?? "", /Wendy Example \(writer\)/);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === "incidentd_session");
    assert.ok(session?.httpOnly, "the session cookie is HttpOnly");
    assert.equal(session?.sameSite, "Strict");
    assert.deepEqual(
      await page.evaluate("Object.keys(localStorage).filter((k) => k !== 'incidentd.language')"),
      [],
      "nothing but the language is kept in localStorage",
    );

    await page.getByTestId("sign-out").click();
    await page.waitForURL(/\/sign-in/);
    await page.goto("/incidents");
    await page.waitForURL(/\/sign-in\?next=%2Fincidents/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("lets the admin user of the first start sign in with the bootstrap password", async () => {
    const { context, page } = await newPage(f);
    await page.goto("/incidents");
    await signIn(page, f.admin);
    assert.match((await page.getByTestId("signed-in-as").textContent()) ?? "", /\(admin\)$/);
    await context.close();
  });

  it("refuses a wrong password with a message and stays on sign-in", async () => {
    const { context, page } = await newPage(f);
    await page.goto("/sign-in");
    await page.getByLabel("User ID").fill(f.writer.id);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    assert.equal(await page.getByTestId("sign-in-error").textContent(), "The user ID or password is wrong.");
    assert.match(page.url(), /\/sign-in/);
    await context.close();
  });

  it("after the session ends, goes to sign-in and then back to the page the person was on", async () => {
    const num = await f.createIncident({ incident_title: "Expired session return" });
    const { context, page } = await newPage(f);
    await page.goto(`/incidents/${num}`);
    await signIn(page, f.writer);
    await page.getByTestId("incident-title").filter({ hasText: "Expired session return" }).waitFor();
    await context.clearCookies();
    // The next call the page makes (opening an action loads what its form needs) meets the ended session.
    await page.getByTestId("action-accepted").click();
    await page.waitForURL(/\/sign-in\?next=.*&expired=1/);
    await page.getByText("Your session has ended. Sign in again to continue.").waitFor();
    await signIn(page, f.writer);
    await page.waitForURL(new RegExp(`/incidents/${num}$`));
    await page.getByTestId("incident-title").filter({ hasText: "Expired session return" }).waitFor();
    await context.close();
  });

  it("switches the language, keeps the choice after a reload, and takes the default from the browser", async () => {
    const { context, page, problems } = await newPage(f);
    await page.goto("/sign-in");
    await signIn(page, f.writer);
    await page.getByRole("heading", { name: "Incidents" }).waitFor();
    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "中文" }).click();
    await page.getByRole("heading", { name: "事件单" }).waitFor();
    assert.equal(await page.evaluate("document.documentElement.lang"), "zh-CN");
    await page.reload();
    await page.getByRole("heading", { name: "事件单" }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();

    const chinese = await newPage(f, { locale: "zh-CN" });
    await chinese.page.goto("/sign-in");
    await chinese.page.getByRole("heading", { name: "登录 incidentd" }).waitFor();
    await screenshot(chinese.page, "sign-in", "zh-CN");
    await chinese.context.close();
  });
});
