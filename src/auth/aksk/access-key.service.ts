import { randomInt } from "node:crypto";
import type { Deps } from "../../deps.ts";
import { AppError, invalidParameter } from "../../errors.ts";
import type { Role } from "../credential.ts";
import {
  type AccessKeyRecord,
  deleteAccessKey,
  insertAccessKey,
  listAccessKeys,
  setAccessKeyEnabled,
} from "./access-key.repository.ts";

const AK_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const SK_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function randomString(alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet.charAt(randomInt(alphabet.length))).join("");
}

export interface NewAccessKey {
  name: string;
  role: Role;
  principal: string;
  /** May name other users as the operator in strict mode; false unless asked for. */
  actAsOthers?: boolean;
}

/** Creates an AK/SK pair (Huawei's shapes: 20-character AK, 40-character SK); the SK is shown once. */
export async function createAccessKey(
  deps: Deps,
  projectId: string,
  input: NewAccessKey,
  given?: { accessKey: string; secretKey: string },
): Promise<{ accessKey: string; secretKey: string; created: boolean }> {
  if (input.name.length === 0 || input.name.length > 100)
    throw invalidParameter("name", "must be 1-100 characters");
  if (input.principal.length === 0 || input.principal.length > 255)
    throw invalidParameter("principal", "must be 1-255 characters");
  const accessKey = given?.accessKey ?? randomString(AK_ALPHABET, 20);
  const secretKey = given?.secretKey ?? randomString(SK_ALPHABET, 40);
  const created = await insertAccessKey(deps.db, {
    access_key: accessKey,
    project_id: projectId,
    name: input.name,
    role: input.role,
    principal: input.principal,
    act_as_others: input.actAsOthers === true ? 1 : 0,
    secret_sealed: deps.secretBox.seal(secretKey),
    enabled: 1,
    locked_until: null,
    created_at: deps.clock.now(),
  });
  return { accessKey, secretKey, created };
}

export function listProjectAccessKeys(deps: Deps, projectId: string): Promise<AccessKeyRecord[]> {
  return listAccessKeys(deps.db, projectId);
}

const notFound = (accessKey: string) =>
  new AppError("RESOURCE_NOT_FOUND", `access key not found: ${accessKey}`);

export async function setEnabled(
  deps: Deps,
  projectId: string,
  accessKey: string,
  enabled: boolean,
): Promise<void> {
  if (!(await setAccessKeyEnabled(deps.db, projectId, accessKey, enabled))) throw notFound(accessKey);
}

export async function removeAccessKey(deps: Deps, projectId: string, accessKey: string): Promise<void> {
  if (!(await deleteAccessKey(deps.db, projectId, accessKey))) throw notFound(accessKey);
}
