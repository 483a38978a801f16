import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { leanAntd } from "./lean-antd.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Writes .br and .gz beside every script and stylesheet: incidentd sends them as they are (preCompressed). */
function precompress(): Plugin {
  return {
    name: "incidentd-precompress",
    apply: "build",
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(name) || !options.dir) continue;
        const file = path.join(options.dir, name);
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } }),
        );
      }
    },
  };
}

/** The console is built into dist/www, which incidentd serves at `/` (src/console/). */
export default defineConfig({
  root: here("."),
  base: "/",
  plugins: [leanAntd(), react(), precompress()],
  build: {
    // Not dist/console: tsc compiles src/console/ (the serving code) there.
    outDir: here("../dist/www"),
    emptyOutDir: true,
    // The content security policy forbids inline scripts: no inlined module preload polyfill.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    // Class fields, optional chaining and the like stay as written: about 1% less script than Vite's
    // default (es2020), for browsers from 2022 on (Chrome 94, Firefox 93, Safari 15.4).
    target: "es2022",
  },
});
