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

/** The intake route of each kind that takes the key as `Authorization: Bearer <key>` instead. */
export function bearerEventPathFor(kind: IntegrationKind, pathPrefix = ""): string {
  return pathPrefix + EVENT_PATHS[kind].replace("/{integration_key}", "");
}

/** Route parameters that are credentials: intake keys, and on-call feed tokens (docs/oncall.md). */
const SECRET_PARAM = /:(?:integration_key|feed_token)(?![A-Za-z0-9_])/g;
/** A run of letters and digits as long as a key (a key with more glued on is still masked). */
const KEY_SHAPED_RUN = /[A-Za-z0-9]{32,}/g;

/** Decodes the valid percent-escapes of a URL (up to three rounds, so double encoding is seen through). */
function decodeLeniently(url: string): string {
  let decoded = url;
  for (let round = 0; round < 3; round++) {
    const next = decoded.replace(/(?:%[0-9A-Fa-f]{2})+/g, (escapes) => {
      try {
        return decodeURIComponent(escapes);
      } catch {
        return escapes;
      }
    });
    if (next === decoded) break;
    decoded = next;
  }
  return decoded;
}

export interface LoggedUrl {
  /** The URL as received: percent-escapes kept, with the query. */
  url: string;
  /** The route the router matched it to (with the path prefix), if it matched one. */
  route: string | undefined;
}

/**
 * The URL a log line shows. Intake URLs carry the integration key (on-call feed URLs their token), and
 * the router accepts it in any percent-encoding (`/v1/event/%70rometheus/<key>`), so redaction cannot follow the URL's text: a request
 * routed to a route with a key parameter is logged as its route with that parameter masked
 * (`/v1/event/prometheus/***`, query dropped). A request that matched no route (a 404, a malformed URL)
 * has no decoded parameters to go by: every run of 32 or more letters and digits in its decoded URL is
 * masked, so a key in a mistyped intake path does not reach the log either.
 */
export function redactIntegrationKey({ url, route }: LoggedUrl): string {
  if (route !== undefined) {
    const masked = route.replace(SECRET_PARAM, "***");
    return masked === route ? url : masked;
  }
  const decoded = decodeLeniently(url);
  const masked = decoded.replace(KEY_SHAPED_RUN, "***");
  return masked === decoded ? url : masked;
}
