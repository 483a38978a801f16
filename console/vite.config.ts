import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The console is built into dist/www, which incidentd serves at `/` (src/console/). */
export default defineConfig({
  root: here("."),
  base: "/",
  plugins: [react()],
  build: {
    // Not dist/console: tsc compiles src/console/ (the serving code) there.
    outDir: here("../dist/www"),
    emptyOutDir: true,
    // The content security policy forbids inline scripts: no inlined module preload polyfill.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
});
