import assert from "node:assert/strict";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { exampleIncident } from "../../testkit/example-incident.ts";
import {
  callApi,
  type Installation,
  type RunningServer,
  runCli,
  startServer,
  tempInstallation,
} from "../process.ts";
import { assertConsoleBuilt, launchChromium } from "./browser.ts";

const TOKEN = "console-e2e-bootstrap-token-0000";
const ADMIN: Person = { id: "ada", password: "ada-first-start-password-01" };

export interface Person {
  id: string;
  password: string;
}

/** A real incidentd (the build) with people of each role who sign in with passwords, and Chromium. */
export interface ConsoleFixture {
  baseUrl: string;
  browser: Browser;
  /** The admin user the first start creates (INCIDENTD_BOOTSTRAP_ADMIN_USER / _PASSWORD). */
  admin: Person;
  writer: Person;
  reader: Person;
  /** The API with the bootstrap admin token (what a script or an alarm would do). */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  createIncident(overrides?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/** `env`: more settings for the server (e.g. INCIDENTD_SMTP_URL for e-mail contact methods). */
export async function startConsole(env: Record<string, string> = {}): Promise<ConsoleFixture> {
  assertConsoleBuilt();
  const data: Installation = await tempInstallation();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({
      ...data.env,
      INCIDENTD_BOOTSTRAP_PROJECT_ID: "console",
      INCIDENTD_BOOTSTRAP_TOKEN: TOKEN,
      INCIDENTD_BOOTSTRAP_ADMIN_USER: ADMIN.id,
      INCIDENTD_BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      ...env,
    });
    const baseUrl = server.baseUrl;
    const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await callApi<T>(baseUrl, method, path, TOKEN, body);
      assert.equal(res.status, 200, `${method} ${path}: ${JSON.stringify(res.body)}`);
      return res.body.data;
    };
    const person = async (id: string, role: string): Promise<Person> => {
      const password = `pw-${id}-0123456789`;
      await api("POST", "/incidentd/v1/users", {
        id,
        display_name: `${id[0]?.toUpperCase()}${id.slice(1)} Example`,
      });
      await api("PUT", `/incidentd/v1/users/${id}/password`, { password, role });
      return { id, password };
    };
    // The writer the way an operator adds one: the CLI, the password on standard input.
    const writer = { id: "wendy", password: "pw-wendy-0123456789" };
    const added = runCli(
      [
        "user",
        "add",
        writer.id,
        "--name",
        "Wendy Example",
        "--project",
        "console",
        "--password-stdin",
        "--role",
        "writer",
      ],
      data.env,
      `${writer.password}\n`,
    );
    assert.equal(added.status, 0, added.stderr);
    const reader = await person("rita", "reader");
    browser = await launchChromium();
    const running = server;
    const opened = browser;
    return {
      baseUrl,
      browser,
      admin: ADMIN,
      writer,
      reader,
      api,
      async createIncident(overrides = {}) {
        const created = await api<{ incident_num: string }>(
          "POST",
          "/v1/external/incident/create",
          exampleIncident({ incident_assignee: [writer.id], creator: writer.id, ...overrides }),
        );
        return created.incident_num;
      },
      async close() {
        await opened.close();
        await running.stop();
        await data.remove();
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.stop();
    await data.remove();
    throw error;
  }
}

/** A fresh browser context (no cookies, empty localStorage) whose browser language is `locale`. */
export async function newPage(
  fixture: ConsoleFixture,
  options: { locale?: string; width?: number; height?: number; timezoneId?: string } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await fixture.browser.newContext({
    baseURL: fixture.baseUrl,
    locale: options.locale ?? "en-US",
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    acceptDownloads: true,
    // The console honours prefers-reduced-motion (no antd animations): clicks never meet a list or a
    // dialog still sliding or zooming.
    reducedMotion: "reduce",
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  // A missing translation, a script error or a CSP violation is a failure wherever it happens.
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" && !/Failed to load resource/.test(text)) problems.push(text);
  });
  return { context, page, problems };
}

export async function signIn(page: Page, person: Person): Promise<void> {
  if (page.url() === "about:blank") await page.goto("/sign-in");
  // A page behind sign-in redirects there once the console has loaded.
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel(/^(User ID|用户 ID)$/).fill(person.id);
  await page.getByLabel(/^(Password|密码)$/).fill(person.password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Picks an option of the antd Select labelled `label` (the dropdown is rendered outside the form). */
export async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByRole("combobox", { name: label }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

/** An alarm reported through the intake API, as a monitoring system would (a new integration each time). */
export async function reportAlarm(fixture: ConsoleFixture, alarm: Record<string, unknown>): Promise<void> {
  const integration = await fixture.api<{ integration_key: string }>("POST", "/incidentd/v1/integrations", {
    name: `monitoring ${alarm.alarmId}`,
    kind: "custom",
  });
  const res = await fetch(`${fixture.baseUrl}/v1/event/huawei/custom`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${integration.integration_key}` },
    body: JSON.stringify({
      alarmLevel: "Critical",
      time: Date.now(),
      nameSpace: "ecs",
      alarmSource: "monitoring",
      ...alarm,
    }),
  });
  assert.equal(res.status, 200, await res.text());
}
