/**
 * The request journal (docs/emulator.md): every request the emulator answered, credentials redacted,
 * newest last. Bounded: at most JOURNAL_MAX_ENTRIES entries (the oldest are dropped) and bodies longer than
 * JOURNAL_MAX_BODY_CHARS characters are cut (`body_truncated: true`).
 */
export const JOURNAL_MAX_ENTRIES = 1000;
export const JOURNAL_MAX_BODY_CHARS = 64 * 1024;

export interface JournalEntry {
  seq: number;
  /** When the request arrived, on the emulated clock (ISO-8601). */
  time: string;
  operation: string | null;
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  body: unknown;
  body_truncated: boolean;
  /** The answer's HTTP status; null when the connection was reset by a fault. */
  status: number | null;
  /** The incident number the request named (path, query or body), for filtering. */
  incident_num: string | null;
}

export interface JournalFilter {
  operation?: string;
  incidentNum?: string;
  /** Epoch milliseconds: entries at or after it. */
  since?: number;
}

export class Journal {
  private entries: JournalEntry[] = [];
  private nextSeq = 1;

  record(entry: Omit<JournalEntry, "seq">): void {
    this.entries.push({ seq: this.nextSeq++, ...entry });
    if (this.entries.length > JOURNAL_MAX_ENTRIES)
      this.entries.splice(0, this.entries.length - JOURNAL_MAX_ENTRIES);
  }

  list(filter: JournalFilter = {}): JournalEntry[] {
    return this.entries.filter(
      (entry) =>
        (filter.operation === undefined || entry.operation === filter.operation) &&
        (filter.incidentNum === undefined || entry.incident_num === filter.incidentNum) &&
        (filter.since === undefined || Date.parse(entry.time) >= filter.since),
    );
  }

  clear(): void {
    this.entries = [];
  }
}

const SECRET_HEADERS = new Set(["x-auth-token", "cookie", "x-csrf-token", "x-security-token"]);

/**
 * Headers as received, credentials redacted: tokens, cookies and CSRF tokens are replaced, and an AK/SK
 * Authorization keeps its algorithm, access key and signed headers but not its signature (the access key
 * names the caller; only the secret key and the signature are secrets). X-Sdk-Date is kept: a date.
 */
export function redactHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(", ") : raw;
    if (SECRET_HEADERS.has(name)) out[name] = "[redacted]";
    else if (name === "authorization") out[name] = redactAuthorization(value);
    else out[name] = value;
  }
  return out;
}

function redactAuthorization(value: string): string {
  if (!/^SDK-HMAC-SHA256\s/i.test(value)) return "[redacted]";
  return value.replace(/Signature=[^,\s]*/i, "Signature=[redacted]");
}

/** Cuts a body to the journal's bound: the parsed JSON when small enough, else the start of its text. */
export function boundedBody(body: unknown): { body: unknown; truncated: boolean } {
  if (body === undefined || body === null) return { body: null, truncated: false };
  if (Buffer.isBuffer(body)) return { body: `[${body.length} bytes]`, truncated: true };
  const text = typeof body === "string" ? body : JSON.stringify(body);
  if (text === undefined || text.length <= JOURNAL_MAX_BODY_CHARS) return { body, truncated: false };
  return { body: text.slice(0, JOURNAL_MAX_BODY_CHARS), truncated: true };
}

const INCIDENT_NUM = /\bIM\d{24}\b/;

/** The first incident number in the path, query or body (COC names it `incident_num` or `incident_id`). */
export function incidentNumOf(path: string, query: unknown, body: unknown): string | null {
  for (const part of [
    path,
    JSON.stringify(query ?? null),
    typeof body === "string" ? body : JSON.stringify(body ?? null),
  ]) {
    const found = part?.match(INCIDENT_NUM);
    if (found) return found[0];
  }
  return null;
}
