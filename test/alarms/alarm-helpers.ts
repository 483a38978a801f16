import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LightMyRequestResponse } from "fastify";
import type { Config } from "../../src/config.ts";
import { type Harness, testConfig } from "../helpers/harness.ts";
import { createTestSchema, ENGINE } from "../helpers/test-database.ts";

/** The documented ReportCustomEvent example (COC API reference). */
export function customEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    alarmId: "18cfxxxxxxxxxx0f8",
    alarmName: "Cpu 使用超额预警",
    alarmLevel: "Critical",
    time: 1709118444540,
    nameSpace: "shanghai",
    regionId: "cn-north-4",
    applicationId: "18cfa0a5ef8d",
    resourceName: "machine-1",
    resourceId: "18cxxxxxxxxxxxxff68625",
    alarmDesc: "string",
    URL: "https://xxx.com",
    alarmStatus: "alarm",
    alarmSource: "coc",
    additional: {},
    ...overrides,
  };
}

export interface AlertOptions {
  status?: "firing" | "resolved";
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  startsAt?: string;
  endsAt?: string;
  fingerprint?: string | null;
}

export function alert(options: AlertOptions = {}): Record<string, unknown> {
  const status = options.status ?? "firing";
  const result: Record<string, unknown> = {
    status,
    labels: options.labels ?? {
      alertname: "HighCPU",
      severity: "critical",
      instance: "node-1:9100",
      namespace: "prod",
      app: "checkout",
    },
    annotations: options.annotations ?? { summary: "CPU high", description: "CPU above 90% for 5m" },
    startsAt: options.startsAt ?? "2024-03-18T13:00:00.123456789Z",
    endsAt: options.endsAt ?? (status === "firing" ? "0001-01-01T00:00:00Z" : "2024-03-18T13:30:00Z"),
    generatorURL: "http://prometheus:9090/graph?g0.expr=cpu",
  };
  if (options.fingerprint !== null) result.fingerprint = options.fingerprint ?? "a1b2c3d4e5f60718";
  return result;
}

/** An Alertmanager (version 4) webhook payload around the given alerts. */
export function alertmanagerPayload(alerts: Record<string, unknown>[]): Record<string, unknown> {
  return {
    version: "4",
    groupKey: '{}:{alertname="HighCPU"}',
    truncatedAlerts: 0,
    status: alerts.some((a) => a.status === "firing") ? "firing" : "resolved",
    receiver: "incidentd",
    groupLabels: { alertname: "HighCPU" },
    commonLabels: { alertname: "HighCPU" },
    commonAnnotations: {},
    externalURL: "http://alertmanager:9093",
    alerts,
  };
}

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
