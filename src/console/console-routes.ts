import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { App } from "../http/app-types.ts";
import { apiSegments, consoleDirectory, firstSegment } from "./console-paths.ts";
import { setConsoleSecurityHeaders } from "./security-headers.ts";

const NOT_BUILT =
  "The incidentd web console is not built. Run `npm run build` (npm ci runs it) and restart incidentd; the API works without it.\n";

/** Hashed file names (vite) never change content: cached for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";
const ASSETS = "/assets/";

function wantsHtml(request: FastifyRequest): boolean {
  return !!request.headers.accept?.includes("text/html");
}

/** The built files under assets/ (their names are all the server will send from there). */
function assetNames(root: string): Set<string> {
  const dir = path.join(root, "assets");
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((name) => !name.endsWith(".gz") && !name.endsWith(".br")));
}

/**
 * The web console at `/` on the API's port. It registers no route: the API's route table (which drives
 * the security matrices and the fuzzer) stays the API's. A GET that no route answers is the console's when
 * it asks for `/`, for a built file under /assets/, or for an HTML page outside the API's paths (so the
 * console's own addresses, /incidents/…, survive a reload); everything else keeps the API's 404 envelope.
 * The files are public: they hold no data, and every API call the console makes is authenticated.
 */
export async function registerConsole(
  app: App,
  pathPrefix: string,
  root = consoleDirectory(),
): Promise<void> {
  const indexFile = path.join(root, "index.html");
  const index = existsSync(indexFile) ? readFileSync(indexFile) : undefined;
  const assets = assetNames(root);
  // Compressed at build time (console/vite.config.ts writes .br and .gz next to each file): no CPU per request.
  if (assets.size > 0) await app.register(fastifyStatic, { root, serve: false, preCompressed: true });

  const sendIndex = (reply: FastifyReply) => {
    setConsoleSecurityHeaders(reply);
    if (!index) return reply.code(503).type("text/plain; charset=utf-8").send(NOT_BUILT);
    return reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").send(index);
  };

  let api: Set<string> | undefined;
  app.addHook("onRequest", (request, reply, done) => {
    if (!request.is404 || (request.method !== "GET" && request.method !== "HEAD")) return done();
    const pathOnly = request.url.split(/[?#]/, 1)[0] ?? "";
    if (pathOnly === "/") return sendIndex(reply);
    if (pathOnly.startsWith(ASSETS)) {
      const name = pathOnly.slice(ASSETS.length);
      if (!assets.has(name)) return done();
      setConsoleSecurityHeaders(reply).header("cache-control", IMMUTABLE);
      return reply.sendFile(`assets/${name}`, { cacheControl: false });
    }
    if (!wantsHtml(request)) return done();
    api ??= apiSegments(
      app.routeTable.map((r) => r.url),
      pathPrefix,
    );
    if (api.has(firstSegment(request.url))) return done();
    return sendIndex(reply);
  });
}
