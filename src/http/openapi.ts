import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { App, RouteModule } from "./app-types.ts";

export async function registerOpenApi(app: App, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "incidentd",
        version,
        description:
          "Self-hosted incident tickets, wire-compatible with Huawei Cloud COC's incident API. Routes tagged " +
          "'COC …' follow COC; 'incidentd …' routes are incidentd's own.",
      },
      components: {
        securitySchemes: {
          authToken: { type: "apiKey", in: "header", name: "X-Auth-Token" },
          // The alarm-intake routes without the key in the path: `Authorization: Bearer <integration key>`.
          integrationKey: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ authToken: [] }],
    },
  });
}

export const openApiDocumentRoute: RouteModule = (app) => {
  // The document is fixed once the app is ready: serialised once, not on every (public) request.
  let document: string | undefined;
  app.get(
    "/openapi.json",
    { config: { access: "public" }, schema: { hide: true } },
    async (_request, reply) => {
      document ??= JSON.stringify(app.swagger());
      return reply.type("application/json; charset=utf-8").send(document);
    },
  );
};

/** The interactive page (Swagger UI, served from the package, no network needed). */
export async function registerDocsPage(app: App, prefix: string): Promise<void> {
  const indexPage = `${prefix}/docs/static/index.html`;
  await app.register(swaggerUi, {
    routePrefix: `${prefix}/docs`,
    uiConfig: { url: `${prefix}/openapi.json` } as never,
    uiHooks: {
      // @fastify/swagger-ui 5 redirects `static/index.html` to the page by rewriting the URL with a pattern
      // anchored at its end, so with a query string it redirects to itself, forever. Send it to the page.
      onRequest: (request, reply, done) => {
        if (request.url.startsWith(`${indexPage}?`)) return void reply.redirect(`${prefix}/docs/`);
        done();
      },
    },
  });
}
