import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { ConfigError, loadConfig } from "../../src/config.ts";

describe("configuration from the environment", () => {
  it("has working defaults", () => {
    const config = loadConfig({});
    assert.equal(config.port, 8080);
    assert.equal(config.host, "127.0.0.1");
    assert.equal(config.dataDir, path.resolve("./data"));
    assert.equal(config.bodyLimitBytes, 1024 * 1024);
    assert.equal(config.sqliteSynchronous, "FULL");
    assert.equal(config.pathPrefix, "");
  });

  it("reads every documented variable", () => {
    const config = loadConfig({
      PORT: "9000",
      HOST: "0.0.0.0",
      INCIDENTD_DATA_DIR: "/tmp/x",
      INCIDENTD_PATH_PREFIX: "/coc/",
      INCIDENTD_BODY_LIMIT: "2048",
      INCIDENTD_SQLITE_SYNCHRONOUS: "normal",
      LOG_LEVEL: "warn",
      INCIDENTD_AUTH_CACHE_MS: "0",
      INCIDENTD_BOOTSTRAP_PROJECT_ID: "p1",
      INCIDENTD_BOOTSTRAP_TOKEN: "t".repeat(20),
      INCIDENTD_BOOTSTRAP_ADMIN_USER: "root",
      INCIDENTD_BOOTSTRAP_ADMIN_PASSWORD: "p".repeat(12),
    });
    assert.deepEqual(
      [
        config.port,
        config.host,
        config.dataDir,
        config.pathPrefix,
        config.bodyLimitBytes,
        config.sqliteSynchronous,
      ],
      [9000, "0.0.0.0", "/tmp/x", "/coc", 2048, "NORMAL"],
    );
    assert.equal(config.logLevel, "warn");
    assert.equal(config.authCacheMs, 0);
    assert.deepEqual(config.bootstrap, {
      projectId: "p1",
      token: "t".repeat(20),
      accessKey: undefined,
      secretKey: undefined,
      adminUser: "root",
      adminPassword: "p".repeat(12),
    });
  });

  it("reads the connection limits", () => {
    const defaults = loadConfig({}).limits;
    assert.deepEqual([defaults.maxConnectionsPerClient, defaults.idleUnderPressureMs], [256, 5000]);
    const limits = loadConfig({
      INCIDENTD_MAX_CONNECTIONS_PER_CLIENT: "0",
      INCIDENTD_IDLE_UNDER_PRESSURE_MS: "2000",
    }).limits;
    assert.deepEqual([limits.maxConnectionsPerClient, limits.idleUnderPressureMs], [0, 2000]);
  });

  it("reads ListIncidents' contain_all bound (INCIDENTD_LIST_ALL_MAX, default 1000)", () => {
    assert.equal(loadConfig({}).limits.listAllMax, 1000);
    assert.equal(loadConfig({ INCIDENTD_LIST_ALL_MAX: "5000" }).limits.listAllMax, 5000);
    assert.throws(
      () => loadConfig({ INCIDENTD_LIST_ALL_MAX: "0" }),
      /INCIDENTD_LIST_ALL_MAX must be between/,
    );
  });

  it("reads the status counts' cap (INCIDENTD_STATUS_COUNT_CAP, default 10000)", () => {
    assert.equal(loadConfig({}).limits.statusCountCap, 10_000);
    assert.equal(loadConfig({ INCIDENTD_STATUS_COUNT_CAP: "500" }).limits.statusCountCap, 500);
    assert.throws(
      () => loadConfig({ INCIDENTD_STATUS_COUNT_CAP: "0" }),
      /INCIDENTD_STATUS_COUNT_CAP must be between/,
    );
  });

  it("reads PostgreSQL's pool size and timeouts (defaults 10 connections, 5 s, 30 s)", () => {
    const defaults = loadConfig({});
    assert.deepEqual(
      [defaults.pgPoolSize, defaults.pgConnectTimeoutMs, defaults.pgStatementTimeoutMs],
      [10, 5000, 30_000],
    );
    const set = loadConfig({
      INCIDENTD_PG_POOL_SIZE: "20",
      INCIDENTD_PG_CONNECT_TIMEOUT_MS: "1500",
      INCIDENTD_PG_STATEMENT_TIMEOUT_MS: "0",
    });
    assert.deepEqual([set.pgPoolSize, set.pgConnectTimeoutMs, set.pgStatementTimeoutMs], [20, 1500, 0]);
  });

  for (const [env, message] of [
    [{ INCIDENTD_PG_CONNECT_TIMEOUT_MS: "10" }, /INCIDENTD_PG_CONNECT_TIMEOUT_MS must be between/],
    [{ INCIDENTD_PG_STATEMENT_TIMEOUT_MS: "-5" }, /INCIDENTD_PG_STATEMENT_TIMEOUT_MS must be an integer/],
    [{ PORT: "eighty" }, /PORT must be an integer/],
    [{ PORT: "70000" }, /PORT must be between 0 and 65535/],
    [{ INCIDENTD_BODY_LIMIT: "10" }, /INCIDENTD_BODY_LIMIT must be between/],
    [{ INCIDENTD_SQLITE_SYNCHRONOUS: "OFF" }, /INCIDENTD_SQLITE_SYNCHRONOUS must be/],
    [{ INCIDENTD_PATH_PREFIX: "no-slash" }, /INCIDENTD_PATH_PREFIX must start with/],
    [
      { INCIDENTD_MAX_CONNECTIONS_PER_CLIENT: "-1" },
      /INCIDENTD_MAX_CONNECTIONS_PER_CLIENT must be an integer/,
    ],
    [{ INCIDENTD_IDLE_UNDER_PRESSURE_MS: "0" }, /INCIDENTD_IDLE_UNDER_PRESSURE_MS must be between/],
  ] as const) {
    it(`rejects ${JSON.stringify(env)} with a message naming the variable`, () => {
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
      );
    });
  }
});
