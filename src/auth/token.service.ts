import { randomUUID } from "node:crypto";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter, unauthenticated } from "../errors.ts";
import { type Credential, type CredentialRole, generateToken, hashToken } from "./credential.ts";
import {
  findTokenByHash,
  insertToken,
  insertTokenIfAbsent,
  listTokens,
  revokeToken,
  type TokenRecord,
} from "./token.repository.ts";

export interface NewToken {
  name: string;
  role: CredentialRole;
  principal: string;
  /** May name other users as the operator in strict mode; false unless asked for. */
  actAsOthers?: boolean;
}

/** The credential of a token verified within the cache's lifetime, without a hash or a query. */
export function cachedTokenCredential(deps: Deps, token: string): Credential | undefined {
  return deps.tokenCache.get(token);
}

/** Resolves an `X-Auth-Token` to its credential, or throws 401 with the gateway's message. */
export async function authenticateToken(deps: Deps, token: string): Promise<Credential> {
  const cached = deps.tokenCache.get(token);
  if (cached) return cached;
  const tokenHash = hashToken(token);
  const record = await findTokenByHash(deps.db, tokenHash);
  if (!record || record.revokedAt !== null) throw unauthenticated("the token is unknown or has been revoked");
  const credential: Credential = {
    kind: "token",
    id: record.id,
    projectId: record.projectId,
    role: record.role,
    principal: record.principal,
    actAsOthers: record.actAsOthers,
  };
  deps.tokenCache.set(token, tokenHash, credential);
  return credential;
}

function checkNewToken(input: NewToken): void {
  if (input.name.length === 0 || input.name.length > 100)
    throw invalidParameter("name", "must be 1-100 characters");
  if (input.principal.length === 0 || input.principal.length > 255) {
    throw invalidParameter("principal", "must be 1-255 characters");
  }
}

function newTokenRow(deps: Deps, projectId: string, input: NewToken, secret: string) {
  checkNewToken(input);
  const record: TokenRecord = {
    id: randomUUID(),
    projectId,
    name: input.name,
    role: input.role,
    principal: input.principal,
    actAsOthers: input.actAsOthers === true,
    createdAt: deps.clock.now(),
    revokedAt: null,
  };
  const row = {
    id: record.id,
    project_id: projectId,
    name: record.name,
    token_hash: hashToken(secret),
    role: record.role,
    principal: record.principal,
    act_as_others: record.actAsOthers ? 1 : 0,
    created_at: record.createdAt,
    revoked_at: null,
  };
  return { record, row };
}

/** Creates a token; the secret is returned once and only its hash is stored. */
export async function issueToken(
  deps: Deps,
  projectId: string,
  input: NewToken,
  secret: string = generateToken(),
): Promise<{ token: string; record: TokenRecord }> {
  const { record, row } = newTokenRow(deps, projectId, input, secret);
  await insertToken(deps.db, row);
  return { token: secret, record };
}

/** Stores a given secret unless it exists already (bootstrap by several nodes at once); true if stored. */
export async function issueTokenIfAbsent(
  deps: Deps,
  projectId: string,
  input: NewToken,
  secret: string,
): Promise<boolean> {
  return insertTokenIfAbsent(deps.db, newTokenRow(deps, projectId, input, secret).row);
}

export async function findTokenRecord(deps: Deps, secret: string): Promise<TokenRecord | undefined> {
  return findTokenByHash(deps.db, hashToken(secret));
}

export async function listProjectTokens(deps: Deps, projectId: string): Promise<TokenRecord[]> {
  return listTokens(deps.db, projectId);
}

export async function revokeProjectToken(deps: Deps, projectId: string, id: string): Promise<void> {
  const tokenHash = await revokeToken(deps.db, projectId, id, deps.clock.now());
  if (tokenHash === undefined) throw new AppError("RESOURCE_NOT_FOUND", `token not found: ${id}`);
  deps.tokenCache.delete(tokenHash);
}
