/** The session cookie's name. The value is an opaque random secret; the database holds only its hash. */
export const SESSION_COOKIE = "incidentd_session";
/** The header every cookie-authenticated request that changes data must carry (the session's csrf_token). */
export const CSRF_HEADER = "x-csrf-token";

const SECRET_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * The session secret in a Cookie header, if any. Only this one cookie is read (and only when a request
 * brings no other credential), so no cookie parser runs on the API's hot path.
 */
export function sessionSecretOf(cookieHeader: string | string[] | undefined): string | undefined {
  if (cookieHeader === undefined) return undefined;
  const header = Array.isArray(cookieHeader) ? cookieHeader.join("; ") : cookieHeader;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    return SECRET_SHAPE.test(value) ? value : undefined;
  }
  return undefined;
}

/**
 * The Set-Cookie value: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it),
 * Path=/ (the console and the API share it), Secure when the request came over HTTPS. No Max-Age: the
 * server ends the session (idle and absolute limits), and the browser forgets it when it closes.
 */
export function sessionCookie(secret: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${secret}; Path=/; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}

/** Clears the cookie in the browser (sign-out, or a session the server no longer knows). */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${secure ? "; Secure" : ""}`;
}
