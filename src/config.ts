import path from "node:path";
import { DEFAULT_SCRYPT_COST } from "./auth/passwords.ts";

export type SqliteSynchronous = "FULL" | "NORMAL" | "EXTRA";

export interface Config {
  host: string;
  port: number;
  /** Directory holding the SQLite database (and, later, key files). */
  dataDir: string;
  /** `postgres://…` selects PostgreSQL; absent keeps the embedded SQLite database. */
  databaseUrl?: string;
  pgPoolSize: number;
  /** How long a request waits for a free PostgreSQL connection (or a new one to open) before its 503. */
  pgConnectTimeoutMs: number;
  /** PostgreSQL cancels any one statement running longer than this (0 = never); the request gets 503. */
  pgStatementTimeoutMs: number;
  /** Path prefix the service is mounted under, e.g. `/coc`; empty for none. */
  pathPrefix: string;
  bodyLimitBytes: number;
  logLevel: string;
  sqliteSynchronous: SqliteSynchronous;
  /** Worker threads running SQLite's expensive reads (searches) off the main thread; 0 = none. */
  sqliteReadWorkers: number;
  /** Encrypts access keys' secrets at rest; else a key file in the data directory (SQLite only). */
  masterKey?: string;
  /** INCIDENTD_BACKUP_PASSPHRASE: protects the master key inside backups (and opens it on restore). */
  backupPassphrase?: string;
  /** How long a verified token stays cached in memory before it is looked up again. */
  authCacheMs: number;
  /**
   * INCIDENTD_METRICS_PORT / INCIDENTD_METRICS_HOST: a second listener serving GET /metrics without
   * credentials (docs/observability.md); absent: /metrics only on the API port, with a credential.
   */
  metrics: { port?: number; host: string };
  /**
   * OpenTelemetry traces, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (docs/observability.md#traces);
   * the SDK reads the other OTEL_* variables itself.
   */
  tracing: { otlpEndpoint?: string; otlpProtocol: "http/protobuf" | "http/json"; serviceName: string };
  limits: {
    /** Requests per second per credential on this node (0 = unlimited), and the burst allowed above it. */
    ratePerSecond: number;
    rateBurst: number;
    /** The whole request (headers and body) must arrive within this; slower clients get 408. */
    requestTimeoutMs: number;
    /** Headers larger than this are answered 431. */
    maxHeaderBytes: number;
    /** Connections beyond this are refused (0 = unlimited). */
    maxConnections: number;
    /** Connections one client address (an IPv6 /64) may hold at once; more are refused (0 = unlimited). */
    maxConnectionsPerClient: number;
    /** Above half of `maxConnections`, connections idle this long are closed (instead of after 72 s). */
    idleUnderPressureMs: number;
    /** List, history and export requests running at once per credential (0 = unlimited); more get 429. */
    searchConcurrency: number;
    /** The most incidents one ListIncidents answer with contain_all may hold (INCIDENTD_LIST_ALL_MAX). */
    listAllMax: number;
    /**
     * The status counts (CountIncidentsByStatus) are exact up to this many, then answered as "more than"
     * (INCIDENTD_STATUS_COUNT_CAP): each count reads at most this many index entries.
     */
    statusCountCap: number;
    /**
     * Bytes of recent list and status-count answers kept for reuse while the data is unchanged
     * (INCIDENTD_ANSWER_CACHE_MB; 0 = none): http/answer-cache.ts.
     */
    answerCacheBytes: number;
  };
  /** log2 of scrypt's N for new password hashes (INCIDENTD_PASSWORD_SCRYPT_COST; 15 = 32 MiB each). */
  passwordScryptCost: number;
  /** People's sign-in sessions (docs/security.md, Sessions). */
  sessions: {
    /** A session unused this long ends (INCIDENTD_SESSION_IDLE_MINUTES). */
    idleMs: number;
    /** A session ends this long after sign-in however active (INCIDENTD_SESSION_ABSOLUTE_MINUTES). */
    absoluteMs: number;
    /** Sign-in attempts per minute one source address may make, in bursts of as many (0 = unlimited). */
    signInPerMinute: number;
  };
  webhooks: {
    /** May webhooks be sent to private and loopback addresses (metadata addresses never are)? */
    allowPrivate: boolean;
    /** A subscription whose every attempt has failed for this long is disabled. */
    disableAfterHours: number;
    /** The incident's page for chat messages, `{incident_num}` replaced (INCIDENTD_INCIDENT_LINK). */
    incidentLink?: string;
    /** The SMTP server e-mail subscriptions are sent through (INCIDENTD_SMTP_URL, smtp:// or smtps://). */
    smtpUrl?: string;
    /** The From of those e-mails (INCIDENTD_SMTP_FROM). */
    smtpFrom: string;
  };
  bootstrap: {
    projectId?: string;
    token?: string;
    accessKey?: string;
    secretKey?: string;
    /** The first admin user's id (default "admin") and, for automated set-ups, its password. */
    adminUser?: string;
    adminPassword?: string;
  };
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "false") return raw === "true";
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function optional(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw === "" ? undefined : raw;
}

function normalisePrefix(raw: string | undefined): string {
  if (!raw || raw === "/") return "";
  const trimmed = raw.replace(/\/+$/, "");
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(trimmed)) {
    throw new ConfigError(
      `INCIDENTD_PATH_PREFIX must start with "/" and contain only URL path characters, got "${raw}"`,
    );
  }
  return trimmed;
}

function databaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw))
    throw new ConfigError("DATABASE_URL must start with postgres:// or postgresql://");
  return raw;
}

function limitsFrom(env: Env): Config["limits"] {
  const ratePerSecond = intVar(env, "INCIDENTD_RATE_LIMIT", 1000, 0, 1_000_000);
  return {
    ratePerSecond,
    rateBurst: intVar(env, "INCIDENTD_RATE_BURST", Math.max(1, ratePerSecond * 2), 1, 10_000_000),
    requestTimeoutMs: intVar(env, "INCIDENTD_REQUEST_TIMEOUT_MS", 30_000, 100, 3_600_000),
    maxHeaderBytes: intVar(env, "INCIDENTD_MAX_HEADER_BYTES", 16 * 1024, 1024, 1024 * 1024),
    maxConnections: intVar(env, "INCIDENTD_MAX_CONNECTIONS", 10_000, 0, 1_000_000),
    maxConnectionsPerClient: intVar(env, "INCIDENTD_MAX_CONNECTIONS_PER_CLIENT", 256, 0, 1_000_000),
    idleUnderPressureMs: intVar(env, "INCIDENTD_IDLE_UNDER_PRESSURE_MS", 5000, 10, 600_000),
    searchConcurrency: intVar(env, "INCIDENTD_SEARCH_CONCURRENCY", 4, 0, 10_000),
    listAllMax: intVar(env, "INCIDENTD_LIST_ALL_MAX", 1000, 1, 100_000),
    statusCountCap: intVar(env, "INCIDENTD_STATUS_COUNT_CAP", 10_000, 1, 1_000_000),
    answerCacheBytes: intVar(env, "INCIDENTD_ANSWER_CACHE_MB", 32, 0, 4096) * 1024 * 1024,
  };
}

function tracingFrom(env: Env): Config["tracing"] {
  const protocol =
    optional(env, "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") ?? optional(env, "OTEL_EXPORTER_OTLP_PROTOCOL");
  if (protocol !== undefined && protocol !== "http/protobuf" && protocol !== "http/json")
    throw new ConfigError(
      `OTEL_EXPORTER_OTLP_PROTOCOL must be http/protobuf or http/json, got "${protocol}"`,
    );
  return {
    otlpEndpoint: optional(env, "OTEL_EXPORTER_OTLP_ENDPOINT"),
    otlpProtocol: protocol ?? "http/protobuf",
    serviceName: optional(env, "OTEL_SERVICE_NAME") ?? "incidentd",
  };
}

/** Parses the whole configuration once, at start-up; nothing else reads the environment. */
export function loadConfig(env: Env = process.env): Config {
  const sync = (optional(env, "INCIDENTD_SQLITE_SYNCHRONOUS") ?? "FULL").toUpperCase();
  if (sync !== "FULL" && sync !== "NORMAL" && sync !== "EXTRA") {
    throw new ConfigError(`INCIDENTD_SQLITE_SYNCHRONOUS must be FULL, EXTRA or NORMAL, got "${sync}"`);
  }
  return {
    host: optional(env, "HOST") ?? "127.0.0.1",
    port: intVar(env, "PORT", 8080, 0, 65535),
    dataDir: path.resolve(optional(env, "INCIDENTD_DATA_DIR") ?? "./data"),
    databaseUrl: databaseUrl(optional(env, "DATABASE_URL")),
    pgPoolSize: intVar(env, "INCIDENTD_PG_POOL_SIZE", 10, 1, 1000),
    pgConnectTimeoutMs: intVar(env, "INCIDENTD_PG_CONNECT_TIMEOUT_MS", 5000, 100, 600_000),
    pgStatementTimeoutMs: intVar(env, "INCIDENTD_PG_STATEMENT_TIMEOUT_MS", 30_000, 0, 3_600_000),
    pathPrefix: normalisePrefix(optional(env, "INCIDENTD_PATH_PREFIX")),
    bodyLimitBytes: intVar(env, "INCIDENTD_BODY_LIMIT", 1024 * 1024, 1024, 64 * 1024 * 1024),
    logLevel: optional(env, "LOG_LEVEL") ?? "info",
    sqliteSynchronous: sync,
    sqliteReadWorkers: intVar(env, "INCIDENTD_SQLITE_READ_WORKERS", 1, 0, 16),
    masterKey: optional(env, "INCIDENTD_MASTER_KEY"),
    backupPassphrase: optional(env, "INCIDENTD_BACKUP_PASSPHRASE"),
    authCacheMs: intVar(env, "INCIDENTD_AUTH_CACHE_MS", 2000, 0, 60_000),
    metrics: {
      port:
        optional(env, "INCIDENTD_METRICS_PORT") === undefined
          ? undefined
          : intVar(env, "INCIDENTD_METRICS_PORT", 0, 0, 65535),
      host: optional(env, "INCIDENTD_METRICS_HOST") ?? "127.0.0.1",
    },
    limits: limitsFrom(env),
    tracing: tracingFrom(env),
    passwordScryptCost: intVar(env, "INCIDENTD_PASSWORD_SCRYPT_COST", DEFAULT_SCRYPT_COST, 14, 20),
    sessions: {
      idleMs: intVar(env, "INCIDENTD_SESSION_IDLE_MINUTES", 12 * 60, 1, 366 * 24 * 60) * 60_000,
      absoluteMs: intVar(env, "INCIDENTD_SESSION_ABSOLUTE_MINUTES", 7 * 24 * 60, 1, 366 * 24 * 60) * 60_000,
      signInPerMinute: intVar(env, "INCIDENTD_SIGN_IN_PER_MINUTE", 60, 0, 1_000_000),
    },
    webhooks: {
      allowPrivate: boolVar(env, "INCIDENTD_WEBHOOK_ALLOW_PRIVATE", true),
      disableAfterHours: intVar(env, "INCIDENTD_WEBHOOK_DISABLE_AFTER_HOURS", 24, 1, 24 * 365),
      incidentLink: optional(env, "INCIDENTD_INCIDENT_LINK"),
      smtpUrl: optional(env, "INCIDENTD_SMTP_URL"),
      smtpFrom: optional(env, "INCIDENTD_SMTP_FROM") ?? "incidentd <incidentd@localhost>",
    },
    bootstrap: {
      projectId: optional(env, "INCIDENTD_BOOTSTRAP_PROJECT_ID"),
      token: optional(env, "INCIDENTD_BOOTSTRAP_TOKEN"),
      accessKey: optional(env, "INCIDENTD_BOOTSTRAP_ACCESS_KEY"),
      secretKey: optional(env, "INCIDENTD_BOOTSTRAP_SECRET_KEY"),
      adminUser: optional(env, "INCIDENTD_BOOTSTRAP_ADMIN_USER"),
      adminPassword: optional(env, "INCIDENTD_BOOTSTRAP_ADMIN_PASSWORD"),
    },
  };
}
