/** Errors that mean "the database cannot answer right now": answered 503 (with the reason), not 500. */

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "SQLITE_BUSY",
]);

/** True for errors that mean "the database cannot answer right now" (answered 503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailableReason(error) !== undefined;
}

/** Why the database could not answer, in words for the 503's message; undefined for other errors. */
export function unavailableReason(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  // 57014: the server cancelled a statement that ran past INCIDENTD_PG_STATEMENT_TIMEOUT_MS.
  if (code === "57014") return "the database did not answer in time (statement timeout)";
  if (/timeout exceeded when trying to connect/.test(error.message)) {
    return "no database connection became free in time (the database is slow or overloaded)";
  }
  if (
    (typeof code === "string" &&
      (UNAVAILABLE_CODES.has(code) || code.startsWith("08") || code.startsWith("57P"))) ||
    /Connection terminated|Client has encountered a connection error/.test(error.message)
  ) {
    return "database unavailable";
  }
  return undefined;
}
