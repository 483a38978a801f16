import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const SRC = path.resolve(import.meta.dirname, "../../src");

/** `import … from "x"` and `export … from "x"` kept at run time; `import type` is erased, `import()` is lazy. */
const STATIC_IMPORT = /^(?:import|export)(?!\s+type\s)[^;]*?\sfrom\s+"([^"]+)"|^import\s+"([^"]+)"/gms;

/** The packages a module loads at start-up, through every relative import it loads with it. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? match[2] ?? "";
      if (specifier.startsWith(".")) visit(path.resolve(path.dirname(file), specifier));
      else if (!specifier.startsWith("node:"))
        packages.add(
          specifier
            .split("/")
            .slice(0, specifier.startsWith("@") ? 2 : 1)
            .join("/"),
        );
    }
  };
  visit(path.join(SRC, entry));
  return packages;
}

const HTTP_STACK = ["fastify", "@fastify/swagger", "@fastify/swagger-ui", "@fastify/multipart", "ajv"];

// Start-up time of a CLI command is mostly module loading: the HTTP stack is loaded by `serve` alone.
describe("what a CLI command loads", () => {
  it("starts the CLI without loading the HTTP stack", () => {
    const loaded = packagesLoadedBy("main.ts");
    for (const name of HTTP_STACK) assert.ok(!loaded.has(name), `main.ts loads ${name}`);
  });

  it("runs the database commands without loading the HTTP stack", () => {
    const loaded = packagesLoadedBy("cli/commands.ts");
    for (const name of HTTP_STACK) assert.ok(!loaded.has(name), `cli/commands.ts loads ${name}`);
    assert.ok(loaded.has("kysely"), "the walk follows the commands' imports down to the database");
  });

  it("leaves the PostgreSQL driver unloaded (it is required only when DATABASE_URL is set)", () => {
    for (const entry of ["main.ts", "cli/commands.ts", "server.ts"])
      assert.ok(!packagesLoadedBy(entry).has("pg"), `${entry} loads pg`);
  });

  it("loads the HTTP stack for serve", () => {
    assert.ok(packagesLoadedBy("server.ts").has("fastify"));
  });
});
