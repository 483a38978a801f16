/** A signed-in person's session (sessions.ts): only a hash of the cookie's secret is stored. */
export interface SessionTable {
  id: string;
  /** SHA-256 (hex) of the secret the cookie carries. */
  secret_hash: string;
  project_id: string;
  user_id: string;
  /** Sent back in X-CSRF-Token on every cookie-authenticated write. */
  csrf_token: string;
  created_at: number;
  /** Refreshed at most once a minute; the idle limit counts from it. */
  last_seen_at: number;
  /** The absolute limit: the session ends then however active it is. */
  expires_at: number;
}

/** Failed sign-ins per user id and source address: five in a row lock that pair (sign-in-guard.ts). */
export interface SignInFailureTable {
  /** The user id as typed at sign-in (known or not: an unknown id is counted alike). */
  subject: string;
  /** The client address (an IPv6 client's /64), as sourceOf() writes it. */
  source: string;
  failures: number;
  locked_until: number | null;
  updated_at: number;
}
