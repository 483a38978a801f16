import type { Server } from "node:http";
import { buildApp } from "./app.ts";
import { installationKey } from "./auth/aksk/master-key.ts";
import type { BackgroundLoop } from "./background-loop.ts";
import { systemClock } from "./clock.ts";
import type { Config } from "./config.ts";
import { databaseOptionsFrom, openDatabase } from "./db/database.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { createDeps, type Deps } from "./deps.ts";
import type { App } from "./http/app-types.ts";
import { serverLoggerOptions } from "./http/log-options.ts";
import { Metrics } from "./metrics/metrics.ts";
import { closeMetricsListener, listenForMetrics } from "./metrics/metrics-listener.ts";
import { startEscalationWorker } from "./oncall/escalation-worker.ts";
import { OpsError } from "./ops/ops-error.ts";
import {
  type BootstrapReport,
  bootstrap,
  createFirstStartAdmin,
  type FirstStartAdmin,
} from "./projects/bootstrap.ts";
import type { Tracing } from "./tracing/tracing.ts";
import { type RuleWorker, startRuleWorker } from "./transfer-rules/rule-worker.ts";
import { startWebhookDispatcher, type WebhookDispatcher } from "./webhooks/webhook-dispatcher.ts";

function printFirstStartBanner(admin: FirstStartAdmin, app: App, config: Config): void {
  const { projectId, token } = admin;
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = ["0.0.0.0", "::"].includes(config.host) ? "127.0.0.1" : config.host;
  const base = `http://${host.includes(":") ? `[${host}]` : host}:${port}${config.pathPrefix}`;
  process.stdout.write(
    [
      "",
      "incidentd: first start — created project, admin token and admin user. Their secrets are shown only this once:",
      "",
      `  project: ${projectId}`,
      `  token:   ${token}`,
      "",
      "Use it as the X-Auth-Token header, e.g.:",
      `  curl -H 'X-Auth-Token: ${token}' ${base}/incidentd/v1/tokens`,
      "",
      `People sign in (POST ${base}/incidentd/v1/sessions) with a user id and password; the admin user:`,
      `  user:     ${admin.user}`,
      `  password: ${admin.password}`,
      `Change it with \`incidentd user passwd ${admin.user}\`; add people with \`incidentd user add <id> --name … --password-stdin\`.`,
      "Create further tokens with `incidentd token create --role writer --principal <user id>`.",
      "",
    ].join("\n"),
  );
}

const LISTEN_PROBLEMS: Record<string, string> = {
  EADDRINUSE: "the port is already in use",
  EACCES: "permission denied (ports below 1024 need privileges)",
  EADDRNOTAVAIL: "the address is not one of this machine's",
};

/** A port that cannot be taken is the operator's to fix: one line naming it and the variables. */
async function listenOrExplain(app: App, config: Config): Promise<void> {
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === undefined ? undefined : LISTEN_PROBLEMS[code];
    if (!problem) throw error;
    await app.close();
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    throw new OpsError(
      `cannot listen on ${host}:${config.port}: ${problem}; stop what uses it, or choose another port ` +
        "with PORT (and the address with HOST)",
    );
  }
}

/**
 * The server entry: config → database → migrations → master key check → bootstrap settings → app →
 * listen → first-start token → rule worker; closes on signals.
 */
export async function startServer(config: Config, options: { tracing?: Tracing } = {}): Promise<App> {
  // Pool errors can arrive before the app (and its logger) exist; they are reported once it does.
  const logged: { app?: App } = {};
  const metrics = new Metrics();
  const db = openDatabase(
    databaseOptionsFrom(
      config,
      (error) => logged.app?.log.warn({ err: error }, "database connection lost; reconnecting"),
      metrics.queryLog,
    ),
  );
  let deps: Deps;
  let report: BootstrapReport;
  try {
    await migrateToLatest(db);
    // The master key seals access keys' secrets and keys incident numbers: loaded now, so sealed secrets
    // with a missing or wrong key (or PostgreSQL without INCIDENTD_MASTER_KEY) stop the start here,
    // before anything is written, instead of failing the first request that needs it.
    deps = createDeps(config, db, systemClock, (await installationKey(config, db))(), metrics);
    report = await bootstrap(deps);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const app = await buildApp(deps, {
    logger: serverLoggerOptions(config.logLevel),
    compileValidators: "on-first-use",
  });
  logged.app = app;
  for (const message of report.messages) app.log.info(message);
  app.addHook("onClose", async () => {
    await db.destroy();
    // The spans still batched are sent before the process exits.
    await options.tracing?.shutdown();
  });
  // The transfer-rules processor starts once listening (a node that fails to start processes nothing)
  // and stops before the database closes.
  const workers: {
    rules?: RuleWorker;
    escalation?: BackgroundLoop;
    webhooks?: WebhookDispatcher;
    metrics?: Server;
  } = {};
  app.addHook("preClose", async () => {
    if (workers.metrics) await closeMetricsListener(workers.metrics);
    await workers.rules?.stop();
    await workers.escalation?.stop();
    await workers.webhooks?.stop();
  });
  await listenOrExplain(app, config);
  if (config.metrics.port !== undefined) {
    const { host, port } = config.metrics;
    try {
      workers.metrics = await listenForMetrics(metrics, host, port);
      const address = workers.metrics.address();
      app.log.info({ address }, "metrics listener (GET /metrics without credentials) started");
    } catch (error) {
      await app.close();
      throw new OpsError(
        `cannot listen for metrics on ${host}:${port}: ${(error as Error).message}; choose another ` +
          "INCIDENTD_METRICS_PORT (and the address with INCIDENTD_METRICS_HOST)",
      );
    }
  }
  // Only now that the port is held: a token made by a start that cannot listen would never be shown.
  // Nobody can present it before the banner below prints it, so serving meanwhile loses nothing.
  let firstStart: FirstStartAdmin | undefined;
  try {
    firstStart = await createFirstStartAdmin(deps);
  } catch (error) {
    await app.close();
    throw error;
  }
  workers.rules = startRuleWorker(deps, { log: app.log });
  workers.escalation = startEscalationWorker(deps, { log: app.log });
  workers.webhooks = startWebhookDispatcher(deps, { log: app.log });
  if (firstStart) printFirstStartBanner(firstStart, app, config);

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
