// The console's typed API client: openapi-typescript's types for incidentd's own OpenAPI document, kept
// in the repository (console/src/api/schema.d.ts) and used through openapi-fetch.
//
//   npm run gen:client          writes the file from the document the app builds now
//   npm run gen:client -- --check   fails (exit 1) when the committed file differs (part of `npm run check`)
//
// The document is built in-process, exactly as `GET /openapi.json` serves it: the real app over an empty
// in-memory SQLite database, never a network call or a running server.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { buildApp } from "../src/app.ts";
import { systemClock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { createDeps } from "../src/deps.ts";

export const CLIENT_FILE = fileURLToPath(new URL("../console/src/api/schema.d.ts", import.meta.url));

const HEADER = `/**
 * incidentd's API, generated from its OpenAPI document (GET /openapi.json) by openapi-typescript.
 * Do not edit: run \`npm run gen:client\` after changing a route's schema (\`npm run check\` fails until then).
 */

`;

/** The OpenAPI document the app serves, built without listening on a port. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const db = openDatabase({ engine: "sqlite", path: ":memory:", synchronous: "NORMAL" });
  try {
    await migrateToLatest(db);
    const deps = createDeps({ ...loadConfig({}), logLevel: "silent" }, db, systemClock, Buffer.alloc(32));
    const app = await buildApp(deps);
    try {
      await app.ready();
      return app.swagger() as OpenAPI3;
    } finally {
      await app.close();
    }
  } finally {
    await db.destroy();
  }
}

export async function generateClient(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { alphabetize: true, silent: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const generated = await generateClient();
  if (process.argv.includes("--check")) {
    let committed = "";
    try {
      committed = readFileSync(CLIENT_FILE, "utf8");
    } catch {}
    if (committed !== generated) {
      console.error(
        `${CLIENT_FILE} does not match the OpenAPI document the app builds: run \`npm run gen:client\` and commit it.`,
      );
      process.exit(1);
    }
  } else {
    writeFileSync(CLIENT_FILE, generated);
    console.log(`wrote ${CLIENT_FILE}`);
  }
}
