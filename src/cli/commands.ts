import { readFileSync } from "node:fs";
import { ALARM_COMMANDS } from "../alarms/alarm.commands.ts";
import {
  createAccessKey,
  listProjectAccessKeys,
  removeAccessKey,
  setEnabled,
} from "../auth/aksk/access-key.service.ts";
import { isPersonRole, isRole, ROLES, TOKEN_ROLES } from "../auth/credential.ts";
import { issueToken, listProjectTokens, revokeProjectToken } from "../auth/token.service.ts";
import { addCatalogueEntry } from "../catalogue/catalogue.service.ts";
import type { Config } from "../config.ts";
import { addApplication, listProjectApplications } from "../directory/directory.service.ts";
import { USER_COMMANDS } from "../directory/user.commands.ts";
import { INTEGRATION_COMMANDS } from "../integrations/integration.commands.ts";
import { ONCALL_COMMANDS } from "../oncall/oncall.commands.ts";
import { backupDatabase } from "../ops/backup.ts";
import { migrateToPostgres } from "../ops/migrate-to.ts";
import { restoreDatabase } from "../ops/restore.ts";
import { sqliteDatabaseOf } from "../ops/sqlite-file.ts";
import { createProject, listProjects } from "../projects/project.service.ts";
import { TRANSFER_RULE_COMMANDS } from "../transfer-rules/transfer-rule.commands.ts";
import { WEBHOOK_COMMANDS } from "../webhooks/webhook.commands.ts";
import { resolveProject, UsageError, withDeps } from "./context.ts";

export type Flags = Record<string, string | undefined>;
type Print = (line: string) => void;

function need(flags: Flags, name: string): string {
  const value = flags[name];
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

function arg(args: string[], index: number, what: string): string {
  const value = args[index];
  if (!value) throw new UsageError(`missing ${what}`);
  return value;
}

const date = (ms: number | null) => (ms === null ? "-" : new Date(ms).toISOString());

/** `--act-as-others`: the credential may name other users as the operator in strict mode. */
const actAsOthers = (flags: Flags) => flags["act-as-others"] === "true";
const relayNote = (flag: boolean) => (flag ? " (may act as other users in strict mode)" : "");
const relayColumn = (flag: boolean) => (flag ? "act-as-others" : "own-principal");

/** `incidentd <group> <verb> …` commands that work on the database directly. */
export const COMMANDS: Record<
  string,
  (config: Config, args: string[], flags: Flags, print: Print) => Promise<void>
> = {
  "project create": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      const project = await createProject(deps, { id: flags.id, name: flags.name });
      print(`created project ${project.id}`);
    }),
  "project list": (config, _args, _flags, print) =>
    withDeps(config, async (deps) => {
      for (const p of await listProjects(deps.db)) print(`${p.id}\t${p.name}\t${date(p.createdAt)}`);
    }),
  "token create": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      const role = need(flags, "role");
      if (!isRole(role)) throw new UsageError(`--role must be one of ${TOKEN_ROLES.join(", ")}`);
      const projectId = await resolveProject(deps, flags.project);
      const principal = need(flags, "principal");
      const { token, record } = await issueToken(deps, projectId, {
        name: flags.name ?? `${role}-${principal}`,
        role,
        principal,
        actAsOthers: actAsOthers(flags),
      });
      print(
        `created ${role} token ${record.id} in project ${projectId} acting as ${principal}${relayNote(record.actAsOthers)}`,
      );
      print("the secret is shown only now; send it as the X-Auth-Token header:");
      print(token);
    }),
  "token list": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      for (const t of await listProjectTokens(deps, projectId)) {
        print(
          `${t.id}\t${t.role}\t${t.principal}\t${t.name}\tcreated ${date(t.createdAt)}\trevoked ${date(t.revokedAt)}\t${relayColumn(t.actAsOthers)}`,
        );
      }
    }),
  "token revoke": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const id = arg(args, 0, "token id");
      await revokeProjectToken(deps, await resolveProject(deps, flags.project), id);
      print(`revoked token ${id}`);
    }),
  "key create": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      const role = need(flags, "role");
      if (!isPersonRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
      const projectId = await resolveProject(deps, flags.project);
      const principal = need(flags, "principal");
      const relay = actAsOthers(flags);
      const input = { name: flags.name ?? `${role}-${principal}`, role, principal, actAsOthers: relay };
      const { accessKey, secretKey } = await createAccessKey(deps, projectId, input);
      print(`created ${role} access key in project ${projectId} acting as ${principal}${relayNote(relay)}`);
      print("the secret key is shown only now; use both with the Huawei Cloud SDK (BasicCredentials):");
      print(`AK ${accessKey}`);
      print(`SK ${secretKey}`);
    }),
  "key list": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      for (const k of await listProjectAccessKeys(deps, await resolveProject(deps, flags.project))) {
        const state = k.enabled ? "enabled" : "disabled";
        print(
          `${k.accessKey}\t${k.role}\t${k.principal}\t${k.name}\t${state}\tcreated ${date(k.createdAt)}\t${relayColumn(k.actAsOthers)}`,
        );
      }
    }),
  "key disable": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const ak = arg(args, 0, "access key");
      await setEnabled(deps, await resolveProject(deps, flags.project), ak, false);
      print(`disabled access key ${ak}`);
    }),
  "key enable": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const ak = arg(args, 0, "access key");
      await setEnabled(deps, await resolveProject(deps, flags.project), ak, true);
      print(`enabled access key ${ak}`);
    }),
  "key delete": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const ak = arg(args, 0, "access key");
      await removeAccessKey(deps, await resolveProject(deps, flags.project), ak);
      print(`deleted access key ${ak}`);
    }),
  "app add": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      const app = await addApplication(deps, projectId, {
        id: arg(args, 0, "application id"),
        name: need(flags, "name"),
      });
      print(`application ${app.id} is "${app.name}"`);
    }),
  "app list": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      for (const a of await listProjectApplications(deps, await resolveProject(deps, flags.project)))
        print(`${a.id}\t${a.name}`);
    }),
  "catalogue add": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      const entry = { key: arg(args, 1, "key"), name_zh: need(flags, "zh"), name_en: need(flags, "en") };
      await addCatalogueEntry(
        deps,
        projectId,
        arg(args, 0, "field (incident_type or incident_ownership)"),
        entry,
      );
      print(`added ${args[0]} ${entry.key}`);
    }),
  ...USER_COMMANDS,
  ...INTEGRATION_COMMANDS,
  ...ALARM_COMMANDS,
  ...TRANSFER_RULE_COMMANDS,
  ...WEBHOOK_COMMANDS,
  ...ONCALL_COMMANDS,
};

function onlyArg(args: string[], what: string): string {
  const [value, extra] = args;
  if (!value) throw new UsageError(`missing ${what}`);
  if (extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`);
  return value;
}

/** Passwords stay off the terminal (and out of shell transcripts pasted into tickets). */
const withoutPassword = (url: string) => url.replace(/^([a-z]+:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");

export interface InstallationOptions {
  force: boolean;
  /** Read the backup passphrase as one line from standard input. */
  passphraseStdin: boolean;
}

/** --passphrase-stdin (one line; the terminal's history never sees it), else INCIDENTD_BACKUP_PASSPHRASE. */
function backupPassphrase(config: Config, options: InstallationOptions): string | undefined {
  if (!options.passphraseStdin) return config.backupPassphrase;
  const line = readFileSync(0, "utf8").split(/\r?\n/)[0] ?? "";
  if (line === "")
    throw new UsageError("--passphrase-stdin: standard input holds no passphrase (an empty line)");
  return line;
}

/** `incidentd <command> <argument>`: operations on the installation as a whole (files, databases). */
export const INSTALLATION_COMMANDS: Record<
  string,
  (config: Config, args: string[], options: InstallationOptions, print: Print) => Promise<void>
> = {
  backup: async (config, args, options, print) => {
    const file = onlyArg(args, "backup file");
    const database = sqliteDatabaseOf(config, "backup", "back it up with pg_dump");
    const passphrase = backupPassphrase(config, options);
    const synchronous = config.sqliteSynchronous;
    const report = await backupDatabase({
      database,
      synchronous,
      file,
      force: options.force,
      config,
      passphrase,
    });
    print(`backed up ${database}`);
    print(`to ${report.file}: ${report.bytes} bytes, ${report.incidents} incidents`);
    print(report.masterKey);
  },
  restore: async (config, args, options, print) => {
    const file = onlyArg(args, "backup file");
    const database = sqliteDatabaseOf(config, "restore", "restore a pg_dump archive with pg_restore");
    const passphrase = backupPassphrase(config, options);
    const synchronous = config.sqliteSynchronous;
    const report = await restoreDatabase({
      file,
      database,
      synchronous,
      force: options.force,
      config,
      passphrase,
    });
    const replacing = report.replaced ? ", replacing the previous database" : "";
    print(`restored ${report.file} (${report.incidents} incidents) into ${report.database}${replacing}`);
    print(report.masterKey);
    print(
      report.migrationsApplied.length
        ? `migrations applied: ${report.migrationsApplied.join(", ")}`
        : "schema is up to date",
    );
  },
  "migrate-to": async (config, args, _options, print) => {
    const targetUrl = onlyArg(args, "target DATABASE_URL (postgres://…)");
    const database = sqliteDatabaseOf(
      config,
      "migrate-to",
      "it copies a SQLite installation, so unset DATABASE_URL and point INCIDENTD_DATA_DIR at the source",
    );
    const counts = await migrateToPostgres({ database, synchronous: config.sqliteSynchronous, targetUrl });
    print(`copied ${database}`);
    print(`to ${withoutPassword(targetUrl)}; rows per table (identical on both sides):`);
    for (const { table, rows } of counts) print(`  ${table.padEnd(24)} ${rows}`);
    print("next: stop the old server, then start incidentd with DATABASE_URL set to the target");
  },
};
