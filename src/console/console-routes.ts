import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fastifyCompress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { App } from "../http/app-types.ts";
import { apiSegments, consoleDirectory, firstSegment } from "./console-paths.ts";
import { setConsoleSecurityHeaders } from "./security-headers.ts";

const NOT_BUILT =
  "The incidentd web console is not built. Run `npm run build` (npm ci runs it) and restart incidentd; the API works without it.\n";

/** Hashed file names (vite) never change content: cached for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";

function wantsHtml(request: FastifyRequest): boolean {
  return (
    (request.method === "GET" || request.method === "HEAD") && !!request.headers.accept?.includes("text/html")
  );
}

/**
 * The web console at `/` on the API's port: its static files (public: they hold no data; every API call
 * the console makes is authenticated), and index.html for any other page address a browser asks for,
 * outside the API's paths, so the console's own routes (/incidents/…) survive a reload.
 */
export async function registerConsole(
  app: App,
  pathPrefix: string,
  root = consoleDirectory(),
): Promise<void> {
  const indexFile = path.join(root, "index.html");
  const index = existsSync(indexFile) ? readFileSync(indexFile) : undefined;

  const sendIndex = (reply: FastifyReply) => {
    setConsoleSecurityHeaders(reply);
    if (!index) return reply.code(503).type("text/plain; charset=utf-8").send(NOT_BUILT);
    return reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").send(index);
  };

  await app.register(async (scope) => {
    // Compression is scoped to the console's routes: API answers stay byte for byte as they were.
    await scope.register(fastifyCompress, { global: true, threshold: 1024 });
    await scope.register(fastifyStatic, { root, serve: false });
    const config = { access: "public" as const };
    const schema = { hide: true };
    scope.get("/", { config, schema }, (_request, reply) => sendIndex(reply));
    scope.get("/assets/*", { config, schema }, (request, reply) => {
      const file = (request.params as { "*": string })["*"];
      setConsoleSecurityHeaders(reply).header("cache-control", IMMUTABLE);
      return reply.sendFile(path.join("assets", file), { cacheControl: false, dotfiles: "deny" });
    });
  });

  // Any other page a browser asks for (an HTML GET no route answers) is the console's, unless its path
  // belongs to the API: those keep the API's 404 envelope whatever the client accepts.
  let api: Set<string> | undefined;
  app.addHook("onRequest", (request, reply, done) => {
    if (!request.is404 || !wantsHtml(request)) return done();
    api ??= apiSegments(
      app.routeTable.map((r) => r.url).filter((url) => url !== "/" && !url.startsWith("/assets/")),
      pathPrefix,
    );
    if (api.has(firstSegment(request.url))) return done();
    return sendIndex(reply);
  });
}
