// Builds dist/: the program bundled by esbuild into a few ESM files (the entry, the CLI commands, the
// server, and the chunks they share), with source maps. One bundle loads in a fraction of the time
// Node takes to resolve and load the ~450 separate modules the CLI used to read (docs/benchmarks.md).
// Type checking is `npm run check` (tsc --noEmit): esbuild only strips the types.
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist`;

// Left to Node at run time:
// - better-sqlite3: a native addon, found next to its JavaScript;
// - pg: loaded only when DATABASE_URL is set (src/db/database.ts), so kept out of the bundle entirely;
// - @fastify/swagger-ui: serves Swagger UI's files from its own directory (__dirname), which a bundle lacks;
// - OpenTelemetry (the SDK, its instrumentations, @fastify/otel): imported only when traces are configured
//   (src/tracing/tracing.ts), and its instrumentation patches modules as Node loads them from node_modules.
const EXTERNAL = ["better-sqlite3", "pg", "@fastify/swagger-ui", "@opentelemetry/*", "@fastify/otel"];

// The SQLite reader threads run a module of their own, which src/db/sqlite-readers.ts finds as a sibling
// of itself (new URL("./sqlite-read-worker.js", import.meta.url)): it is built next to the chunk holding
// that code, which the check after the build confirms.
const WORKER = {
  entry: "src/db/sqlite-read-worker.ts",
  out: "chunks/sqlite-read-worker",
  caller: "src/db/sqlite-readers.ts",
};

rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: [
    { in: "src/main.ts", out: "main" },
    // `incidentd/testing` (package.json "exports"): the emulator for Node test files (docs/emulator.md).
    { in: "src/testing.ts", out: "testing" },
    { in: WORKER.entry, out: WORKER.out },
  ],
  outdir,
  metafile: true,
  bundle: true,
  // The dynamic imports in src/main.ts become chunks: a CLI command never loads the HTTP stack.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  // Bundled CommonJS packages call require() for Node's built-ins; an ES module has none of its own.
  banner: {
    js: 'import { createRequire as __incidentdCreateRequire } from "node:module"; const require = __incidentdCreateRequire(import.meta.url);',
  },
  // Stack traces name src/*.ts lines (bin/incidentd.js turns source maps on). The maps leave out the
  // sources' text, which the traces do not need, so they stay small to read when an error is printed.
  sourcemap: "linked",
  sourcesContent: false,
  // No keepNames: it makes esbuild wrap every function it creates in `__name(fn, "…")`, an
  // Object.defineProperty call each time, also for the closures a request creates (7 per detail request,
  // about 30,000 CPU instructions of its ~340,000, counted with callgrind: docs/benchmarks.md). Nothing reads
  // our functions' names; stack traces are mapped back to src/*.ts by the source maps.
  keepNames: false,
  logLevel: "warning",
});

const callers = Object.entries(metafile.outputs)
  .filter(([, output]) => Object.hasOwn(output.inputs, WORKER.caller))
  .map(([file]) => path.dirname(path.resolve(root, file)));
const workerDir = path.dirname(path.join(outdir, WORKER.out));
if (callers.length === 0 || callers.some((dir) => dir !== workerDir)) {
  throw new Error(
    `${WORKER.caller} was bundled outside ${workerDir}, where it would not find its worker module`,
  );
}
