// Alarm bodies as monitoring tools send them: COC custom events and Alertmanager webhooks.

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
