/** How the console talks to incidentd: same-origin fetch with the session cookie (client.ts types the calls). */

export interface Envelope<T> {
  error_code?: string;
  error_msg?: string | null;
  code?: string;
  msg?: string;
  data: T;
}

/** A failed call. `field` is the parameter a validation message names ("incident_level: is required"). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly detail: string;

  constructor(status: number, code: string, detail: string) {
    super(`${status} ${code}: ${detail}`);
    this.status = status;
    this.code = code;
    this.detail = detail;
    const named = /^([A-Za-z0-9_.[\]]+): /.exec(detail);
    this.field = status === 400 || status === 413 ? named?.[1] : undefined;
  }
}

/** status 0: the server could not be reached at all. */
export const NETWORK_ERROR = 0;

// The CSRF token lives in memory only (the cookie itself is HttpOnly); a reload asks the session again.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Listener = () => void;
const expiredListeners = new Set<Listener>();
/** Called whenever an API call answers 401: the session is gone. */
export function onSessionExpired(listener: Listener): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

async function send(method: string, path: string, body?: BodyInit): Promise<Response> {
  const headers = new Headers();
  withSessionHeaders(method, headers);
  try {
    return await fetch(path, { method, headers, body, credentials: "same-origin" });
  } catch {
    throw new ApiError(NETWORK_ERROR, "NETWORK", "network error");
  }
}

/** The headers every call sends: JSON wanted, and the CSRF token on writes (the cookie authenticates). */
export function withSessionHeaders(method: string, headers: Headers): void {
  headers.set("accept", "application/json");
  if (method !== "GET" && csrfToken) headers.set("x-csrf-token", csrfToken);
}

/** The error a failed answer means; a 401 outside sign-in tells the listeners the session is gone. */
export function failure(res: Response, envelope: Partial<Envelope<unknown>> | undefined): ApiError {
  const code = envelope?.error_code ?? envelope?.code ?? "HTTP";
  const detail = envelope?.error_msg ?? envelope?.msg ?? res.statusText;
  if (res.status === 401 && !new URL(res.url || "/", "http://x").pathname.includes("/sessions"))
    for (const listener of expiredListeners) listener();
  return new ApiError(res.status, code, detail || res.statusText);
}

async function unwrap<T>(res: Response): Promise<T> {
  let envelope: Envelope<T> | undefined;
  try {
    envelope = (await res.json()) as Envelope<T>;
  } catch {
    envelope = undefined;
  }
  if (res.ok && envelope) return envelope.data;
  throw failure(res, envelope);
}

export async function apiUpload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append("file", file);
  return unwrap<T>(await send("POST", path, form));
}
