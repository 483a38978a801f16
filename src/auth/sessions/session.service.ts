import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { Deps } from "../../deps.ts";
import { findLoginsByUserId, type UserLogin } from "../../directory/user-login.repository.ts";
import { AppError, invalidParameter, unauthenticated } from "../../errors.ts";
import { type Credential, hashToken } from "../credential.ts";
import { spendVerification, verifyPassword } from "../passwords.ts";
import {
  deleteSession,
  findSessionBySecretHash,
  insertSession,
  purgeSessions,
  type SessionRecord,
  touchSession,
} from "./session.repository.ts";
import { clearSignInFailures, recordSignInFailure, refuseWhileLocked } from "./sign-in-guard.ts";

/** A session's last use is written at most this often: not one write per request. */
export const TOUCH_EVERY_MS = 60_000;
const PURGE_ONE_IN = 64;

/** The one answer to a wrong user id or password: it never says which was wrong. */
export const SIGN_IN_REFUSED = "the user id or the password is wrong";

/** A session as the API shows it. */
export interface SessionView {
  id: string;
  projectId: string;
  userId: string;
  name: string;
  role: SessionRecord["role"];
  csrfToken: string;
  /** When the session ends unless used again: the earlier of the idle and the absolute limits. */
  expiresAt: number;
}

function viewOf(deps: Deps, record: SessionRecord, lastSeenAt: number): SessionView {
  return {
    id: record.id,
    projectId: record.projectId,
    userId: record.userId,
    name: record.displayName,
    role: record.role,
    csrfToken: record.csrfToken,
    expiresAt: Math.min(record.expiresAt, lastSeenAt + deps.config.sessions.idleMs),
  };
}

/** Checks the password against every login of the id (one per project unless `projectId` narrows it). */
async function matchingLogins(deps: Deps, logins: UserLogin[], password: string): Promise<UserLogin[]> {
  if (logins.length === 0) {
    await spendVerification(password, deps.config.passwordScryptCost);
    return [];
  }
  const matches: UserLogin[] = [];
  for (const login of logins) if (await verifyPassword(password, login.password)) matches.push(login);
  return matches;
}

/**
 * Signs a person in: a new session and its secret (for the cookie; only its hash is stored). The same
 * 401 answers a wrong id and a wrong password; a locked pair of user id and source gets 429.
 */
export async function signIn(
  deps: Deps,
  input: { userId: string; password: string; projectId?: string; source: string },
): Promise<{ secret: string; session: SessionView }> {
  const { userId, password, source } = input;
  await refuseWhileLocked(deps, userId, source);
  const matches = await matchingLogins(
    deps,
    await findLoginsByUserId(deps.db, userId, input.projectId),
    password,
  );
  const [login, ...others] = matches;
  if (!login) {
    await recordSignInFailure(deps, userId, source);
    throw unauthenticated(SIGN_IN_REFUSED);
  }
  if (others.length > 0) {
    // Only someone who knows the password learns that the id signs in to several projects.
    throw invalidParameter("project_id", "this user signs in to several projects; name one of them");
  }
  await clearSignInFailures(deps, userId, source);
  const now = deps.clock.now();
  if (Math.random() * PURGE_ONE_IN < 1) await purgeSessions(deps.db, now, deps.config.sessions.idleMs);
  const secret = randomBytes(32).toString("base64url");
  const record: SessionRecord = {
    id: randomUUID(),
    projectId: login.projectId,
    userId: login.userId,
    displayName: login.displayName,
    role: login.role,
    csrfToken: randomBytes(32).toString("base64url"),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + deps.config.sessions.absoluteMs,
  };
  await insertSession(deps.db, {
    id: record.id,
    secret_hash: hashToken(secret),
    project_id: record.projectId,
    user_id: record.userId,
    csrf_token: record.csrfToken,
    created_at: now,
    last_seen_at: now,
    expires_at: record.expiresAt,
  });
  return { secret, session: viewOf(deps, record, now) };
}

/**
 * The live session a cookie's secret names, or undefined (unknown, signed out, past a limit, or its
 * user lost the password). Expired sessions are deleted when met; use is recorded at most once a minute.
 */
export async function resolveSession(deps: Deps, secret: string): Promise<SessionView | undefined> {
  const record = await findSessionBySecretHash(deps.db, hashToken(secret));
  if (!record) return undefined;
  const now = deps.clock.now();
  if (now >= record.expiresAt || now >= record.lastSeenAt + deps.config.sessions.idleMs) {
    await deleteSession(deps.db, record.id);
    return undefined;
  }
  if (now - record.lastSeenAt >= TOUCH_EVERY_MS) {
    await touchSession(deps.db, record.id, now);
    return viewOf(deps, record, now);
  }
  return viewOf(deps, record, record.lastSeenAt);
}

/** Like resolveSession, but a missing or dead session is a 401 saying so. */
export async function requireSession(deps: Deps, secret: string | undefined): Promise<SessionView> {
  const session = secret === undefined ? undefined : await resolveSession(deps, secret);
  if (!session) throw unauthenticated("the session is unknown, expired or signed out; sign in again");
  return session;
}

export async function signOut(deps: Deps, session: SessionView): Promise<void> {
  await deleteSession(deps.db, session.id);
}

/** A session authenticates like a token of the user's role whose principal is the user. */
export function sessionCredential(session: SessionView): Credential {
  return {
    kind: "session",
    id: session.id,
    projectId: session.projectId,
    role: session.role,
    principal: session.userId,
    actAsOthers: false,
  };
}

/** The CSRF check of a cookie-authenticated request that changes data. */
export function checkCsrf(session: SessionView, sent: string | string[] | undefined): void {
  const expected = Buffer.from(session.csrfToken);
  const given = typeof sent === "string" ? Buffer.from(sent) : undefined;
  if (given && given.length === expected.length && timingSafeEqual(given, expected)) return;
  throw new AppError(
    "FORBIDDEN",
    "The X-CSRF-Token header is missing or does not match the session: a cookie-authenticated request that changes data must send the session's csrf_token in it",
  );
}
