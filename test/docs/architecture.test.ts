import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

/*
 * The rules of docs/architecture.md, checked on the source tree: a rule broken by a later change fails
 * here, naming the file.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .sort();
}

const SRC = filesUnder("src");
const text = new Map(SRC.map((f) => [f, readFileSync(path.join(ROOT, f), "utf8")]));
const source = (file: string) => text.get(file) as string;

/** The files a file imports (relative imports, resolved; `import type` included when asked). */
function importsOf(file: string, withTypes = true): string[] {
  const found: string[] = [];
  for (const m of source(file).matchAll(/^(import|export)(\s+type)?[^;]*?from\s+"(\.[^"]+)"/gms)) {
    if (!withTypes && m[2]) continue;
    found.push(path.normalize(path.join(path.dirname(file), m[3] as string)));
  }
  return found;
}

const isMigration = (f: string) => f.startsWith("src/db/migrations/");

describe("architecture (docs/architecture.md)", () => {
  it("only the incident repository writes incident rows and history entries", () => {
    const writes = /(insertInto|updateTable|deleteFrom|preparedInsert)\(\s*"(incidents|incident_histories)"/;
    const offenders = SRC.filter((f) => !isMigration(f) && writes.test(source(f)));
    assert.deepEqual(offenders, ["src/incidents/incident.repository.ts"]);
  });

  it("only the single writer calls the repository's incident and history writes", () => {
    const writers =
      /\b(insertNewIncident|insertNewIncidentIfVersions|updateIncidentIfVersion|insertHistory)\b/;
    const offenders = SRC.filter(
      (f) => f !== "src/incidents/incident.repository.ts" && writers.test(source(f)),
    );
    assert.deepEqual(offenders, ["src/incidents/incident-writer.ts"]);
  });

  it("every query lives in a repository (or in src/db/)", () => {
    const query = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/;
    const offenders = SRC.filter(
      (f) => !f.endsWith(".repository.ts") && !f.startsWith("src/db/") && query.test(source(f)),
    );
    assert.deepEqual(offenders, []);
  });

  it("engine differences are named capabilities in src/db/ (no dialect branch elsewhere)", () => {
    const branch = /\b(PostgresAdapter|SqliteAdapter|PostgresDialect|SqliteDialect)\b/;
    assert.deepEqual(
      SRC.filter((f) => !f.startsWith("src/db/") && branch.test(source(f))),
      [],
    );
  });

  it("only the HTTP edge imports src/http/: routes, wire schemas, the console's serving and the composition root", () => {
    const edge = (f: string) =>
      f.startsWith("src/http/") ||
      f.startsWith("src/console/") ||
      f.includes("/routes/") ||
      f.endsWith(".schemas.ts") ||
      ["src/app.ts", "src/server.ts", "src/routes.ts", "src/emulator/emulator-server.ts"].includes(f);
    const offenders = SRC.filter((f) => !edge(f) && importsOf(f).some((i) => i.startsWith("src/http/")));
    assert.deepEqual(offenders, []);
  });

  it("no source file is over 300 lines", () => {
    const long = SRC.filter((f) => source(f).split("\n").length > 300);
    assert.deepEqual(long, []);
  });

  it("src/ has no import cycle", () => {
    const graph = new Map(SRC.map((f) => [f, importsOf(f).filter((i) => text.has(i))]));
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of SRC) visit(file, []);
    assert.deepEqual(cycles, []);
  });

  it("each route file registers one operation", () => {
    const routeFiles = SRC.filter((f) => f.includes("/routes/") && /operationId:/.test(source(f)));
    const several = routeFiles.filter((f) => (source(f).match(/operationId:/g) ?? []).length > 1);
    assert.deepEqual(several, []);
  });

  it("bench/ and reliability/ do not import from test/", () => {
    const outside = [...filesUnder("bench"), ...filesUnder("reliability")];
    const offenders = outside.filter((f) =>
      /from\s+"(\.\.\/)+test\//.test(readFileSync(path.join(ROOT, f), "utf8")),
    );
    assert.deepEqual(offenders, []);
  });

  it("the workflow's unit test needs nothing but the workflow module", () => {
    const test = "test/workflow/workflow-machine.test.ts";
    const imports = [...readFileSync(path.join(ROOT, test), "utf8").matchAll(/from\s+"(\.[^"]+)"/g)].map(
      (m) => path.normalize(path.join("test/workflow", m[1] as string)),
    );
    const outside = imports.filter(
      (i) => !i.startsWith("src/workflow/") && i !== "src/incidents/incident.ts",
    );
    assert.deepEqual(outside, []);
  });
});
