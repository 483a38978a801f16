import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { refusedAddress } from "./webhook-address.ts";

/** Outbound limits (docs/notifications.md: safety settings). */
export const CONNECT_TIMEOUT_MS = 5_000;
export const TOTAL_TIMEOUT_MS = 10_000;
export const MAX_RESPONSE_BYTES = 64 * 1024;
export const EXCERPT_BYTES = 1024;

export interface SendResult {
  statusCode: number | null;
  /** The first kilobyte of the response body (UTF-8, cut at a character boundary). */
  excerpt: string | null;
  error: string | null;
  latencyMs: number;
  /** Set by senders whose success is not an HTTP status (e-mail: the SMTP server accepted it). */
  delivered?: boolean;
}

export interface SendRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  allowPrivate: boolean;
  /** Keep-alive agents to reuse connections with (a new connection per request without). */
  agents?: { http: http.Agent; https: https.Agent };
}

/** Agents that keep connections to receivers open between deliveries (a dispatcher holds one pair). */
export function keepAliveAgents(): { http: http.Agent; https: https.Agent } {
  const options = { keepAlive: true, maxSockets: 16, timeout: TOTAL_TIMEOUT_MS };
  return { http: new http.Agent(options), https: new https.Agent(options) };
}

class RefusedAddress extends Error {}

/** Resolves as usual, then refuses the connection if any address the name resolves to is refused. */
function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, "", 0);
      for (const { address } of addresses) {
        const refused = refusedAddress(address, allowPrivate);
        if (refused) return callback(new RefusedAddress(`${hostname} resolves to ${refused}`), "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      if (!first) return callback(new Error(`${hostname} has no address`), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

function excerptOf(chunks: Buffer[]): string | null {
  const all = Buffer.concat(chunks);
  if (all.length === 0) return null;
  // Decoding a cut multi-byte character yields U+FFFD at the end: drop it.
  return all
    .subarray(0, EXCERPT_BYTES)
    .toString("utf8")
    .replace(/\uFFFD+$/, "");
}

/**
 * POSTs one delivery: connect within 5 s, the whole exchange within 10 s, no redirect followed (a 3xx is
 * an answer like any other non-2xx), at most 64 kB of the answer read; the addresses a name resolves to are
 * checked against the refused ones before connecting. Never throws: failures are results.
 */
export function sendWebhook(request: SendRequest, now: () => number = Date.now): Promise<SendResult> {
  const started = now();
  const done = (partial: Omit<SendResult, "latencyMs">): SendResult => ({
    ...partial,
    latencyMs: Math.max(0, now() - started),
  });
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return resolve(done({ statusCode: null, excerpt: null, error: "invalid URL" }));
    }
    const host = url.hostname.replace(/^\[|\]$/g, "");
    // A literal address is connected to without any lookup: check it here.
    const refused = isIP(host) !== 0 ? refusedAddress(host, request.allowPrivate) : null;
    if (refused) return resolve(done({ statusCode: null, excerpt: null, error: `refused: ${refused}` }));
    const secure = url.protocol === "https:";
    const client = secure ? https : http;
    let settled = false;
    // A fully read answer leaves the connection to the agent (kept alive); anything else closes it.
    const finish = (result: Omit<SendResult, "latencyMs">, complete = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      if (!complete) req.destroy();
      resolve(done(result));
    };
    const req = client.request(url, {
      method: "POST",
      headers: {
        ...request.headers,
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(request.body)),
        "user-agent": "incidentd-webhooks",
      },
      lookup: checkedLookup(request.allowPrivate),
      agent: (secure ? request.agents?.https : request.agents?.http) ?? false,
    });
    const total = setTimeout(
      () => finish({ statusCode: null, excerpt: null, error: `no answer within ${TOTAL_TIMEOUT_MS} ms` }),
      TOTAL_TIMEOUT_MS,
    );
    req.on("socket", (socket) => {
      // A kept-alive socket is connected already.
      if (!socket.connecting) return;
      const connect = setTimeout(
        () =>
          finish({ statusCode: null, excerpt: null, error: `no connection within ${CONNECT_TIMEOUT_MS} ms` }),
        CONNECT_TIMEOUT_MS,
      );
      socket.once(secure ? "secureConnect" : "connect", () => clearTimeout(connect));
      socket.once("close", () => clearTimeout(connect));
    });
    req.on("error", (err) => {
      const reason = err instanceof RefusedAddress ? `refused: ${err.message}` : err.message;
      finish({ statusCode: null, excerpt: null, error: reason });
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let read = 0;
      const statusCode = res.statusCode ?? null;
      res.on("data", (chunk: Buffer) => {
        if (read >= MAX_RESPONSE_BYTES) return;
        chunks.push(chunk.subarray(0, MAX_RESPONSE_BYTES - read));
        read += chunk.length;
        if (read >= MAX_RESPONSE_BYTES) finish({ statusCode, excerpt: excerptOf(chunks), error: null });
      });
      res.on("end", () => finish({ statusCode, excerpt: excerptOf(chunks), error: null }, true));
      res.on("error", (err) => finish({ statusCode, excerpt: excerptOf(chunks), error: err.message }));
    });
    req.end(request.body);
  });
}
