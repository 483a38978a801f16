import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);

/**
 * Files someone with only the repository does not have: the development notes incidentd was built from.
 * The documentation and the code state the facts instead (COC's in docs/coc-compatibility.md).
 */
const OUTSIDE_REFERENCES = [
  "../shared",
  "SPEC.md",
  "SPEC §",
  "coc-api.md",
  "coc-auth.md",
  "STYLE.md",
  "seed-show-incident-detail.txt",
];

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...filesUnder(full, extensions));
    else if (extensions.some((extension) => name.endsWith(extension))) found.push(full);
  }
  return found;
}

function citationsIn(files: readonly string[]): string[] {
  const hits: string[] = [];
  for (const file of files) {
    if (file === THIS_FILE) continue;
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, index) => {
        for (const reference of OUTSIDE_REFERENCES)
          if (line.includes(reference)) hits.push(`${path.relative(ROOT, file)}:${index + 1}: ${reference}`);
      });
  }
  return hits;
}

describe("the repository stands on its own", () => {
  it("README.md and docs/ cite no file outside the repository", () => {
    const files = [path.join(ROOT, "README.md"), ...filesUnder(path.join(ROOT, "docs"), [".md"])];
    assert.deepEqual(citationsIn(files), []);
  });

  it("code and tests cite no file outside the repository in comments or messages", () => {
    const dirs = ["src", "test", "test-e2e", "testkit", "bench", "reliability"].map((dir) =>
      path.join(ROOT, dir),
    );
    const files = dirs.flatMap((dir) => filesUnder(dir, [".ts", ".js", ".md"]));
    assert.ok(files.length > 100, "the source tree was found");
    assert.deepEqual(citationsIn(files), []);
  });

  it("the COC compatibility page the docs refer to exists", () => {
    const page = readFileSync(path.join(ROOT, "docs", "coc-compatibility.md"), "utf8");
    assert.match(page, /^# COC compatibility/);
  });
});
