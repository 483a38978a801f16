import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { systemClock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { databaseOptionsFrom, openDatabase } from "../src/db/database.ts";
import { createDeps } from "../src/deps.ts";
import { addUser } from "../src/directory/directory.service.ts";
import { setUserPassword } from "../src/directory/user-login.service.ts";
import { launchChromium } from "../testkit/chromium.ts";
import { PROJECT_ID } from "./fixtures.ts";
import type { Measurement } from "./load.ts";
import { REPO_ROOT } from "./processes.ts";
import type { ScenarioReport } from "./report.ts";
import type { BenchContext } from "./setup.ts";

/*
 * console-pages: the web console in Debian's Chromium (the browser tests' launch, test-e2e/console/
 * browser.ts), signed in as a reader. Each repetition navigates afresh and times, inside the page, from
 * the navigation's start (performance.now()'s origin) until the list shows its 100th row
 * (/incidents?per_page=100), then until an incident page shows its detail (its title). Goals (issue 19):
 * list <= 1.5 s, incident <= 1 s.
 */
const REPETITIONS = 7;
/** Goal (issue 19): the first page's JavaScript, gzip-compressed, at most this many bytes. */
const FIRST_PAGE_JS_GOAL = 300 * 1000;
const LIST_GOAL_MS = 1500;
const INCIDENT_GOAL_MS = 1000;
const VIEWER = { id: "bench-viewer", password: "bench-viewer-password-0123" };

/** A reader who signs in with a password, in the seeded project (before the servers start). */
export async function seedConsoleViewer(env: Record<string, string>): Promise<void> {
  const config = loadConfig(env);
  const db = openDatabase(databaseOptionsFrom(config));
  try {
    const deps = createDeps(config, db, systemClock);
    await addUser(deps, PROJECT_ID, { id: VIEWER.id, displayName: "Bench Viewer" });
    await setUserPassword(deps, PROJECT_ID, VIEWER.id, { password: VIEWER.password, role: "reader" });
  } finally {
    await db.destroy();
  }
}

/**
 * Runs in the page (a function, not a string: the console's CSP refuses eval): the page's clock once the
 * `count`th element matching `selector` holds text, else false.
 */
function shownAt(arg: { selector: string; count: number }): number | false {
  const { document } = globalThis as unknown as {
    document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
  };
  const found = document.querySelectorAll(arg.selector);
  return found.length >= arg.count && found[arg.count - 1]?.textContent ? performance.now() : false;
}

/** Runs in the page: the paths of the scripts the current document has loaded so far. */
function scriptPaths(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name).pathname)
    .filter((pathname) => pathname.endsWith(".js"));
}

/**
 * The scripts' sizes gzip-compressed: the build's own .gz files (console/vite.config.ts), or for a file
 * too small to get one, the file compressed here at the same level.
 */
function gzipBytes(paths: string[]): number {
  return paths.reduce((sum, p) => {
    const file = path.join(REPO_ROOT, "dist", "www", p);
    return (
      sum +
      (fs.existsSync(`${file}.gz`)
        ? fs.statSync(`${file}.gz`).size
        : gzipSync(fs.readFileSync(file), { level: 9 }).length)
    );
  }, 0);
}

/** Navigates to `path`; answers the page's performance.now() at the first frame where `selector` shows. */
async function timeUntil(page: Page, path: string, selector: string, count: number): Promise<number> {
  await page.goto(path, { waitUntil: "commit" });
  const at = await page.waitForFunction(shownAt, { selector, count }, { polling: "raf", timeout: 30_000 });
  return Number(await at.jsonValue());
}

function summary(times: number[]): { median: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
}

const asMeasurement = (times: number[]): Measurement => {
  const { median, max } = summary(times);
  // The table's p50 and p99 columns: the median and the worst of the repetitions.
  return {
    requestsPerSec: 0,
    p50Ms: median,
    p99Ms: max,
    total: times.length,
    errors: 0,
    non2xx: 0,
    otherLoadPercent: Number.NaN,
  };
};

export async function benchConsolePages(ctx: BenchContext): Promise<ScenarioReport> {
  const node = ctx.nodes[0];
  if (!node) throw new Error("console-pages: no server");
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ baseURL: node.baseUrl, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel(/^(User ID|用户 ID)$/).fill(VIEWER.id);
    await page.getByLabel(/^(Password|密码)$/).fill(VIEWER.password);
    await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    ctx.log(`measuring the console's pages in Chromium, ${REPETITIONS} times each ...`);
    const list: number[] = [];
    const incident: number[] = [];
    const numbers: string[] = [];
    for (let i = 0; i < REPETITIONS; i++) {
      list.push(await timeUntil(page, "/incidents?per_page=100", ".ant-table-tbody tr.ant-table-row", 100));
      if (numbers.length === 0)
        numbers.push(
          ...(await page
            .locator(".ant-table-tbody tr.ant-table-row td:first-child a")
            .evaluateAll((links) => links.map((a) => (a.getAttribute("href") ?? "").split("/").pop() ?? ""))),
        );
    }
    for (let i = 0; i < REPETITIONS; i++) {
      const num = numbers[(i * 13) % numbers.length];
      incident.push(await timeUntil(page, `/incidents/${num}`, '[data-testid="incident-title"]', 1));
    }
    // The first page a person opens after signing in, in a fresh document: every script it loaded.
    await timeUntil(page, "/incidents?per_page=100", ".ant-table-tbody tr.ant-table-row", 100);
    const listScripts = await page.evaluate(scriptPaths);
    await context.close();
    const signIn = await browser.newContext({ baseURL: node.baseUrl });
    const signInPage = await signIn.newPage();
    await signInPage.goto("/sign-in", { waitUntil: "networkidle" });
    const signInScripts = await signInPage.evaluate(scriptPaths);
    await signIn.close();
    const kB = (paths: string[]) => {
      const bytes = gzipBytes(paths);
      return `${(bytes / 1000).toFixed(1)} kB gzip in ${paths.length} files (goal <= 300 kB: ${bytes <= FIRST_PAGE_JS_GOAL ? "met" : "MISSED"})`;
    };
    const l = summary(list);
    const d = summary(incident);
    const goal = (s: { median: number; max: number }, ms: number) =>
      `median ${s.median.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (goal <= ${ms} ms: ${s.max <= ms ? "met" : "MISSED"})`;
    return {
      rows: [
        { operation: "page: list", server: "chromium", measurement: asMeasurement(list) },
        { operation: "page: incident", server: "chromium", measurement: asMeasurement(incident) },
      ],
      notes: [
        `console list page, navigation to the 100th row shown: ${goal(l, LIST_GOAL_MS)}`,
        `console incident page, navigation to its detail shown: ${goal(d, INCIDENT_GOAL_MS)}`,
        `JavaScript of the list page opened after sign-in: ${kB(listScripts)}`,
        `JavaScript of the sign-in page (a new visitor's first page): ${kB(signInScripts)}`,
        "(page rows: p50 = median, p99 = max of the repetitions)",
      ],
      failures: 0,
    };
  } finally {
    await browser.close();
  }
}
