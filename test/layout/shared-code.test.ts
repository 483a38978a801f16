import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every relative module specifier (static, type-only and dynamic imports, re-exports) in a file. */
const RELATIVE_IMPORT = /(?:\sfrom\s+|import\s*\(\s*|^import\s+)"(\.\.?\/[^"]+)"/gm;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourcesUnder(full);
    return name.endsWith(".ts") ? [full] : [];
  });
}

/** `file → folder` for each import of a file under `from` that lands in one of the `forbidden` folders. */
function importsInto(from: string, forbidden: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of sourcesUnder(path.join(ROOT, from))) {
    for (const match of readFileSync(file, "utf8").matchAll(RELATIVE_IMPORT)) {
      const target = path.relative(ROOT, path.resolve(path.dirname(file), match[1] ?? ""));
      const folder = target.split(path.sep)[0] ?? "";
      if (forbidden.includes(folder)) found.push(`${path.relative(ROOT, file)} → ${target}`);
    }
  }
  return found;
}

// testkit/ holds what tests, benchmarks and reliability runs share, so none of them reaches into another's
// folder, and the shipped program (src/) depends on none of them.
describe("who imports the shared test code", () => {
  it("src/ imports nothing from testkit/, the tests, the benchmarks or the reliability runs", () => {
    assert.deepEqual(importsInto("src", ["testkit", "test", "test-e2e", "bench", "reliability"]), []);
  });

  it("testkit/, bench/ and reliability/ import nothing from test/ or test-e2e/", () => {
    for (const folder of ["testkit", "bench", "reliability"])
      assert.deepEqual(importsInto(folder, ["test", "test-e2e"]), [], folder);
  });

  it("finds the imports it checks (bench/ and reliability/ do use testkit/)", () => {
    assert.notDeepEqual(importsInto("bench", ["testkit"]), []);
    assert.notDeepEqual(importsInto("reliability", ["testkit"]), []);
  });
});
