import { readFile } from "node:fs/promises";
import { resolveProject, UsageError, withDeps } from "../cli/context.ts";
import type { Config } from "../config.ts";
import type { TransferRuleBody } from "./transfer-rule.schemas.ts";
import { createTransferRule, deleteTransferRule, listTransferRules } from "./transfer-rule.service.ts";

type Flags = Record<string, string | undefined>;
type Print = (line: string) => void;
type Command = (config: Config, args: string[], flags: Flags, print: Print) => Promise<void>;

async function readRuleFile(file: string): Promise<TransferRuleBody> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  // The API's schema, so a file is refused exactly where a request body would be. Loaded here, not at the
  // top: every other CLI command starts without TypeBox.
  const [{ Value }, { TransferRuleBody }] = await Promise.all([
    import("@sinclair/typebox/value"),
    import("./transfer-rule.schemas.ts"),
  ]);
  const [first] = Value.Errors(TransferRuleBody, parsed);
  if (first) {
    const field =
      first.path
        .slice(1)
        .replace(/\/(\d+)/g, "[$1]")
        .replace(/\//g, ".") || "body";
    throw new UsageError(`${file}: ${field}: ${first.message}`);
  }
  return parsed as TransferRuleBody;
}

/** `incidentd rule …` (registered in src/cli/commands.ts); the body is the admin API's, from a JSON file. */
export const TRANSFER_RULE_COMMANDS: Record<string, Command> = {
  "rule create": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const file = args[0];
      if (!file) throw new UsageError("missing rule file (JSON, as POST /incidentd/v1/transfer-rules takes)");
      const body = await readRuleFile(file);
      const projectId = await resolveProject(deps, flags.project);
      const rule = await createTransferRule(deps, projectId, body);
      print(
        `created transfer rule ${rule.id} ("${rule.name}") at position ${rule.position} in project ${projectId}`,
      );
    }),
  "rule list": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      for (const r of await listTransferRules(deps, await resolveProject(deps, flags.project))) {
        const state = r.enabled ? "enabled" : "disabled";
        print(
          `${r.position}\t${r.id}\t${r.name}\t${state}\tgroup ${r.groupKey}${r.autoSolve ? "\tauto-solve" : ""}`,
        );
      }
    }),
  "rule delete": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const id = args[0];
      if (!id) throw new UsageError("missing rule id");
      await deleteTransferRule(deps, await resolveProject(deps, flags.project), id);
      print(`deleted transfer rule ${id}`);
    }),
};
