#!/usr/bin/env node
// Runs the bundled JavaScript in dist/, which `npm ci` builds (the `prepare` script) and `npm run build`
// rebuilds after a change to src/ (scripts/build.mjs). A bundle starts in a fraction of the time
// on-the-fly TypeScript compilation took, and of the time Node took to load the program's many modules.
import { existsSync } from "node:fs";

const entry = new URL("../dist/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    "incidentd: the compiled program (dist/main.js) is missing: run `npm run build` (`npm ci` builds it too)\n",
  );
  process.exit(1);
}
// Stack traces point at src/*.ts lines through the bundle's source maps.
process.setSourceMapsEnabled(true);
await import(entry.href);
