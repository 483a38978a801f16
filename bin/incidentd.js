#!/usr/bin/env node
// Runs the compiled JavaScript in dist/, which `npm ci` builds (the `prepare` script) and `npm run build`
// rebuilds after a change to src/. Plain JavaScript starts in a fraction of the time on-the-fly
// TypeScript compilation took, which every CLI command paid.
import { existsSync } from "node:fs";

const entry = new URL("../dist/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    "incidentd: the compiled program (dist/main.js) is missing: run `npm run build` (`npm ci` builds it too)\n",
  );
  process.exit(1);
}
await import(entry.href);
