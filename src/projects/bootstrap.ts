import { findAccessKey } from "../auth/aksk/access-key.repository.ts";
import { createAccessKey } from "../auth/aksk/access-key.service.ts";
import { MIN_BOOTSTRAP_TOKEN_LENGTH } from "../auth/credential.ts";
import { generatePassword, passwordProblem } from "../auth/passwords.ts";
import { findTokenRecord, issueToken, issueTokenIfAbsent } from "../auth/token.service.ts";
import { ConfigError } from "../config.ts";
import type { Deps } from "../deps.ts";
import { userNameOf } from "../directory/directory.repository.ts";
import { addUser } from "../directory/directory.service.ts";
import { findLoginsByUserId } from "../directory/user-login.repository.ts";
import { setUserPassword } from "../directory/user-login.service.ts";
import { ensureProject, listProjects } from "./project.service.ts";

export const DEFAULT_PROJECT_ID = "default";

export interface BootstrapReport {
  messages: string[];
}

/** The token and the admin user's password generated on a first start; printed once, never logged. */
export interface FirstStartAdmin {
  projectId: string;
  token: string;
  /** The admin user (INCIDENTD_BOOTSTRAP_ADMIN_USER, default "admin"), who signs in with `password`. */
  user: string;
  password: string;
}

export const DEFAULT_ADMIN_USER = "admin";

/**
 * Applies the INCIDENTD_BOOTSTRAP_* settings (README, Configuration) idempotently. Runs before the server listens: the
 * operator already knows these credentials, so they must work from the first request on.
 */
export async function bootstrap(deps: Deps): Promise<BootstrapReport> {
  const { projectId, token, accessKey, secretKey, adminPassword } = deps.config.bootstrap;
  const report: BootstrapReport = { messages: [] };
  if (Boolean(accessKey) !== Boolean(secretKey)) {
    throw new ConfigError(
      "set both INCIDENTD_BOOTSTRAP_ACCESS_KEY and INCIDENTD_BOOTSTRAP_SECRET_KEY, or neither",
    );
  }
  const adminUser = checkedAdminUser(deps);
  if (adminPassword) {
    const problem = passwordProblem(adminPassword);
    if (problem) throw new ConfigError(`INCIDENTD_BOOTSTRAP_ADMIN_PASSWORD ${problem}`);
  }
  if (projectId || token || accessKey || adminPassword) {
    const { project, created } = await ensureProject(deps, projectId ?? DEFAULT_PROJECT_ID);
    if (created) report.messages.push(`bootstrap: created project ${project.id}`);
    if (token) await ensureBootstrapToken(deps, project.id, token, report);
    if (accessKey && secretKey)
      await ensureBootstrapAccessKey(deps, project.id, accessKey, secretKey, report);
    if (adminPassword) await ensureBootstrapAdminUser(deps, project.id, adminUser, adminPassword, report);
  }
  return report;
}

/**
 * On a first start with no INCIDENTD_BOOTSTRAP_* setting, creates a project and an admin token. The
 * server calls it only once it holds its port: a token created by a start that then fails to listen
 * would never be shown, and later starts (seeing a project) would not create another one.
 */
export async function createFirstStartAdmin(deps: Deps): Promise<FirstStartAdmin | undefined> {
  const { projectId, token, accessKey, adminPassword } = deps.config.bootstrap;
  if (projectId || token || accessKey || adminPassword) return undefined;
  const user = checkedAdminUser(deps);
  if ((await listProjects(deps.db)).length > 0) return undefined;
  // Of several nodes starting together on an empty database, only the one that creates the project
  // creates (and prints) the token.
  const { project, created } = await ensureProject(deps, DEFAULT_PROJECT_ID);
  if (!created) return undefined;
  const issued = await issueToken(deps, project.id, {
    name: "initial-admin",
    role: "admin",
    principal: user,
  });
  const password = generatePassword();
  await addUser(deps, project.id, { id: user, displayName: ADMIN_DISPLAY_NAME });
  await setUserPassword(deps, project.id, user, { password, role: "admin" });
  return { projectId: project.id, token: issued.token, user, password };
}

const ADMIN_DISPLAY_NAME = "Administrator";

function checkedAdminUser(deps: Deps): string {
  const user = deps.config.bootstrap.adminUser ?? DEFAULT_ADMIN_USER;
  if (user.length > 255)
    throw new ConfigError("INCIDENTD_BOOTSTRAP_ADMIN_USER must be at most 255 characters");
  return user;
}

/**
 * INCIDENTD_BOOTSTRAP_ADMIN_PASSWORD counts on the first start only: once the user has a password it is
 * left alone, so a password changed later is not reset by the next start.
 */
async function ensureBootstrapAdminUser(
  deps: Deps,
  projectId: string,
  user: string,
  password: string,
  report: BootstrapReport,
) {
  if ((await findLoginsByUserId(deps.db, user, projectId)).length > 0) return;
  if ((await userNameOf(deps.db, projectId, user)) === null)
    await addUser(deps, projectId, { id: user, displayName: ADMIN_DISPLAY_NAME });
  await setUserPassword(deps, projectId, user, { password, role: "admin" });
  report.messages.push(`bootstrap: created the admin user ${user} of project ${projectId}`);
}

async function ensureBootstrapToken(deps: Deps, projectId: string, token: string, report: BootstrapReport) {
  if (token.length < MIN_BOOTSTRAP_TOKEN_LENGTH) {
    throw new ConfigError(
      `INCIDENTD_BOOTSTRAP_TOKEN must be at least ${MIN_BOOTSTRAP_TOKEN_LENGTH} characters`,
    );
  }
  if (!(await findTokenRecord(deps, token))) {
    const input = { name: "bootstrap-admin", role: "admin", principal: "admin" } as const;
    if (await issueTokenIfAbsent(deps, projectId, input, token)) {
      report.messages.push(`bootstrap: created the admin token of project ${projectId}`);
    }
  }
  const existing = await findTokenRecord(deps, token);
  if (!existing) throw new Error("bootstrap token vanished while being created");
  if (existing.projectId !== projectId || existing.role !== "admin") {
    throw new ConfigError("INCIDENTD_BOOTSTRAP_TOKEN is already in use by another project or role");
  }
  if (existing.revokedAt !== null) {
    report.messages.push(
      "bootstrap: INCIDENTD_BOOTSTRAP_TOKEN was revoked and stays revoked; it will be refused",
    );
  }
}

async function ensureBootstrapAccessKey(
  deps: Deps,
  projectId: string,
  accessKey: string,
  secretKey: string,
  report: BootstrapReport,
) {
  if (!/^[A-Za-z0-9]{8,64}$/.test(accessKey))
    throw new ConfigError("INCIDENTD_BOOTSTRAP_ACCESS_KEY must be 8-64 letters or digits");
  if (secretKey.length < 16)
    throw new ConfigError("INCIDENTD_BOOTSTRAP_SECRET_KEY must be at least 16 characters");
  const input = { name: "bootstrap-admin", role: "admin", principal: "admin" } as const;
  const { created } = await createAccessKey(deps, projectId, input, { accessKey, secretKey });
  if (created)
    report.messages.push(`bootstrap: created the admin access key ${accessKey} of project ${projectId}`);
  const existing = await findAccessKey(deps.db, accessKey);
  if (
    !existing ||
    existing.projectId !== projectId ||
    deps.secretBox.open(existing.secretSealed) !== secretKey
  ) {
    throw new ConfigError("INCIDENTD_BOOTSTRAP_ACCESS_KEY already exists with another project or secret key");
  }
}
