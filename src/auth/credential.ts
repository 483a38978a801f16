import crypto, { createHash, randomBytes } from "node:crypto";

/** The roles of people, access keys and tokens. */
export const ROLES = ["admin", "writer", "reader"] as const;
/** Tokens may also have the `metrics` role: it reads `GET /metrics` and nothing else (docs/observability.md). */
export const TOKEN_ROLES = [...ROLES, "metrics"] as const;
/** The role of a person or an access key. */
export type Role = (typeof ROLES)[number];
/** A credential's role: a person's, or a metrics token's. */
export type CredentialRole = (typeof TOKEN_ROLES)[number];

/**
 * What a route requires of the caller. `public` routes (health, docs) need no credential; `metrics`
 * routes answer an admin or a metrics credential.
 */
export type Access = "public" | "reader" | "writer" | "admin" | "metrics";

const RANK: Record<CredentialRole, number> = { metrics: 0, reader: 1, writer: 2, admin: 3 };

/** The authenticated caller of a request. */
export interface Credential {
  kind: "token" | "access-key" | "session";
  id: string;
  projectId: string;
  role: CredentialRole;
  principal: string;
  /**
   * May name another user as the operator of an action reserved to a person in a strict-roles project
   * (an integration relaying people's actions). Without it such actions are the principal's own.
   */
  actAsOthers: boolean;
}

/** Any credential's role (a metrics token's included). */
export function isRole(value: string): value is CredentialRole {
  return (TOKEN_ROLES as readonly string[]).includes(value);
}

/** A role a person or an access key may have. */
export function isPersonRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function allows(role: CredentialRole, access: Access): boolean {
  if (access === "public") return true;
  if (access === "metrics") return role === "admin" || role === "metrics";
  // The metrics role ranks below reader: it passes no other route.
  return RANK[role] >= RANK[access] && role !== "metrics";
}

/** 32 random bytes: the token is a bearer secret and must not be guessable. */
export function generateToken(): string {
  return `idt_${randomBytes(32).toString("base64url")}`;
}

// crypto.hash (Node ≥ 20.12) is the one-shot digest: a third of createHash's cost on every request.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;

/**
 * Tokens carry 256 bits of entropy, so a plain SHA-256 is enough to make the stored hash useless to an
 * attacker (a slow password hash would only slow every request down).
 */
export function hashToken(token: string): string {
  if (oneShotHash) return oneShotHash("sha256", token, "hex");
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export const MIN_BOOTSTRAP_TOKEN_LENGTH = 16;
