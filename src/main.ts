import { parseArgs } from "node:util";
import type { Flags } from "./cli/commands.ts";
import { UsageError, withDeps } from "./cli/context.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { AppError } from "./errors.ts";
import { OpsError } from "./ops/ops-error.ts";

const USAGE = `usage: incidentd <command>

  serve                                   run the HTTP service (configuration: environment, see README)
  emulator [--port N] [--persist DIR]     a COC emulator for tests: in-memory, fixed credentials, virtual
                                          clock, faults, request journal (docs/emulator.md)
  migrate                                 bring the database schema up to date
  project create [--id ID] [--name NAME]  |  project list
  token create --role admin|writer|reader|metrics --principal USER [--name NAME] [--project ID] [--act-as-others]
  token list [--project ID]               |  token revoke TOKEN_ID [--project ID]
  key create --role admin|writer|reader --principal USER [--name NAME] [--project ID] [--act-as-others]
                                          (AK/SK; --act-as-others: may name other operators in strict mode)
  key list [--project ID]  |  key disable|enable|delete ACCESS_KEY [--project ID]
  user add USER_ID --name NAME [--email E] [--project ID] [--password-stdin [--role admin|writer|reader]]
                                          (--password-stdin: the user signs in; role writer unless given)
  user passwd USER_ID [--password-stdin] [--role R] [--project ID]   (asks twice, without echo, on a terminal)
  user role USER_ID --role admin|writer|reader [--project ID]  |  user list [--project ID]
  app add APP_ID --name NAME [--project ID]                |  app list [--project ID]
  catalogue add incident_type|incident_ownership KEY --zh NAME --en NAME [--project ID]
  integration create --kind custom|prometheus [--name NAME] [--project ID]   (alarm intake key)
  integration list [--project ID]  |  integration disable|enable|delete INTEGRATION_ID [--project ID]
  rule create RULE.json [--project ID]   |  rule list [--project ID]  |  rule delete RULE_ID [--project ID]
  webhook add URL [--kind standard|feishu|dingtalk|wecom|slack|email] [--events incident.created,…]
              [--description TEXT] [--project ID]   (signed webhooks, chat bots, mailto: e-mail)
  webhook list [--project ID]  |  webhook remove WEBHOOK_ID [--project ID]
  oncall put SCENE_ID --file DOC.json  |  oncall get SCENE_ID  |  oncall list   (each: [--project ID])
  oncall who SCENE_ID ROLE_ID [--at ISO]  |  oncall shifts USER_ID [--from ISO] [--to ISO]   (default 14 days)
  oncall override SCENE_ID --role ROLE_ID --user USER_ID --start ISO --end ISO [--replaces USER_ID]
  oncall override SCENE_ID --remove INDEX   (0-based, as oncall get lists the overrides)
  oncall participant add|remove SCENE_ID ROLE_ID --user USER_ID [--rotation N] [--position N]  (0-based)
  oncall feed create --user USER_ID | --scene SCENE_ID --role ROLE_ID [--name NAME]   (iCalendar URL, once)
  oncall feed list  |  oncall feed revoke FEED_ID
  alarm list [--status alarming,resolved] [--level Critical,Major,Minor,Info] [--integration ID]
             [--text TEXT] [--since T] [--until T] [--page N] [--per-page N] [--project ID]
  backup FILE [--force] [--passphrase-stdin]   online backup of the SQLite database and its master key
                                          (the server may keep running; the passphrase protects the key)
  restore FILE [--force] [--passphrase-stdin]  put a backup and its master key in place (stop the server first)
  migrate-to DATABASE_URL                 copy this SQLite installation into an empty PostgreSQL database
`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      project: { type: "string" },
      id: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      principal: { type: "string" },
      email: { type: "string" },
      zh: { type: "string" },
      en: { type: "string" },
      kind: { type: "string" },
      status: { type: "string" },
      level: { type: "string" },
      integration: { type: "string" },
      text: { type: "string" },
      events: { type: "string" },
      description: { type: "string" },
      since: { type: "string" },
      until: { type: "string" },
      page: { type: "string" },
      "per-page": { type: "string" },
      port: { type: "string" },
      persist: { type: "string" },
      file: { type: "string" },
      at: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      user: { type: "string" },
      scene: { type: "string" },
      start: { type: "string" },
      end: { type: "string" },
      replaces: { type: "string" },
      remove: { type: "string" },
      rotation: { type: "string" },
      position: { type: "string" },
      force: { type: "boolean" },
      "passphrase-stdin": { type: "boolean" },
      "act-as-others": { type: "boolean" },
      "password-stdin": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, verb, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === "emulator") {
    const { runEmulator } = await import("./emulator/emulator-cli.ts");
    await runEmulator({ port: values.port, persist: values.persist });
    return -1;
  }
  const config = loadConfig();
  // Each path loads only what it runs: a CLI command never loads the HTTP stack (Fastify, schemas, routes).
  if (command === "serve") {
    // Traces (only when configured) start before the server's modules load, so their instrumentation
    // patches them; otherwise nothing of OpenTelemetry is imported.
    const tracing = config.tracing.otlpEndpoint
      ? await (await import("./tracing/tracing.ts")).startTracing(config.tracing)
      : undefined;
    const { startServer } = await import("./server.ts");
    await startServer(config, { tracing });
    return -1;
  }
  if (command === "migrate") {
    const applied = await withDeps(config, async (deps) => migrateToLatest(deps.db));
    process.stdout.write(applied.length ? `applied: ${applied.join(", ")}\n` : "schema is up to date\n");
    return 0;
  }
  const { COMMANDS, INSTALLATION_COMMANDS } = await import("./cli/commands.ts");
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const installationCommand = Object.hasOwn(INSTALLATION_COMMANDS, command)
    ? INSTALLATION_COMMANDS[command]
    : undefined;
  if (installationCommand) {
    const args = verb === undefined ? [] : [verb, ...rest];
    const options = { force: values.force === true, passphraseStdin: values["passphrase-stdin"] === true };
    await installationCommand(config, args, options, print);
    return 0;
  }
  const name = `${command} ${verb ?? ""}`;
  const handler = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!handler) throw new UsageError(`unknown command: ${[command, verb].filter(Boolean).join(" ")}`);
  const {
    help: _help,
    force: _force,
    "passphrase-stdin": _passphrase,
    "act-as-others": relay,
    "password-stdin": passwordStdin,
    ...strings
  } = values;
  const flags: Flags = {
    ...strings,
    ...(relay ? { "act-as-others": "true" } : {}),
    ...(passwordStdin ? { "password-stdin": "true" } : {}),
  };
  await handler(config, rest, flags, print);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof AppError) {
      process.stderr.write(`incidentd: ${error.message}\n`);
      if (error instanceof UsageError) process.stderr.write(USAGE);
      process.exitCode = 2;
      return;
    }
    if (error instanceof OpsError) {
      process.stderr.write(`incidentd: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(
      `incidentd: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
