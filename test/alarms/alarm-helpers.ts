import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LightMyRequestResponse } from "fastify";
import type { Config } from "../../src/config.ts";
import { type Harness, testConfig } from "../../testkit/harness.ts";
import { createTestSchema, ENGINE } from "../../testkit/test-database.ts";

export async function createIntegrationVia(
  h: Harness,
  kind: "custom" | "prometheus",
  token = h.tokens.admin,
): Promise<{ id: string; key: string }> {
  const res = await h.request({
    method: "POST",
    url: "/incidentd/v1/integrations",
    token,
    payload: { name: `${kind} source`, kind },
  });
  if (res.statusCode !== 200) throw new Error(`integration create failed: ${res.statusCode} ${res.body}`);
  const data = res.json().data;
  return { id: data.id, key: data.integration_key };
}

export function postCustom(h: Harness, key: string, payload: unknown): Promise<LightMyRequestResponse> {
  return h.request({
    method: "POST",
    url: `/v1/event/huawei/custom/${key}`,
    token: null,
    headers: { "content-type": "application/json; charset=utf-8" },
    payload: payload as Record<string, unknown>,
  });
}

export function postPrometheus(h: Harness, key: string, payload: unknown): Promise<LightMyRequestResponse> {
  return h.request({
    method: "POST",
    url: `/v1/event/prometheus/${key}`,
    token: null,
    payload: payload as Record<string, unknown>,
  });
}

export async function getAlarm(h: Harness, alarmId: string, token = h.tokens.reader) {
  return h.request({ method: "GET", url: `/v1/alarm-mgmt/alarm/${alarmId}`, token });
}

export const ACCEPTED = {
  error_code: "COC.00000000",
  error_msg: "success",
  data: null,
  provider_code: "049",
};
export const KEY_REFUSED = {
  error_code: "common.01010001",
  error_msg: "Token missing or invalid.",
  data: null,
  provider_code: "049",
};

/** A fresh installation (SQLite file, or a PostgreSQL schema) for the CLI, which opens it itself. */
export async function cliInstallation(): Promise<{ config: Config; remove: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "incidentd-alarms-"));
  const schema = ENGINE === "postgres" ? await createTestSchema() : undefined;
  return {
    config: testConfig({ dataDir: dir, databaseUrl: schema?.url }),
    async remove() {
      rmSync(dir, { recursive: true, force: true });
      await schema?.drop();
    },
  };
}
