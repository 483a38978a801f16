import { invalidParameter } from "./errors.ts";

const REASON = "must not contain the NUL character (U+0000)";

/** The path of the first string (or key) holding U+0000 in a parsed JSON value, if any. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === "string") return value.includes("\0") ? path : undefined;
  if (value === null || typeof value !== "object") return undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulPath(item, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes("\0")) return at;
    const found = nulPath(item, at);
    if (found) return found;
  }
  return undefined;
}

/**
 * PostgreSQL cannot store U+0000 in text, and no field of this API has a use for it: it is refused on
 * both engines alike, naming the field, before anything reaches the database.
 */
export function rejectNulInBody(raw: string, body: unknown): void {
  // Only a JSON escape can put U+0000 into a parsed value (raw control characters are invalid JSON).
  if (!raw.includes("\\u0000")) return;
  const path = nulPath(body, "");
  if (path !== undefined) throw invalidParameter(path || "body", REASON);
}

/** The same for path parameters and query strings (percent-encoded `%00`). */
export function rejectNulInParts(parts: Record<string, unknown>): void {
  // for...in, not Object.entries: this runs on every request, and most have one or two parts.
  for (const name in parts) {
    const value = parts[name];
    if (typeof value === "string" ? value.includes("\0") : nulPath(value, name) !== undefined)
      throw invalidParameter(name, REASON);
  }
}
