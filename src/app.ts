import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, {
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  type preValidationHookHandler,
  type RawServerDefault,
} from "fastify";
import { registerConsole } from "./console/console-routes.ts";
import type { Deps } from "./deps.ts";
import type { App, RouteModule } from "./http/app-types.ts";
import { BODYLESS_METHODS, registerAuth } from "./http/auth-hook.ts";
import { guardConnections } from "./http/connection-guard.ts";
import { connectionLimits } from "./http/connection-limits.ts";
import { renderError, renderKind } from "./http/error-handler.ts";
import { rejectNulInParts } from "./http/nul-check.ts";
import { openApiDocumentRoute, registerDocsPage, registerOpenApi } from "./http/openapi.ts";
import { lazyRequestLogger, requestLogController } from "./http/request-logger.ts";
import { compileOnFirstUse, createValidatorCompiler } from "./http/validation.ts";
import { ROUTES } from "./routes.ts";
import { VERSION } from "./version.ts";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const MAX_PARAM_LENGTH = 2048;

/** Echo a well-formed client request id (the SDK reports it with errors); anything else gets a fresh one. */
function requestIdOf(request: IncomingMessage): string {
  const sent = request.headers["x-request-id"];
  return typeof sent === "string" && REQUEST_ID.test(sent) ? sent : randomUUID();
}

export interface AppOptions {
  logger?: FastifyServerOptions["logger"];
  /**
   * When route validators are compiled: all at `ready` (the default, so a schema Ajv refuses fails the
   * build of the app, as in tests), or each on the first request that needs it (the server: a faster start).
   */
  compileValidators?: "at-ready" | "on-first-use";
  /**
   * Emulator mode (src/emulator/, docs/emulator.md): `hooks` are added before every other request hook,
   * `routes` beside the app's own. Nothing else adds either.
   */
  extensions?: { hooks?: (app: App) => void; routes?: readonly RouteModule[] };
}

/** Builds the whole HTTP app from explicit dependencies; it never listens (the server entry does). */
export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<App> {
  const { config } = deps;
  const app: App = Fastify<RawServerDefault>({
    logger: options.logger ?? false,
    bodyLimit: config.bodyLimitBytes,
    genReqId: requestIdOf,
    childLoggerFactory: lazyRequestLogger,
    logController: requestLogController(
      typeof options.logger === "object" ? (options.logger as { level?: string }).level : undefined,
    ),
    // Long path parameters reach the schema, which answers them with a 400 naming the field (not a bare 414).
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    // Bad percent-encoding and over-long segments are caught by the router, before any hook.
    frameworkErrors: (error, request, reply) => {
      const reason =
        error.code === "FST_ERR_MAX_PARAM_LENGTH"
          ? `a path segment is longer than ${MAX_PARAM_LENGTH} characters`
          : error.code === "FST_ERR_BAD_URL"
            ? "malformed percent-encoding"
            : error.message;
      const rendered = renderKind("INVALID_PARAMETER", request.id, `path: ${reason}`);
      return (reply as FastifyReply)
        .header("x-request-id", request.id)
        .code(rendered.status)
        .send(rendered.body);
    },
    ...connectionLimits(config.limits),
  }).withTypeProvider<TypeBoxTypeProvider>();
  guardConnections(app.server, config.limits);

  const compileValidator = createValidatorCompiler();
  app.setValidatorCompiler(
    options.compileValidators === "on-first-use" ? compileOnFirstUse(compileValidator) : compileValidator,
  );
  // Only JSON is spoken (attachments will add multipart); text/plain bodies get a clear Content-Type error.
  app.removeContentTypeParser("text/plain");
  app.decorate("routeTable", []);
  options.extensions?.hooks?.(app);
  const auth = registerAuth(app, deps);
  // Path and query strings with U+0000 are refused after authentication and, where a body comes, after the
  // body (an over-limit body is 413 whatever else is wrong with the request).
  const checkParts = (request: FastifyRequest, done: (error?: Error) => void) => {
    try {
      rejectNulInParts(request.params as Record<string, unknown>);
      rejectNulInParts(request.query as Record<string, unknown>);
    } catch (refused) {
      return done(refused as Error);
    }
    done();
  };
  // Routes taking a body finish in a preValidation hook of their own, once the body is read (a signature
  // covers it). Bodyless methods (GET, HEAD) finish in onRequest and run no preValidation phase at all: a
  // hook phase was a measurable share of a detail read (docs/benchmarks.md).
  const afterBody: preValidationHookHandler = (request, _reply, done) =>
    checkParts(request, (error) => (error ? done(error) : auth.preValidation(request, done)));
  app.addHook("onRoute", (route) => {
    const isDocsPage = route.url.startsWith(`${config.pathPrefix}/docs`);
    const access = route.config?.access ?? (isDocsPage ? "public" : undefined);
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} declares no access level`);
    route.config = { ...route.config, access };
    const methods = [route.method].flat();
    for (const method of methods) app.routeTable.push({ method, url: route.url, access });
    if (methods.some((method) => !BODYLESS_METHODS.has(method)))
      route.preValidation = [afterBody, ...[route.preValidation ?? []].flat()];
    // A route with a compiler of its own (the alarm intake's) is deferred like the app's.
    if (route.validatorCompiler && options.compileValidators === "on-first-use")
      route.validatorCompiler = compileOnFirstUse(route.validatorCompiler);
  });
  app.addHook("onRequest", (request, reply, done) => {
    // Set first thing, so every answer carries it: handlers, errors, 404s and authentication's 401s alike.
    reply.header("x-request-id", request.id);
    auth.onRequest(request, (error) => {
      if (error) return done(error);
      if (BODYLESS_METHODS.has(request.method)) checkParts(request, done);
      else done();
    });
  });
  // Every answer is timed by route pattern (never the raw path; unmatched paths share one label).
  const { metrics } = deps;
  app.addHook("onResponse", (request, reply, done) => {
    metrics.observeRequest(
      request.method,
      request.is404 ? undefined : request.routeOptions.url,
      reply.statusCode,
      reply.elapsedTime,
    );
    done();
  });
  app.setErrorHandler((error, request, reply) => {
    const rendered = renderError(error, request.id, config.bodyLimitBytes);
    if (rendered.kind === "INTERNAL") request.log.error({ err: error }, "unexpected error");
    if (rendered.kind === "SERVICE_UNAVAILABLE") request.log.warn({ err: error }, "database unavailable");
    if (rendered.retryAfterSeconds !== undefined)
      reply.header("retry-after", String(rendered.retryAfterSeconds));
    return reply.status(rendered.status).send(rendered.body);
  });
  app.setNotFoundHandler((request, reply) => {
    const rendered = renderKind("ROUTE_NOT_FOUND", request.id);
    return reply.status(rendered.status).send(rendered.body);
  });

  await registerOpenApi(app, VERSION);
  await app.register(
    async (scoped) => {
      for (const route of [...ROUTES, ...(options.extensions?.routes ?? [])]) route(scoped as App, deps);
      openApiDocumentRoute(scoped as App, deps);
    },
    { prefix: config.pathPrefix },
  );
  await registerDocsPage(app, config.pathPrefix);
  await registerConsole(app, config.pathPrefix);
  return app;
}
