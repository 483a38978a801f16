import { buildApp } from "./app.ts";
import { systemClock } from "./clock.ts";
import type { Config } from "./config.ts";
import { databaseOptionsFrom, openDatabase } from "./db/database.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { createDeps } from "./deps.ts";
import type { App } from "./http/app-types.ts";
import { redactIntegrationKey } from "./integrations/integration.ts";
import { bootstrap } from "./projects/bootstrap.ts";
import { type RuleWorker, startRuleWorker } from "./transfer-rules/rule-worker.ts";

function printFirstStartBanner(projectId: string, token: string, app: App, config: Config): void {
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = ["0.0.0.0", "::"].includes(config.host) ? "127.0.0.1" : config.host;
  const base = `http://${host.includes(":") ? `[${host}]` : host}:${port}${config.pathPrefix}`;
  process.stdout.write(
    [
      "",
      "incidentd: first start — created project and admin token. The token is shown only this once:",
      "",
      `  project: ${projectId}`,
      `  token:   ${token}`,
      "",
      "Use it as the X-Auth-Token header, e.g.:",
      `  curl -H 'X-Auth-Token: ${token}' ${base}/incidentd/v1/tokens`,
      "Create further tokens with `incidentd token create --role writer --principal <user id>`.",
      "",
    ].join("\n"),
  );
}

/** The server entry: config → database → migrations → bootstrap → app → listen; closes on signals. */
export async function startServer(config: Config): Promise<App> {
  // Pool errors can arrive before the app (and its logger) exist; they are reported once it does.
  const logged: { app?: App } = {};
  const db = openDatabase(
    databaseOptionsFrom(config, (error) =>
      logged.app?.log.warn({ err: error }, "database connection lost; reconnecting"),
    ),
  );
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const deps = createDeps(config, db, systemClock);
  try {
    // Incident numbers are keyed by the master key: one that cannot be had is a start-up error (e.g.
    // PostgreSQL without INCIDENTD_MASTER_KEY), not a 500 on the first create.
    deps.numberSuffixes.of(0);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const report = await bootstrap(deps);
  const app = await buildApp(deps, {
    logger: {
      level: config.logLevel,
      // Credentials never reach the logs, whatever a serializer is later changed to include.
      redact: ["req.headers.authorization", 'req.headers["x-auth-token"]', "req.headers.cookie"],
      serializers: {
        // Fastify's own request fields, with the alarm-intake key masked in the URL.
        req: (request) => ({
          method: request.method,
          url: redactIntegrationKey(request.url),
          host: request.host,
          remoteAddress: request.ip,
          remotePort: request.socket?.remotePort,
        }),
      },
    },
  });
  logged.app = app;
  for (const message of report.messages) app.log.info(message);
  app.addHook("onClose", async () => {
    await db.destroy();
  });
  // The transfer-rules processor starts once listening (a node that fails to start processes nothing)
  // and stops before the database closes.
  const workers: { rules?: RuleWorker } = {};
  app.addHook("preClose", async () => {
    await workers.rules?.stop();
  });
  await app.listen({ host: config.host, port: config.port });
  workers.rules = startRuleWorker(deps, { log: app.log });
  if (report.generatedToken)
    printFirstStartBanner(report.generatedToken.projectId, report.generatedToken.token, app, config);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, "error while shutting down");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
  return app;
}
