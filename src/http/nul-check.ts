import { invalidParameter } from "../errors.ts";

const REASON = "must not contain the NUL character (U+0000)";

/** Longer field paths are cut in messages (a path can be as long as the body is deep). */
const MAX_PATH_CHARS = 200;

const cut = (path: string) => (path.length > MAX_PATH_CHARS ? `${path.slice(0, MAX_PATH_CHARS)}…` : path);

/**
 * The path of the first string (or key) holding U+0000 in a parsed JSON value, if any. Iterative, with an
 * explicit stack: a JSON body can nest deeper than the call stack goes.
 */
function nulPath(root: unknown, rootPath: string): string | undefined {
  const stack: Array<[unknown, string]> = [[root, rootPath]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string];
    if (typeof value === "string") {
      if (value.includes("\0")) return cut(path);
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    // Pushed in reverse, so the first offending field in document order is found first.
    const entries: Array<[unknown, string]> = [];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) entries.push([value[i], `${path}[${i}]`]);
    } else {
      for (const key of Object.keys(value)) {
        const at = path ? `${path}.${key}` : key;
        // The key itself is checked (as a string) before its value.
        entries.push([key, at], [(value as Record<string, unknown>)[key], at]);
      }
    }
    for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i] as [unknown, string]);
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
