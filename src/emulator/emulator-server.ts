import { randomUUID } from "node:crypto";
import path from "node:path";
import { buildApp } from "../app.ts";
import { installationKey } from "../auth/aksk/master-key.ts";
import type { BackgroundLoop } from "../background-loop.ts";
import { type Config, loadConfig } from "../config.ts";
import { type Db, openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { createDeps } from "../deps.ts";
import type { App } from "../http/app-types.ts";
import { serverLoggerOptions } from "../http/log-options.ts";
import { processDueEscalations } from "../oncall/escalation.service.ts";
import { startEscalationWorker } from "../oncall/escalation-worker.ts";
import { bootstrap } from "../projects/bootstrap.ts";
import { processPendingAlarmsOnce } from "../transfer-rules/rule-processor.ts";
import { startRuleWorker } from "../transfer-rules/rule-worker.ts";
import { startWebhookDispatcher, type WebhookDispatcher } from "../webhooks/webhook-dispatcher.ts";
import { EMULATOR_CREDENTIALS, EMULATOR_MASTER_KEY, Emulator, type EmulatorCredentials } from "./emulator.ts";
import { EmulatorClock } from "./emulator-clock.ts";
import { takeSnapshot } from "./emulator-snapshot.repository.ts";
import { emulatorHooks } from "./routes/emulator-hooks.ts";
import { emulatorRoutes } from "./routes/emulator-routes.ts";

export interface EmulatorOptions {
  /** 0 (the default for tests) takes a free port; the CLI's default is 8080 (PORT). */
  port?: number;
  host?: string;
  /** Keep state in this directory (an SQLite file and its master key) instead of memory. */
  persistDir?: string;
  /** The environment read for LOG_LEVEL, INCIDENTD_PATH_PREFIX and the INCIDENTD_BOOTSTRAP_* overrides. */
  env?: Record<string, string | undefined>;
}

export interface RunningEmulator {
  /** The base URL the COC API is served under (with the path prefix), e.g. http://127.0.0.1:8080. */
  endpoint: string;
  credentials: EmulatorCredentials;
  emulator: Emulator;
  app: App;
  close(): Promise<void>;
}

function emulatorConfig(options: EmulatorOptions): Config {
  const env = options.env ?? process.env;
  const base = loadConfig({ ...env, DATABASE_URL: undefined });
  const credentials: EmulatorCredentials = {
    projectId: base.bootstrap.projectId ?? EMULATOR_CREDENTIALS.projectId,
    token: base.bootstrap.token ?? EMULATOR_CREDENTIALS.token,
    accessKey: base.bootstrap.accessKey ?? EMULATOR_CREDENTIALS.accessKey,
    secretKey: base.bootstrap.secretKey ?? EMULATOR_CREDENTIALS.secretKey,
  };
  return {
    ...base,
    host: options.host ?? base.host,
    port: options.port ?? 0,
    dataDir: options.persistDir ? path.resolve(options.persistDir) : base.dataDir,
    logLevel: env.LOG_LEVEL ?? "warn",
    sqliteReadWorkers: 0,
    bootstrap: { ...base.bootstrap, ...credentials },
  };
}

function credentialsOf(config: Config): EmulatorCredentials {
  const { projectId, token, accessKey, secretKey } = config.bootstrap as EmulatorCredentials;
  return { projectId, token, accessKey, secretKey };
}

function openEmulatorDatabase(config: Config, persist: boolean): Db {
  return persist
    ? openDatabase({
        engine: "sqlite",
        path: path.join(config.dataDir, "incidentd.db"),
        synchronous: "NORMAL",
        lockInstallation: true,
        readWorkers: 0,
      })
    : openDatabase({ engine: "sqlite", path: ":memory:", synchronous: "NORMAL" });
}

/** The state of a fresh emulator (migrations and bootstrap on a scratch in-memory database). */
async function freshState(config: Config, masterKey: Buffer) {
  const scratch = openEmulatorDatabase(config, false);
  try {
    await migrateToLatest(scratch);
    await bootstrap(createDeps(config, scratch, new EmulatorClock(), masterKey));
    return await takeSnapshot(scratch);
  } finally {
    await scratch.destroy();
  }
}

/**
 * Emulator mode (docs/emulator.md): an in-memory SQLite database (or `persistDir`), fixed credentials, the
 * virtual clock, the emulator's routes and hooks, and the background workers; listening when it returns.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const config = emulatorConfig(options);
  const persist = options.persistDir !== undefined;
  const db = openEmulatorDatabase(config, persist);
  const clock = new EmulatorClock();
  let emulator: Emulator;
  let masterKey: Buffer;
  try {
    await migrateToLatest(db);
    masterKey = persist ? (await installationKey(config, db))() : EMULATOR_MASTER_KEY;
    const deps = createDeps(config, db, clock, masterKey);
    await bootstrap(deps);
    const empty = persist ? undefined : await takeSnapshot(db);
    emulator = new Emulator({
      deps,
      clock,
      credentials: credentialsOf(config),
      emptyState: () => (empty ? Promise.resolve(empty) : freshState(config, masterKey)),
      workers: {
        start: () => workers.start(),
        stop: () => workers.stop(),
        settle: () => workers.settle(),
      },
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const app = await buildApp(emulator.deps, {
    logger: serverLoggerOptions(config.logLevel),
    compileValidators: "on-first-use",
    extensions: { hooks: emulatorHooks(emulator, config.pathPrefix), routes: emulatorRoutes(emulator) },
  });
  const workers = backgroundWorkers(emulator, app);
  const unsubscribe = clock.onChange(() => workers.wake());
  app.addHook("preClose", async () => {
    unsubscribe();
    await workers.stop();
  });
  app.addHook("onClose", async () => {
    await db.destroy();
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    throw error;
  }
  workers.start();
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = ["0.0.0.0", "::"].includes(config.host) ? "127.0.0.1" : config.host;
  return {
    endpoint: `http://${host.includes(":") ? `[${host}]` : host}:${port}${config.pathPrefix}`,
    credentials: emulator.credentials,
    emulator,
    app,
    close: () => app.close(),
  };
}

/** At most this many batches per loop before the clock answers (the loops carry on with the rest). */
const SETTLE_PASSES = 20;

/** The server's three background loops, which a reset stops and starts again. */
function backgroundWorkers(emulator: Emulator, app: App) {
  const { deps } = emulator;
  const owner = `emulator:${process.pid}:${randomUUID().slice(0, 8)}`;
  let running: { rules: BackgroundLoop; escalation: BackgroundLoop; webhooks: WebhookDispatcher } | undefined;
  return {
    start() {
      if (running) return;
      running = {
        rules: startRuleWorker(deps, { log: app.log }),
        escalation: startEscalationWorker(deps, { log: app.log }),
        webhooks: startWebhookDispatcher(deps, { log: app.log }),
      };
    },
    async stop() {
      const stopping = running;
      running = undefined;
      if (!stopping) return;
      await Promise.all([stopping.rules.stop(), stopping.escalation.stop(), stopping.webhooks.stop()]);
    },
    wake() {
      running?.rules.wake();
      running?.escalation.wake();
      running?.webhooks.wake();
    },
    /** Due transfer-rule leases and escalation steps are processed before the clock's answer. */
    async settle() {
      for (let pass = 0; pass < SETTLE_PASSES; pass++)
        if ((await processPendingAlarmsOnce(deps, owner, { onError: () => {} })) === 0) break;
      for (let pass = 0; pass < SETTLE_PASSES; pass++)
        if ((await processDueEscalations(deps, owner)) === 0) break;
    },
  };
}
