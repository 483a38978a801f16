import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import type pg from "pg";
import type { AlarmIncidentTable, AlarmTable } from "../alarms/alarm.table.ts";
import type { AlarmHandleRequestTable } from "../alarms/alarm-handling.table.ts";
import type { IncidentFactsTable } from "../analytics/incident-facts.table.ts";
import type { AttachmentTable } from "../attachments/attachment.table.ts";
import type { AccessKeyTable } from "../auth/aksk/access-key.table.ts";
import type { SeenSignatureTable, SignatureFailureTable } from "../auth/aksk/signature-guard.table.ts";
import type { SessionTable, SignInFailureTable } from "../auth/sessions/session.table.ts";
import type { TokenTable } from "../auth/token.table.ts";
import type { CatalogueEntryTable } from "../catalogue/catalogue.table.ts";
import type { Config, SqliteSynchronous } from "../config.ts";
import type { ApplicationTable, DirectoryUserTable } from "../directory/directory.table.ts";
import type { UserLoginTable } from "../directory/user-login.table.ts";
import type { CounterTable, IncidentHistoryTable, IncidentTable } from "../incidents/incident.table.ts";
import type { IntegrationTable } from "../integrations/integration.table.ts";
import type { NotificationRuleTable } from "../notifications/notification.table.ts";
import type { EscalationTimerTable, OnCallFeedTable, OnCallSceneTable } from "../oncall/oncall.table.ts";
import type { ProjectTable } from "../projects/project.table.ts";
import type { ProjectSettingsTable } from "../settings/settings.table.ts";
import type {
  TransferRuleGroupTable,
  TransferRuleIncidentTable,
  TransferRuleTable,
} from "../transfer-rules/transfer-rule.table.ts";
import type { WarRoomFacetTable, WarRoomTable } from "../warrooms/warroom.table.ts";
import type { WebhookAttemptTable, WebhookDeliveryTable, WebhookTable } from "../webhooks/webhook.table.ts";
import { shareInstallation } from "./installation-lock.ts";
import { type QueryLog, registerPool } from "./observability.ts";
import { ARRAY_ROWS_MARK, NAMED_STATEMENT_MARK } from "./sql-marks.ts";
import { registerReaders, sqliteDialectWithReaders } from "./sqlite-read-dialect.ts";
import { sqliteReaders } from "./sqlite-readers.ts";
import { registerSqliteConnection, sqliteStatements } from "./sqlite-statements.ts";

export interface Database {
  projects: ProjectTable;
  tokens: TokenTable;
  access_keys: AccessKeyTable;
  signature_failures: SignatureFailureTable;
  seen_signatures: SeenSignatureTable;
  directory_users: DirectoryUserTable;
  applications: ApplicationTable;
  catalogue_entries: CatalogueEntryTable;
  counters: CounterTable;
  incidents: IncidentTable;
  incident_histories: IncidentHistoryTable;
  incident_facts: IncidentFactsTable;
  project_settings: ProjectSettingsTable;
  integrations: IntegrationTable;
  alarms: AlarmTable;
  alarm_incidents: AlarmIncidentTable;
  alarm_handle_requests: AlarmHandleRequestTable;
  warrooms: WarRoomTable;
  warroom_facets: WarRoomFacetTable;
  attachments: AttachmentTable;
  transfer_rules: TransferRuleTable;
  transfer_groups: TransferRuleGroupTable;
  transfer_incidents: TransferRuleIncidentTable;
  oncall_scenes: OnCallSceneTable;
  escalation_timers: EscalationTimerTable;
  user_logins: UserLoginTable;
  sessions: SessionTable;
  sign_in_failures: SignInFailureTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
  oncall_feeds: OnCallFeedTable;
  notification_rules: NotificationRuleTable;
}

export type Db = Kysely<Database>;

/** Every table, parents before children (copying and restoring go in this order). */
export const TABLES_IN_ORDER: readonly (keyof Database)[] = [
  "projects",
  "tokens",
  "access_keys",
  "signature_failures",
  "seen_signatures",
  "directory_users",
  "applications",
  "catalogue_entries",
  "project_settings",
  "counters",
  "incidents",
  "incident_histories",
  "incident_facts",
  "integrations",
  "alarms",
  "alarm_incidents",
  "alarm_handle_requests",
  "warrooms",
  "warroom_facets",
  "attachments",
  "transfer_rules",
  "transfer_groups",
  "transfer_incidents",
  "oncall_scenes",
  "escalation_timers",
  "user_logins",
  "sessions",
  "sign_in_failures",
  "webhooks",
  "webhook_deliveries",
  "webhook_attempts",
  "oncall_feeds",
  "notification_rules",
];

export type DatabaseOptions = (
  | {
      engine: "sqlite";
      path: string;
      synchronous: SqliteSynchronous;
      /** Hold the installation's shared lock while open, so restore cannot replace the file meanwhile. */
      lockInstallation?: boolean;
      /** Worker threads running the expensive reads (expensive-reads.ts); 1 when absent, 0 = none. */
      readWorkers?: number;
    }
  | {
      engine: "postgres";
      url: string;
      poolSize: number;
      /** Wait for a free connection before failing with a 503 (default 5 s). */
      connectTimeoutMs?: number;
      /** The server cancels a statement running longer than this (0 or absent = never). */
      statementTimeoutMs?: number;
      onPoolError?: (error: Error) => void;
    }
) & { log?: QueryLog };

export function sqlitePathFor(dataDir: string): string {
  return path.join(dataDir, "incidentd.db");
}

/** The storage engine the configuration selects: PostgreSQL when DATABASE_URL is set, else SQLite. */
export function databaseOptionsFrom(
  config: Config,
  onPoolError?: (error: Error) => void,
  log?: QueryLog,
): DatabaseOptions {
  return config.databaseUrl
    ? {
        engine: "postgres",
        url: config.databaseUrl,
        poolSize: config.pgPoolSize,
        connectTimeoutMs: config.pgConnectTimeoutMs,
        statementTimeoutMs: config.pgStatementTimeoutMs,
        onPoolError,
        log,
      }
    : {
        log,
        engine: "sqlite",
        path: sqlitePathFor(config.dataDir),
        synchronous: config.sqliteSynchronous,
        lockInstallation: true,
        readWorkers: config.sqliteReadWorkers,
      };
}

/**
 * Other local users read nothing: the directory is created 0700 and the database 0600 whatever the umask
 * (SQLite gives its -wal, -shm and -journal files the database file's mode). Files an older version left
 * readable by others are tightened.
 */
function privateDatabaseFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Created with fs only while absent: closing a descriptor of a file this process has open through
  // SQLite would drop its locks on it. chmod and stat work by path and open nothing.
  if (!fs.existsSync(file)) {
    try {
      fs.writeFileSync(file, "", { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  for (const existing of [file, `${file}-wal`, `${file}-shm`]) {
    const mode = fs.statSync(existing, { throwIfNoEntry: false })?.mode;
    if (mode !== undefined && (mode & 0o077) !== 0) fs.chmodSync(existing, mode & 0o700);
  }
}

export function openSqlite(file: string, synchronous: SqliteSynchronous): SqliteDatabase.Database {
  if (file !== ":memory:") privateDatabaseFile(file);
  const sqlite = new SqliteDatabase(file);
  // WAL + synchronous=FULL: a committed transaction is fsynced before the request is answered, so an
  // acknowledged write survives a process crash and a power loss (docs/storage.md).
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma(`synchronous = ${synchronous}`);
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  // LIKE is case-sensitive on PostgreSQL; the same filter must match the same incidents on both engines.
  sqlite.pragma("case_sensitive_like = ON");
  return sqlite;
}

const INT8_OID = 20;

const require = createRequire(import.meta.url);

/**
 * `pg` and its client subclass are loaded only when PostgreSQL is configured: a SQLite installation
 * (every CLI command on it, every server start) does not pay for loading them. `pg` is CommonJS, so a
 * synchronous require keeps `openDatabase` synchronous.
 */
let postgres: { pg: typeof pg; NamingClient: typeof pg.Client } | undefined;

function loadPostgres(): { pg: typeof pg; NamingClient: typeof pg.Client } {
  if (postgres) return postgres;
  const driver = require("pg") as typeof pg;
  /**
   * A client that sends marked SQL as a named statement: PostgreSQL parses and plans it once per
   * connection instead of on every request (Kysely's driver sends every query unnamed). The name is a
   * hash of the SQL, so one name never stands for two texts.
   */
  class NamingClient extends driver.Client {
    // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; only (text, values) is rewritten.
    override query(...args: any[]): any {
      const [text, values] = args;
      if (typeof text === "string" && text.startsWith(ARRAY_ROWS_MARK) && args.length <= 2)
        return super.query({ text, values, rowMode: "array" });
      if (typeof text === "string" && text.startsWith(NAMED_STATEMENT_MARK) && args.length <= 2) {
        const name = `p_${text.slice(NAMED_STATEMENT_MARK.length, NAMED_STATEMENT_MARK.length + 16)}`;
        return super.query({ name, text, values });
      }
      // biome-ignore lint/suspicious/noExplicitAny: forwarded as received.
      return (super.query as any)(...args);
    }
  }
  postgres = { pg: driver, NamingClient };
  return postgres;
}

function openPostgres(options: Extract<DatabaseOptions, { engine: "postgres" }>) {
  const { pg: driver, NamingClient } = loadPostgres();
  /** int8 (bigint) columns hold epoch milliseconds and counters: well inside Number's exact range. */
  const types = {
    getTypeParser: ((oid: number, format?: string) =>
      oid === INT8_OID
        ? (value: string) => Number(value)
        : driver.types.getTypeParser(oid, format as "text")) as typeof driver.types.getTypeParser,
  };
  const pool = new driver.Pool({
    Client: NamingClient,
    connectionString: options.url,
    max: options.poolSize,
    types,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    // Sent as a start-up parameter: the server itself cancels a runaway statement (SQLSTATE 57014), so
    // one slow query cannot hold a connection, and the requests queued behind it, for ever.
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // An idle client that loses its server (restart, failover) emits an error; without a listener the
  // process would crash. The pool drops the client and connects afresh on the next query.
  pool.on("error", (error) => options.onPoolError?.(error));
  return { dialect: new PostgresDialect({ pool }), pool };
}

/** The one place the storage engine is chosen and configured. */
export function openDatabase(options: DatabaseOptions): Db {
  if (options.engine === "postgres") {
    const { dialect, pool } = openPostgres(options);
    const db = new Kysely<Database>({ dialect, log: options.log });
    registerPool(db, pool);
    return db;
  }
  const lock = options.lockInstallation ? shareInstallation(path.dirname(options.path)) : undefined;
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = openSqlite(options.path, options.synchronous);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const statements = sqliteStatements(sqlite);
  const database = lock
    ? {
        ...statements,
        close: () => {
          statements.close();
          lock.release();
        },
      }
    : statements;
  // An in-memory database is this connection's alone: no worker can open it.
  const workers = options.path === ":memory:" ? 0 : (options.readWorkers ?? 1);
  const readers = workers > 0 ? sqliteReaders(options.path, workers) : undefined;
  const dialect = readers ? sqliteDialectWithReaders({ database }, readers) : new SqliteDialect({ database });
  const db = new Kysely<Database>({ dialect, log: options.log });
  registerSqliteConnection(db.getExecutor().adapter, sqlite, statements);
  if (readers) registerReaders(db, readers);
  return db;
}
