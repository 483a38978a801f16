import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";

export { CHROMIUM, launchChromium } from "../../testkit/chromium.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
/**
 * Where screenshots go: docs/console (the pictures of docs/console.md) only when asked with
 * INCIDENTD_UPDATE_SCREENSHOTS=1, so a test run never rewrites tracked files; otherwise a temporary folder.
 */
export const SCREENSHOTS =
  process.env.INCIDENTD_UPDATE_SCREENSHOTS === "1"
    ? path.join(ROOT, "docs", "console")
    : path.join(tmpdir(), "incidentd-console-screenshots");

function newestMtimeMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtimeMs(file) : statSync(file).mtimeMs);
  }
  return newest;
}

/** The browser tests drive the built console: a build older than console/src would test yesterday's pages. */
export function assertConsoleBuilt(): void {
  const index = path.join(ROOT, "dist", "www", "index.html");
  if (!existsSync(index))
    throw new Error("dist/www/index.html is missing: run `npm run build` (npm test does)");
  if (newestMtimeMs(path.join(ROOT, "console", "src")) > statSync(index).mtimeMs)
    throw new Error("dist/www is older than console/src: run `npm run build` (npm test does)");
}

/** A screenshot for docs/console.md, named by page and language. */
export async function screenshot(page: Page, name: string, language: "en" | "zh-CN"): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${language}.png`), fullPage: true });
}

let axe: string | undefined;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now (run through DevTools, not a script tag). */
export async function seriousViolations(page: Page): Promise<string[]> {
  axe ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(axe);
  const violations = (await page.evaluate("axe.run(document).then((r) => r.violations)")) as Violation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
