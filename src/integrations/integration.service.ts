import { randomUUID } from "node:crypto";
import { hashToken } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import {
  deleteIntegration,
  findIntegrationByKeyHash,
  insertIntegration,
  listIntegrations,
  setIntegrationEnabled,
} from "./integration.repository.ts";
import {
  generateIntegrationKey,
  type Integration,
  type IntegrationKind,
  isIntegrationKeyShaped,
} from "./integration.ts";

export interface NewIntegration {
  name: string;
  kind: IntegrationKind;
}

/** Creates an integration; its key is returned once and only its hash is stored. */
export async function createIntegration(
  deps: Deps,
  projectId: string,
  input: NewIntegration,
): Promise<{ integration: Integration; key: string }> {
  if (input.name.length === 0 || input.name.length > 100)
    throw invalidParameter("name", "must be 1-100 characters");
  const key = generateIntegrationKey();
  const integration: Integration = {
    id: randomUUID(),
    projectId,
    name: input.name,
    kind: input.kind,
    enabled: true,
    keyHint: key.slice(-4),
    createdAt: deps.clock.now(),
  };
  await insertIntegration(deps.db, {
    id: integration.id,
    project_id: projectId,
    name: integration.name,
    kind: integration.kind,
    key_hash: hashToken(key),
    key_hint: integration.keyHint,
    enabled: 1,
    created_at: integration.createdAt,
  });
  return { integration, key };
}

export function listProjectIntegrations(deps: Deps, projectId: string): Promise<Integration[]> {
  return listIntegrations(deps.db, projectId);
}

const notFound = (id: string) => new AppError("RESOURCE_NOT_FOUND", `integration not found: ${id}`);

export async function setIntegrationState(
  deps: Deps,
  projectId: string,
  id: string,
  enabled: boolean,
): Promise<void> {
  if (!(await setIntegrationEnabled(deps.db, projectId, id, enabled))) throw notFound(id);
}

export async function removeIntegration(deps: Deps, projectId: string, id: string): Promise<void> {
  if (!(await deleteIntegration(deps.db, projectId, id))) throw notFound(id);
}

/**
 * The integration a key in an intake path stands for. Malformed, unknown, disabled, deleted and
 * other-kind keys all get COC's one 401, so the answer tells a caller nothing about which keys exist.
 */
export async function authenticateIntegrationKey(
  deps: Deps,
  key: string | undefined,
  kind: IntegrationKind,
): Promise<Integration> {
  const integration =
    key !== undefined && isIntegrationKeyShaped(key)
      ? await findIntegrationByKeyHash(deps.db, hashToken(key))
      : undefined;
  if (!integration?.enabled || integration.kind !== kind) throw new AppError("INTEGRATION_KEY_INVALID");
  return integration;
}
