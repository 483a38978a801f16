import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * scrypt at OWASP's N=2^15, r=8, p=3 (32 MiB per hash) by default; `cost` is log2(N)
 * (INCIDENTD_PASSWORD_SCRYPT_COST). The parameters are stored with every hash, so raising them later
 * leaves existing passwords valid (each is checked with the cost it was made with).
 */
export const DEFAULT_SCRYPT_COST = 15;
const paramsFor = (cost: number): Params => ({ N: 2 ** cost, r: 8, p: 3, len: 32 });
const SALT_BYTES = 16;

export const MIN_PASSWORD_LENGTH = 8;
/** scrypt hashes any length; this only bounds what a request may make the server hash. */
export const MAX_PASSWORD_LENGTH = 1024;

export interface PasswordHash {
  hash: string;
  salt: string;
  params: string;
}

interface Params {
  N: number;
  r: number;
  p: number;
  len: number;
}

function formatParams(params: Params): string {
  return `scrypt:N=${params.N},r=${params.r},p=${params.p},len=${params.len}`;
}

function parseParams(text: string): Params | undefined {
  const match = /^scrypt:N=(\d+),r=(\d+),p=(\d+),len=(\d+)$/.exec(text);
  if (!match) return undefined;
  const [, N, r, p, len] = match.map(Number) as [number, number, number, number, number];
  return { N, r, p, len };
}

function derive(password: string, salt: Buffer, params: Params): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  // The asynchronous form runs in libuv's pool: a sign-in never blocks the event loop for its ~100 ms.
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, params.len, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Why a password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  return undefined;
}

export async function hashPassword(password: string, cost: number): Promise<PasswordHash> {
  const salt = randomBytes(SALT_BYTES);
  const params = paramsFor(cost);
  const key = await derive(password, salt, params);
  return { hash: key.toString("hex"), salt: salt.toString("hex"), params: formatParams(params) };
}

/** Compares in constant time; a stored hash this code cannot read never matches. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const params = parseParams(stored.params);
  if (!params) return false;
  const expected = Buffer.from(stored.hash, "hex");
  if (expected.length !== params.len) return false;
  const actual = await derive(password, Buffer.from(stored.salt, "hex"), params);
  return timingSafeEqual(actual, expected);
}

/**
 * Spends a real check's time for an unknown user id, so the answer's timing does not tell it is unknown:
 * against a hash no password yields in practice.
 */
export async function spendVerification(password: string, cost: number): Promise<false> {
  const params = paramsFor(cost);
  const decoy = {
    hash: "00".repeat(params.len),
    salt: "00".repeat(SALT_BYTES),
    params: formatParams(params),
  };
  await verifyPassword(password, decoy);
  return false;
}

/** 18 random bytes as 24 URL-safe characters: a one-time password to print once. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
