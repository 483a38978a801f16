import { randomInt } from "node:crypto";

export const INTEGRATION_KINDS = ["custom", "prometheus"] as const;
export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];

export function isIntegrationKind(value: string): value is IntegrationKind {
  return (INTEGRATION_KINDS as readonly string[]).includes(value);
}

/** An alarm source of a project: whoever holds its key may report alarms of its kind, and nothing else. */
export interface Integration {
  id: string;
  projectId: string;
  name: string;
  kind: IntegrationKind;
  enabled: boolean;
  keyHint: string;
  createdAt: number;
}

const KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const KEY_LENGTH = 32;
const KEY_SHAPE = /^[A-Za-z0-9]{32}$/;

/**
 * COC's integration keys are 32 letters and digits (ReportCustomEvent). From a CSPRNG that is ~190 bits:
 * unguessable, so a plain SHA-256 of it is a safe stored form (like tokens, docs/security.md).
 */
export function generateIntegrationKey(): string {
  return Array.from({ length: KEY_LENGTH }, () => KEY_ALPHABET.charAt(randomInt(KEY_ALPHABET.length))).join(
    "",
  );
}

export function isIntegrationKeyShaped(key: string): boolean {
  return KEY_SHAPE.test(key);
}

/** The intake route of each kind; the key goes in place of `{integration_key}`. */
export const EVENT_PATHS: Record<IntegrationKind, string> = {
  custom: "/v1/event/huawei/custom/{integration_key}",
  prometheus: "/v1/event/prometheus/{integration_key}",
};

export function eventPathFor(kind: IntegrationKind, key: string, pathPrefix = ""): string {
  return pathPrefix + EVENT_PATHS[kind].replace("{integration_key}", key);
}

const KEY_IN_PATH = /(\/v1\/event\/(?:huawei\/custom|prometheus)\/)[^/?#]+/;

/** Intake URLs carry the integration key: logs show the route, never the key. */
export function redactIntegrationKey(url: string): string {
  return url.replace(KEY_IN_PATH, "$1***");
}
