import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * SDK-HMAC-SHA256, as Huawei Cloud's SDKs sign requests (the SDK core's AKSKSigner). The same functions sign (the
 * CLI, tests) and verify (the server), so both sides compute one canonical request.
 */
export const ALGORITHM = "SDK-HMAC-SHA256";
export const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/** What the SDK declares for bodies it does not hash (multipart uploads: the boundary is not known yet). */
export const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
export const CONTENT_SHA256_HEADER = "x-sdk-content-sha256";

export interface SignableRequest {
  method: string;
  /** The path as sent on the request line (percent-escapes kept), without the query. */
  path: string;
  /** The raw query string without `?` ("" for none). */
  query: string;
  /** Header values by lower-case name. */
  headers: Record<string, string | undefined>;
  /** Raw body bytes as sent (empty for none). */
  body: Buffer | string;
}

export const sha256Hex = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/** RFC 3986 unreserved characters stay; every other UTF-8 byte becomes %XX (upper-case hex). */
export function encodeSegment(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function canonicalUri(path: string): string {
  const encoded = path.split("/").map(encodeSegment).join("/");
  return encoded.endsWith("/") ? encoded : `${encoded}/`;
}

function decodeQueryPart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return part;
  }
}

export function canonicalQuery(query: string): string {
  if (!query) return "";
  const pairs = query
    .split("&")
    .filter((p) => p !== "")
    .map((pair) => {
      const eq = pair.indexOf("=");
      return eq < 0
        ? [decodeQueryPart(pair), ""]
        : [decodeQueryPart(pair.slice(0, eq)), decodeQueryPart(pair.slice(eq + 1))];
    }) as Array<[string, string]>;
  pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  return pairs.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join("&");
}

/** The body's SHA-256 as the canonical request's last line has it. */
export function bodyHash(request: SignableRequest): string {
  return request.body.length === 0 ? EMPTY_BODY_SHA256 : sha256Hex(request.body);
}

/**
 * The declared X-Sdk-Content-Sha256 counts only when it is among the signed headers: an unsigned one is a
 * header anyone on the path can add, and trusting it let a captured signature carry another body. Whether a
 * signed declaration is acceptable (UNSIGNED-PAYLOAD only on uploads, a hash only of the body received) is
 * the verifier's decision (verify.ts).
 */
export function payloadHash(request: SignableRequest, signedHeaders: readonly string[]): string {
  const declared = request.headers[CONTENT_SHA256_HEADER];
  if (declared && signedHeaders.includes(CONTENT_SHA256_HEADER)) return declared;
  return bodyHash(request);
}

export function canonicalRequest(request: SignableRequest, signedHeaders: string[]): string {
  const headerBlock = signedHeaders.map((name) => `${name}:${request.headers[name] ?? ""}\n`).join("");
  return [
    request.method.toUpperCase(),
    canonicalUri(request.path),
    canonicalQuery(request.query),
    headerBlock,
    signedHeaders.join(";"),
    payloadHash(request, signedHeaders),
  ].join("\n");
}

export function stringToSign(request: SignableRequest, signedHeaders: string[]): string {
  const date = request.headers["x-sdk-date"] ?? "";
  return `${ALGORITHM}\n${date}\n${sha256Hex(canonicalRequest(request, signedHeaders))}`;
}

export function signature(secretKey: string, request: SignableRequest, signedHeaders: string[]): string {
  return createHmac("sha256", Buffer.from(secretKey, "utf8"))
    .update(stringToSign(request, signedHeaders))
    .digest("hex");
}

/** Signs as the SDK does: every header present is signed, names sorted. Returns the Authorization value. */
export function authorizationHeader(accessKey: string, secretKey: string, request: SignableRequest): string {
  const signed = Object.keys(request.headers)
    .filter((name) => request.headers[name] !== undefined)
    .map((name) => name.toLowerCase())
    .sort();
  return `${ALGORITHM} Access=${accessKey}, SignedHeaders=${signed.join(";")}, Signature=${signature(secretKey, request, signed)}`;
}

export interface ParsedAuthorization {
  accessKey: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`; undefined when malformed. */
export function parseAuthorization(value: string): ParsedAuthorization | undefined {
  const match =
    /^SDK-HMAC-SHA256 Access=([^,\s]+), ?SignedHeaders=([a-z0-9;_-]+), ?Signature=([0-9a-f]{64})$/.exec(
      value.trim(),
    );
  if (!match) return undefined;
  return {
    accessKey: match[1] as string,
    signedHeaders: (match[2] as string).split(";"),
    signature: match[3] as string,
  };
}

export function signaturesEqual(expected: string, given: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(given, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `YYYYMMDDTHHMMSSZ` → epoch ms, or undefined when malformed. */
export function parseSdkDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const ms = Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
  return Number.isNaN(ms) ? undefined : ms;
}

export function formatSdkDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}
