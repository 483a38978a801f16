import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

/** What users run: `incidentd` (bin/incidentd.js), which runs the compiled program in dist/. */
export const INCIDENTD_BIN = path.join(ROOT, "bin", "incidentd.js");

function newestMtimeMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtimeMs(file) : statSync(file).mtimeMs);
  }
  return newest;
}

let checked = false;

/**
 * The end-to-end tests run the build, so a build older than the sources would test yesterday's code
 * without a word: `npm test` builds first; a test file run on its own after an edit fails here instead.
 */
export function assertBuilt(): void {
  if (checked) return;
  const built = path.join(ROOT, "dist", "main.js");
  let builtAt: number;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    throw new Error(
      "dist/main.js is missing: run `npm run build` (npm test does) before the end-to-end tests",
    );
  }
  if (newestMtimeMs(path.join(ROOT, "src")) > builtAt) {
    throw new Error(
      "dist/ is older than src/: run `npm run build` (npm test does) before the end-to-end tests",
    );
  }
  checked = true;
}
