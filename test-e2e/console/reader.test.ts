import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type ConsoleFixture, newPage, signIn, startConsole } from "./console-fixture.ts";

describe("a reader in the console", () => {
  let f: ConsoleFixture;
  before(async () => {
    f = await startConsole();
  });
  after(() => f?.close());

  it("sees incidents but no write action, and the server refuses a write the reader forces", async () => {
    const num = await f.createIncident({ incident_title: "Read only for Rita" });
    const { context, page, problems } = await newPage(f);
    await page.goto(`/incidents/${num}`);
    await signIn(page, f.reader);
    await page.getByTestId("incident-title").filter({ hasText: "Read only for Rita" }).waitFor();
    await page.getByTestId("timeline").getByText("Create incident").waitFor();
    assert.equal(await page.getByText("Actions", { exact: true }).count(), 0, "no actions card");
    assert.equal(await page.locator("[data-testid^=action-]").count(), 0, "no action buttons");
    assert.equal(await page.getByRole("link", { name: "New incident" }).count(), 0, "no create link");

    // Forcing it: the reader's own session, a valid CSRF token, and still a 403 from the server.
    const forced = (await page.evaluate(`(async () => {
      const session = await (await fetch("/incidentd/v1/sessions/current")).json();
      const tasks = await (await fetch("/v2/incidents/${num}/tasks")).json();
      const res = await fetch("/v2/incidents/${num}/actions", {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": session.data.csrf_token },
        body: JSON.stringify({ task_id: tasks.data[0].operations[0].task_id, action: "accepted" }),
      });
      return { status: res.status, body: await res.json() };
    })()`)) as { status: number; body: { error_code: string } };
    assert.equal(forced.status, 403);
    assert.equal(forced.body.error_code, "APIG.0302");
    const detail = await f.api<{ status: string }>("GET", `/v1/external/incident/${num}`);
    assert.equal(detail.status, "INCIDENT_STATUS_TRIGGERED", "nothing changed");

    await page.goto("/incidents/new");
    await page.getByTestId("create-submit").click();
    await page.getByRole("alert").filter({ hasText: "Your role may not do this." }).waitFor();
    assert.ok(
      problems.every((p) => /403/.test(p)),
      problems.join("\n"),
    );
    await context.close();
  });
});
