import { type Static, Type } from "@sinclair/typebox";
import type { AlarmLevel, AlarmReport } from "../alarm.ts";

const Labels = (description: string) => Type.Record(Type.String(), Type.String(), { description });

const PrometheusAlert = Type.Object({
  status: Type.String({ enum: ["firing", "resolved"] }),
  labels: Labels("The alert's labels; all are kept."),
  annotations: Type.Optional(Labels("The alert's annotations; all are kept.")),
  startsAt: Type.String({ format: "date-time", description: "RFC 3339." }),
  endsAt: Type.Optional(Type.String({ format: "date-time", description: "RFC 3339; the recovery time." })),
  generatorURL: Type.Optional(Type.String()),
  fingerprint: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 255,
      pattern: "^[A-Za-z0-9]+$",
      "x-reason": "must contain only letters and digits",
      description: "Alertmanager's id of the alert; becomes the alarm id.",
    }),
  ),
});

/** Alertmanager's webhook payload (version 4). Unknown fields are ignored. */
export const PrometheusEventBody = Type.Object({
  version: Type.Optional(Type.String()),
  groupKey: Type.Optional(Type.String()),
  truncatedAlerts: Type.Optional(Type.Integer({ minimum: 0 })),
  status: Type.Optional(Type.String({ enum: ["firing", "resolved"] })),
  receiver: Type.Optional(Type.String()),
  groupLabels: Type.Optional(Labels("Labels the group was formed by.")),
  commonLabels: Type.Optional(Labels("Labels all alerts share.")),
  commonAnnotations: Type.Optional(Labels("Annotations all alerts share.")),
  externalURL: Type.Optional(Type.String()),
  alerts: Type.Array(PrometheusAlert),
});
export type PrometheusEventBody = Static<typeof PrometheusEventBody>;
type PrometheusAlert = Static<typeof PrometheusAlert>;

export const PROMETHEUS_EVENT_FIELDS = Object.keys(PrometheusEventBody.properties);

const FNV_OFFSET = 14695981039346656037n;
const FNV_PRIME = 1099511628211n;
const MASK = 0xffffffffffffffffn;

/**
 * Alertmanager's fingerprint of a label set (prometheus/common model.labelSetToFingerprint): FNV-1a 64
 * over the sorted names, each name and value followed by the byte 0xff, as 16 hex digits. Used when an
 * alert comes without `fingerprint` (Alertmanager before 0.19), so it gets the id Alertmanager would give.
 */
export function labelsFingerprint(labels: Record<string, string>): string {
  let hash = FNV_OFFSET;
  const add = (bytes: Uint8Array) => {
    for (const byte of bytes) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK;
  };
  const separator = Uint8Array.of(0xff);
  const encoder = new TextEncoder();
  // Label names are ASCII ([a-zA-Z_][a-zA-Z0-9_]*), so UTF-16 order is Go's byte order.
  for (const name of Object.keys(labels).sort()) {
    add(encoder.encode(name));
    add(separator);
    add(encoder.encode(labels[name]));
    add(separator);
  }
  return hash.toString(16).padStart(16, "0");
}

/** labels.severity → COC level; anything unrecognised (or no severity) is Major. */
const SEVERITY_LEVELS: Record<string, AlarmLevel> = {
  critical: "Critical",
  fatal: "Critical",
  emergency: "Critical",
  error: "Major",
  major: "Major",
  high: "Major",
  warning: "Minor",
  warn: "Minor",
  minor: "Minor",
  medium: "Minor",
  info: "Info",
  informational: "Info",
  notice: "Info",
  low: "Info",
  none: "Info",
};

export function severityToLevel(severity: string | undefined): AlarmLevel {
  return SEVERITY_LEVELS[(severity ?? "").trim().toLowerCase()] ?? "Major";
}

const nonEmpty = (value: string | undefined) => (value === undefined || value === "" ? null : value);

/** Alertmanager's "no end" (0001-01-01T00:00:00Z) and unparsable times are no recovery time. */
function recoveryTimeOf(alert: PrometheusAlert, now: number): number {
  const endsAt = alert.endsAt === undefined ? Number.NaN : Date.parse(alert.endsAt);
  return Number.isFinite(endsAt) && endsAt > 0 ? endsAt : now;
}

/** Each alert of the payload is one report (mapping table in docs/alarms.md). */
export function prometheusEventToReports(body: PrometheusEventBody, now: number): AlarmReport[] {
  return body.alerts.map((alert) => {
    const { labels } = alert;
    const annotations = alert.annotations ?? {};
    const alarmId = alert.fingerprint ?? labelsFingerprint(labels);
    const firing = alert.status === "firing";
    return {
      alarmId,
      firing,
      time: firing ? Date.parse(alert.startsAt) : recoveryTimeOf(alert, now),
      name: nonEmpty(labels.alertname) ?? `Prometheus alert ${alarmId}`,
      level: severityToLevel(labels.severity),
      description: nonEmpty(annotations.description) ?? annotations.summary ?? "",
      nameSpace: nonEmpty(labels.namespace),
      regionId: nonEmpty(labels.region),
      applicationId: nonEmpty(labels.application) ?? nonEmpty(labels.app),
      resourceName: nonEmpty(labels.instance),
      resourceId: null,
      url: nonEmpty(alert.generatorURL),
      alarmSource: "prometheus",
      additional: {
        labels,
        annotations,
        startsAt: alert.startsAt,
        endsAt: alert.endsAt ?? null,
        generatorURL: alert.generatorURL ?? null,
        receiver: body.receiver ?? null,
        groupKey: body.groupKey ?? null,
        externalURL: body.externalURL ?? null,
      },
    };
  });
}
